import ConversationEngine

/// Where a demo customer lives: it decides the phone format, the currency and how numbers read.
enum DemoLocale: Int, Sendable, CaseIterable {
    case us, gb, kr, cn, ru, ir

    var language: Language {
        switch self {
        case .us, .gb: .en
        case .kr: .ko
        case .cn: .zh
        case .ru: .ru
        case .ir: .fa
        }
    }

    /// The ISO region used to read national phone numbers.
    var phoneRegion: String {
        switch self {
        case .us: "US"
        case .gb: "GB"
        case .kr: "KR"
        case .cn: "CN"
        case .ru: "RU"
        case .ir: "IR"
        }
    }

    /// (as a customer writes it, as a receipt prints it)
    func prices(usCents: Int) -> (casual: String, formal: String) {
        switch self {
        case .us:
            let text = "$" + DemoFormat.grouped(usCents / 100, separator: ",") + "." + DemoFormat.padded(usCents % 100, width: 2)
            return (text, text)
        case .gb:
            let pounds = max(1, Int((Double(usCents) * 0.008).rounded()) - 1)
            let text = "£" + DemoFormat.grouped(pounds, separator: ",") + ".99"
            return (text, text)
        case .kr:
            let won = Int((Double(usCents) * 13.5 / 1000).rounded()) * 1000
            let grouped = DemoFormat.grouped(won, separator: ",")
            return (grouped + "원", "₩" + grouped)
        case .cn:
            let yuan = max(9, Int((Double(usCents) * 0.072 / 10).rounded()) * 10 - 1)
            return (String(yuan) + "元", "¥" + DemoFormat.grouped(yuan, separator: ",") + ".00")
        case .ru:
            let rubles = max(90, Int((Double(usCents) * 0.92 / 100).rounded()) * 100 - 10)
            let grouped = DemoFormat.grouped(rubles, separator: " ")
            return (grouped + " руб.", grouped + " ₽")
        case .ir:
            let toman = Int((Double(usCents) * 650 / 10_000).rounded()) * 10_000
            let casual = DemoFormat.persianDigits(DemoFormat.grouped(toman, separator: "٬")) + " تومان"
            let formal = DemoFormat.persianDigits(DemoFormat.grouped(toman * 10, separator: "٬")) + " ریال"
            return (casual, formal)
        }
    }

    /// An order number as it appears in this locale's text.
    func orderNumber(_ digits: Int) -> String {
        switch self {
        case .us, .gb: "#" + String(digits)
        case .ru: "№ " + String(digits)
        default: String(digits)
        }
    }

    /// Tenure with its noun: "7 years", "7년", "7年", "7 лет", "۷ سال".
    func years(_ count: Int) -> String {
        switch self {
        case .us, .gb:
            return count == 1 ? "1 year" : "\(count) years"
        case .kr:
            return "\(count)년"
        case .cn:
            return "\(count)年"
        case .ru:
            let mod100 = count % 100, mod10 = count % 10
            if (11...14).contains(mod100) { return "\(count) лет" }
            if mod10 == 1 { return "\(count) год" }
            if (2...4).contains(mod10) { return "\(count) года" }
            return "\(count) лет"
        case .ir:
            return DemoFormat.persianDigits(String(count)) + " سال"
        }
    }
}
