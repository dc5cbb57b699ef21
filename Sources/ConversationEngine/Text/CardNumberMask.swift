/// Masks payment card numbers in what customers write, before anything is stored, indexed or
/// shown: a customer who pastes their card into a chat must not find it on every agent's
/// screen, in the search index and in backups (PCI DSS allows at most the first six and last
/// four digits to be kept).
///
/// A card number here is a run of 12 to 19 digits, optionally grouped by single spaces or
/// hyphens, that passes the Luhn check and is not part of a longer word or number. Digits in
/// Persian, Arabic-Indic and full-width forms count (an Iranian customer types their Shetab
/// card in Persian digits). A run preceded by "+" is a phone number, never a card. The first
/// six and last four digits stay, the rest become "*", and the grouping is kept, so
/// "4111 1111 1111 1111" reads "4111 11** **** 1111".
public enum CardNumberMask {
    /// The character that replaces a masked digit.
    public static let maskCharacter: Character = "*"

    /// `text` with every card number masked; the same text when it has none.
    public static func masked(_ text: String) -> String {
        // Fast path: fewer than 12 digits of any script cannot hold a card.
        var digits = 0
        for scalar in text.unicodeScalars where digitValue(scalar) != nil {
            digits += 1
            if digits >= 12 { break }
        }
        guard digits >= 12 else { return text }

        var scalars = Array(text.unicodeScalars)
        var index = 0
        var changed = false
        while index < scalars.count {
            guard digitValue(scalars[index]) != nil, index == 0 || !isWordScalar(scalars[index - 1]) else {
                index += 1
                continue
            }
            let start = index
            let run = digitRun(in: scalars, from: start)
            defer { index = max(run.end, start + 1) }
            let isPhone = start > 0 && scalars[start - 1] == "+"
            guard !isPhone, (12...19).contains(run.positions.count), passesLuhn(run.positions.map { digitValue(scalars[$0])! }),
                  run.end == scalars.count || !isWordScalar(scalars[run.end]) else { continue }
            for position in run.positions.dropFirst(6).dropLast(4) {
                scalars[position] = "*"
            }
            changed = true
        }
        guard changed else { return text }
        var result = String()
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    /// Whether `digits` (values 0-9, most significant first) pass the Luhn check.
    public static func passesLuhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return !digits.isEmpty && sum % 10 == 0
    }

    /// The digits' positions from `start`, through single spaces or hyphens between digits, and
    /// where the run ends (the first position after its last digit).
    private static func digitRun(in scalars: [Unicode.Scalar], from start: Int) -> (positions: [Int], end: Int) {
        var positions: [Int] = []
        var index = start
        while index < scalars.count {
            if digitValue(scalars[index]) != nil {
                positions.append(index)
                index += 1
                if positions.count > 19 { break }
            } else if (scalars[index] == " " || scalars[index] == "-"), index + 1 < scalars.count,
                      digitValue(scalars[index + 1]) != nil {
                index += 1
            } else {
                break
            }
        }
        return (positions, (positions.last ?? start) + 1)
    }

    /// 0-9 for an ASCII, Arabic-Indic, Persian or full-width digit.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0x660...0x669: Int(scalar.value - 0x660)
        case 0x6F0...0x6F9: Int(scalar.value - 0x6F0)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    /// Digits, and letters of the alphabets codes are written in (Latin, Greek, Cyrillic): a
    /// digit run touching one is part of a code ("ORDER4111..."), not a card. Chinese, Japanese,
    /// Korean and Persian text put numbers right against their words ("卡号是4111..."), so
    /// those letters do not join a number.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        digitValue(scalar) != nil || (scalar.value < 0x0590 && scalar.properties.isAlphabetic)
    }
}

extension InboundEvent {
    /// The event with card numbers masked in everything a customer wrote (text, subject, call
    /// transcript, attachment names); events from agents and Concord are left as they are.
    public func maskingCardNumbers() -> InboundEvent {
        guard direction == .inbound else { return self }
        var event = self
        event.text = CardNumberMask.masked(text)
        event.subject = subject.map(CardNumberMask.masked)
        if let transcript = call?.transcript { event.call?.transcript = CardNumberMask.masked(transcript) }
        event.attachments = attachments.map { attachment in
            var attachment = attachment
            attachment.filename = CardNumberMask.masked(attachment.filename)
            return attachment
        }
        return event
    }
}
