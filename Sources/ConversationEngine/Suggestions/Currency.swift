/// The currencies support teams quote to customers in Concord's five languages.
///
/// Tomans are not an ISO currency but are how Iranians quote prices: one toman is ten rials,
/// and amounts in the two compare after conversion (۲۵۰٬۰۰۰ تومان is ۲٬۵۰۰٬۰۰۰ ریال).
public enum Currency: String, Sendable, Hashable, CaseIterable, Codable {
    case krw, usd, eur, gbp, rub, cny, jpy, irr
    /// The toman, ten rials.
    case irt

    /// "₩216,000", "$45.90", "€45.90", "350 ₽", "¥199", "250,000 tomans": how warnings show it.
    func format(_ minorUnits: Int64) -> String {
        let number = Self.grouped(minorUnits)
        switch self {
        case .krw: return "₩\(number)"
        case .usd: return "$\(number)"
        case .eur: return "€\(number)"
        case .gbp: return "£\(number)"
        case .rub: return "\(number) ₽"
        case .cny: return "¥\(number)"
        case .jpy: return "JP¥\(number)"
        case .irr: return "\(number) rials"
        case .irt: return "\(number) tomans"
        }
    }

    /// Thousands grouped with commas; two decimals only when there are cents ("$45.90", "$50").
    private static func grouped(_ minorUnits: Int64) -> String {
        let whole = minorUnits / 100, cents = minorUnits % 100
        var digits = String(whole)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        let integer = groups.joined(separator: ",")
        guard cents != 0 else { return integer }
        return integer + "." + (cents < 10 ? "0\(cents)" : "\(cents)")
    }
}
