import CFriBidi

/// The direction of a paragraph of text (UAX #9's paragraph embedding level): a Persian
/// message is right-to-left even when it starts with an order number or a Latin product name.
public enum TextDirection: Sendable, Hashable {
    case leftToRight
    case rightToLeft

    /// The direction of the first strong character of `text` (rules P2 and P3), or nil when
    /// it has none (only digits, punctuation, spaces). ASCII is classified without asking
    /// FriBidi, so English text is answered at its first letter.
    public static func firstStrong(in text: some StringProtocol) -> TextDirection? {
        for scalar in text.unicodeScalars {
            if let direction = strong(scalar) { return direction }
        }
        return nil
    }

    /// The first strong direction among scalar values.
    static func firstStrong(inScalars scalars: [UInt32]) -> TextDirection? {
        for value in scalars {
            if let scalar = Unicode.Scalar(value), let direction = strong(scalar) { return direction }
        }
        return nil
    }

    /// The strong direction of one scalar: nil for weak and neutral ones.
    static func strong(_ scalar: Unicode.Scalar) -> TextDirection? {
        let value = scalar.value
        if value < 0x80 {
            let isLetter = (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
            return isLetter ? .leftToRight : nil
        }
        switch cf_strong_direction(value) {
        case 1: return .leftToRight
        case 2: return .rightToLeft
        default: return nil
        }
    }
}
