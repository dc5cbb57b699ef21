/// The writing systems Concord needs to tell apart: they decide a customer's likely language,
/// how a name splits into parts, and how search indexes the text.
public enum Script: String, Sendable, CaseIterable, Hashable {
    case latin, hangul, han, kana, cyrillic, arabic, other

    /// The script of one scalar, or nil for digits, punctuation, spaces and marks.
    public static func of(_ scalar: Unicode.Scalar) -> Script? {
        let v = scalar.value
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF:
            return v == 0xD7 || v == 0xF7 ? nil : .latin
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xD7B0...0xD7FF:
            return .hangul
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
            return .han
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F:
            return .kana
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F:
            return .cyrillic
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            // Arabic-Indic and Persian digits, punctuation and marks are not letters.
            if (0x660...0x669).contains(v) || (0x6F0...0x6F9).contains(v) { return nil }
            if (0x64B...0x65F).contains(v) || v == 0x670 || (0x6D6...0x6ED).contains(v) { return nil }
            if [0x60C, 0x61B, 0x61F, 0x66A, 0x66B, 0x66C, 0x6D4].contains(v) { return nil }
            return .arabic
        case 0..<0x80, 0x2000...0x206F:
            return nil  // ASCII digits, spaces and punctuation; general punctuation
        default:
            return scalar.properties.isAlphabetic ? .other : nil
        }
    }

    /// Scripts written without spaces between words, where search indexes character bigrams.
    public var isIdeographicOrSyllabic: Bool {
        self == .han || self == .kana || self == .hangul
    }
}
