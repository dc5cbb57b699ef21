/// Small, allocation-light formatting for the generator's hot loop: digit grouping, Persian
/// digits, zero padding, hex ids and Korean particles. Foundation's formatters are locale
/// machinery far too heavy to call a million times, and their output varies by platform.
enum DemoFormat {
    /// "1234567" -> "1,234,567" (separator chosen by the caller).
    static func grouped(_ value: Int, separator: String) -> String {
        let digits = String(value)
        guard digits.count > 3 else { return digits }
        var out = ""
        out.reserveCapacity(digits.utf8.count + digits.utf8.count / 3 * separator.utf8.count)
        let lead = digits.count % 3
        for (index, character) in digits.enumerated() {
            if index > 0, (index - lead) % 3 == 0 { out += separator }
            out.append(character)
        }
        return out
    }

    /// Zero-padded decimal of a fixed width.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// ASCII digits replaced by Persian ones (۰–۹); everything else unchanged.
    static func persianDigits(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30, scalar.value <= 0x39, let persian = Unicode.Scalar(scalar.value - 0x30 + 0x6F0) {
                scalars.append(persian)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Lower-case hex of `value`, `digits` long (at most 16).
    static func hex(_ value: UInt64, digits: Int = 16) -> String {
        var bytes = [UInt8](repeating: 0, count: digits)
        var v = value
        for index in stride(from: digits - 1, through: 0, by: -1) {
            bytes[index] = hexDigits[Int(v & 0xF)]
            v >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a Korean word ends in a consonant (받침), which decides 을/를, 이/가, 은/는.
    static func hasFinalConsonant(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last else { return false }
        let value = last.value
        if (0xAC00...0xD7A3).contains(value) { return (value - 0xAC00) % 28 != 0 }
        // Digits and Latin letters, read aloud in Korean.
        switch last {
        case "0", "1", "3", "6", "7", "8", "L", "M", "N", "l", "m", "n": return true
        default: return false
        }
    }

    /// A Korean word with the particle that fits it: `particle(after: "이어폰", consonant: "을", vowel: "를")`.
    static func particle(after word: String, consonant: String, vowel: String) -> String {
        word + (hasFinalConsonant(word) ? consonant : vowel)
    }
}
