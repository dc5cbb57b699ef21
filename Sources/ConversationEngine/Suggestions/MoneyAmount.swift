/// An amount of money as a reply states it: a refund of ₩216,000, a charge of $45.90.
///
/// Kept in hundredths of the currency's unit so that "45.90", "45,90" and "45.9" are one
/// amount and comparisons are exact.
public struct MoneyAmount: Sendable, Hashable, Codable {
    public var minorUnits: Int64
    public var currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Whether two amounts are the same money: same currency and value, tomans counted as ten
    /// rials.
    public func isSameMoney(as other: MoneyAmount) -> Bool {
        comparable == other.comparable
    }

    /// Whether the two can be compared at all (the same currency, or rials and tomans).
    public func isComparable(with other: MoneyAmount) -> Bool {
        comparable.currency == other.comparable.currency
    }

    /// "₩216,000", "$45.90", "350 ₽".
    public var description: String { currency.format(minorUnits) }

    private var comparable: (currency: Currency, minorUnits: Int64) {
        currency == .irt ? (.irr, minorUnits * 10) : (currency, minorUnits)
    }
}
