/// How a refund reaches the customer. Telling one customer "back to your card" and then "as
/// store credit" is the kind of contradiction that makes them call again.
///
/// The raw values are stable: they appear in JSON output and tests.
public enum RefundMethod: String, Sendable, Hashable, CaseIterable, Codable {
    /// Back the way the customer paid ("original payment method", "원 결제 수단", "原路退回").
    case originalPayment = "original_payment"
    /// To a card ("to your card", "카드", "银行卡", "на карту", "کارت").
    case card
    case bankTransfer = "bank_transfer"
    /// Store credit, points, a coupon, a voucher or a gift card: money that stays with the shop.
    case storeCredit = "store_credit"
    case cash

    /// Whether two methods can both be true of one refund: a refund to "the original payment
    /// method" and one "to your card" are the same refund when the customer paid by card.
    public func isCompatible(with other: RefundMethod) -> Bool {
        if self == other { return true }
        let cardLike: Set<RefundMethod> = [.originalPayment, .card]
        return cardLike.contains(self) && cardLike.contains(other)
    }

    /// "the original payment method", "store credit": for warnings agents read.
    public var description: String {
        switch self {
        case .originalPayment: "the original payment method"
        case .card: "the card"
        case .bankTransfer: "a bank transfer"
        case .storeCredit: "store credit"
        case .cash: "cash"
        }
    }
}
