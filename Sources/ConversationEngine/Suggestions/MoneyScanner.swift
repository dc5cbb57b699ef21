import Foundation

/// Finds amounts of money in a text, in the ways the five languages write them: ₩216,000,
/// 216,000원, 21만 6천원, $45.90, US$45.90, 45,90 €, €45.90, 350 руб., 1 200 ₽, 5 тыс. руб.,
/// ¥199, 199元, 2.5万元, ۲۵۰٬۰۰۰ تومان, ۲۵۰ هزار تومان, ۲٬۵۰۰٬۰۰۰ ریال.
///
/// "¥" is the yuan in Chinese text and the yen elsewhere. A number's separators are read from
/// their shape: a comma or dot followed by exactly three digits groups thousands, one followed
/// by one or two digits is the decimal point ("45,90 €" and "$45.90" are the same amount).
enum MoneyScanner {
    struct Found {
        var range: NSRange
        var amount: MoneyAmount
    }

    static func amounts(in text: AlignedText, range: NSRange, language: Language) -> [Found] {
        // Every amount has a digit (folded to ASCII): most sentences need no rule at all.
        guard hasDigit.occurs(in: text, range: range) else { return [] }
        var found: [Found] = []
        for rule in rules {
            for match in rule.pattern.matches(in: text, range: range) {
                guard let amount = rule.read(match, language) else { continue }
                found.append(Found(range: match.range, amount: amount))
            }
        }
        // Longest first, no overlaps ("21만 6천원" over "6천원"), then in text order.
        var kept: [Found] = []
        for item in found.sorted(by: { $0.range.length > $1.range.length }) where !kept.contains(where: { NSIntersectionRange($0.range, item.range).length > 0 }) {
            kept.append(item)
        }
        return kept.sorted { $0.range.location < $1.range.location }
    }

    // MARK: Rules

    private struct Rule: Sendable {
        let pattern: AlignedPattern
        let read: @Sendable (AlignedMatch, Language) -> MoneyAmount?

        init(_ pattern: String, read: @escaping @Sendable (AlignedMatch, Language) -> MoneyAmount?) {
            self.pattern = AlignedPattern(pattern)
            self.read = read
        }

        /// A plain number followed or preceded by a currency word.
        init(_ pattern: String, _ currency: Currency) {
            self.init(pattern) { match, _ in
                match.group("num").flatMap(MoneyScanner.minorUnits).map { MoneyAmount(minorUnits: $0, currency: currency) }
            }
        }
    }

    private static let hasDigit = AlignedPattern(#"\d"#)

    /// A number with thousands groups and up to two decimals.
    private static let number = #"(?<num>\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d])"#

    private static let rules: [Rule] = [
        Rule(#"(?<![\p{L}\d])(?:US\s?)?\$\s?\#(number)"#, .usd),
        Rule(#"(?<![\d.,])\#(number)\s*(?:USD|US\s+dollars?|dollars?|долл(?:аров|ара)?\.?|دلار)(?![\p{L}])"#, .usd),
        Rule(#"€\s?\#(number)"#, .eur),
        Rule(#"(?<![\d.,])\#(number)\s*(?:€|EUR|euros?|евро|یورو)(?![\p{L}])"#, .eur),
        Rule(#"£\s?\#(number)"#, .gbp),
        Rule(#"(?<![\d.,])\#(number)\s*(?:GBP|pounds?)(?![\p{L}])"#, .gbp),
        Rule(#"₩\s?\#(number)"#, .krw),
        Rule(#"(?<![\d.,])\#(number)\s*(?:원|(?:KRW|won)(?![\p{L}]))"#, .krw),
        // 21만 6천원, 12만원, 1만 2,000원
        Rule(#"(?<![\d.,])(?<man>\d+(?:[.,]\d+)?)\s*만\s*(?:(?<cheon>\d)\s*천\s*)?(?<rest>\d{1,3}(?:,\d{3})?)?\s*원"#) { match, _ in
            guard let man = match.group("man").flatMap(decimal) else { return nil }
            let cheon = match.group("cheon").flatMap { Double($0) } ?? 0
            let rest = match.group("rest").flatMap { Double($0.replacingOccurrences(of: ",", with: "")) } ?? 0
            return minorUnits(exactly: man * 10_000 + cheon * 1_000 + rest).map { MoneyAmount(minorUnits: $0, currency: .krw) }
        },
        Rule(#"(?<![\d.,])(?<cheon>\d+)\s*천\s*원"#) { match, _ in
            match.group("cheon").flatMap { Double($0) }.flatMap { minorUnits(exactly: $0 * 1_000) }.map { MoneyAmount(minorUnits: $0, currency: .krw) }
        },
        Rule(#"¥\s?\#(number)"#) { match, language in
            match.group("num").flatMap(minorUnits).map { MoneyAmount(minorUnits: $0, currency: language == .zh ? .cny : .jpy) }
        },
        Rule(#"(?<![\d.,])\#(number)\s*(?:元|块钱|块|人民币|RMB|CNY|yuan)"#, .cny),
        Rule(#"(?:人民币|RMB|CNY)\s*\#(number)"#, .cny),
        Rule(#"(?<![\d.,])(?<wan>\d+(?:\.\d+)?)\s*万\s*(?:元|块|人民币)"#) { match, _ in
            match.group("wan").flatMap(decimal).flatMap { minorUnits(exactly: $0 * 10_000) }.map { MoneyAmount(minorUnits: $0, currency: .cny) }
        },
        Rule(#"(?<![\d.,])\#(number)\s*(?:JPY|yen|円)(?![\p{L}])"#, .jpy),
        Rule(#"(?<![\d.,])\#(number)\s*(?<thousand>тыс\.?|тысяч[иа]?)?\s*(?:руб(?:л(?:ей|я|ь))?\.?|₽|р\.|RUB)(?![\p{L}])"#) { match, _ in
            guard let units = match.group("num").flatMap(minorUnits), let scaled = scaled(units, by: match.has("thousand") ? 1_000 : 1) else { return nil }
            return MoneyAmount(minorUnits: scaled, currency: .rub)
        },
        Rule(#"(?<![\d.,])\#(number)\s*(?:(?<thousand>هزار)|(?<million>میلیون))?\s*(?<currency>تومان|تومن|ریال|tomans?|rials?|IRR)(?![\p{L}])"#) { match, _ in
            guard let units = match.group("num").flatMap(minorUnits),
                  let scaled = scaled(units, by: match.has("million") ? 1_000_000 : (match.has("thousand") ? 1_000 : 1)) else { return nil }
            let word = match.group("currency")?.lowercased() ?? ""
            return MoneyAmount(minorUnits: scaled, currency: word.hasPrefix("ریال") || word.hasPrefix("rial") || word == "irr" ? .irr : .irt)
        },
    ]

    // MARK: Numbers

    /// "216,000" → 21600000; "45,90" → 4590; "1 200" → 120000; "1.200,50" → 120050.
    static func minorUnits(_ text: String) -> Int64? {
        let compact = text.replacingOccurrences(of: " ", with: "")
        var integerPart = compact, fraction = ""
        if let last = compact.lastIndex(where: { $0 == "," || $0 == "." }) {
            let tail = compact[compact.index(after: last)...]
            if tail.count == 1 || tail.count == 2 {
                integerPart = String(compact[..<last])
                fraction = String(tail)
            }
        }
        let digits = integerPart.filter(\.isASCII).filter(\.isNumber)
        guard !digits.isEmpty, digits.count <= 13, let whole = Int64(digits) else { return nil }
        let cents = fraction.isEmpty ? 0 : (Int64(fraction.count == 1 ? fraction + "0" : fraction) ?? 0)
        return whole * 100 + cents
    }

    /// Hundredths of `value`, or nil for amounts no reply states (beyond a trillion units).
    private static func minorUnits(exactly value: Double) -> Int64? {
        guard value.isFinite, value >= 0, value < 1e12 else { return nil }
        return Int64((value * 100).rounded())
    }

    private static func scaled(_ units: Int64, by factor: Int64) -> Int64? {
        let (result, overflow) = units.multipliedReportingOverflow(by: factor)
        return overflow || result >= 100_000_000_000_000 ? nil : result
    }

    private static func decimal(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: "."))
    }
}
