import Foundation

/// Turns the many ways people write an address into one canonical form, so identity
/// resolution can be an exact lookup.
///
/// Phone numbers become E.164. National numbers ("010-1234-5678", "8 (912) 345-67-89") need
/// the region they were dialled in; without one, only numbers that already carry a country
/// code ("+82 10…", "0082 10…") are accepted, because guessing a country would link
/// strangers.
public enum IdentityNormalizer {
    /// A region's country calling code and its national trunk prefix.
    struct PhoneRegion {
        let callingCode: String
        let trunkPrefixes: [String]
    }

    static let phoneRegions: [String: PhoneRegion] = [
        "KR": PhoneRegion(callingCode: "82", trunkPrefixes: ["0"]),
        "CN": PhoneRegion(callingCode: "86", trunkPrefixes: ["0"]),
        "TW": PhoneRegion(callingCode: "886", trunkPrefixes: ["0"]),
        "HK": PhoneRegion(callingCode: "852", trunkPrefixes: []),
        "RU": PhoneRegion(callingCode: "7", trunkPrefixes: ["8"]),
        "KZ": PhoneRegion(callingCode: "7", trunkPrefixes: ["8"]),
        "IR": PhoneRegion(callingCode: "98", trunkPrefixes: ["0"]),
        "AF": PhoneRegion(callingCode: "93", trunkPrefixes: ["0"]),
        "US": PhoneRegion(callingCode: "1", trunkPrefixes: ["1"]),
        "CA": PhoneRegion(callingCode: "1", trunkPrefixes: ["1"]),
        "GB": PhoneRegion(callingCode: "44", trunkPrefixes: ["0"]),
        "IE": PhoneRegion(callingCode: "353", trunkPrefixes: ["0"]),
        "AU": PhoneRegion(callingCode: "61", trunkPrefixes: ["0"]),
        "DE": PhoneRegion(callingCode: "49", trunkPrefixes: ["0"]),
        "FR": PhoneRegion(callingCode: "33", trunkPrefixes: ["0"]),
        "JP": PhoneRegion(callingCode: "81", trunkPrefixes: ["0"]),
    ]

    /// The regions whose national numbers can be read.
    public static var supportedPhoneRegions: [String] { phoneRegions.keys.sorted() }

    /// Lower-cases and trims an email address, removing a `mailto:` prefix and angle brackets.
    /// Returns nil unless the result has exactly one "@" with text on both sides.
    public static func email(_ raw: String) -> String? {
        var text = Whitespace.trimmed(raw)
        if text.utf8.count >= 7, text.prefix(7).lowercased() == "mailto:" { text = text.dropFirst(7) }
        if text.hasPrefix("<"), text.hasSuffix(">") { text = Whitespace.trimmed(text.dropFirst().dropLast()) }
        // Runs for every address of every message: one pass checks the shape, and ASCII
        // addresses (nearly all) are lower-cased without Unicode case tables.
        var ats = 0, localLength = 0, domainLength = 0, ascii = true
        for scalar in text.unicodeScalars {
            if scalar == "@" {
                ats += 1
            } else if Whitespace.isSpace(scalar) {
                return nil
            } else if ats == 0 {
                localLength += 1
            } else {
                domainLength += 1
            }
            if !scalar.isASCII { ascii = false }
        }
        guard ats == 1, localLength > 0, domainLength > 0 else { return nil }
        return ascii ? asciiLowercased(text) : text.lowercased()
    }

    /// ASCII letters lower-cased, everything else as it is.
    static func asciiLowercased(_ text: Substring) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(text) }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Normalises a phone number to E.164 ("+821012345678").
    ///
    /// Accepts spaces, dots, dashes, parentheses, a leading "+", an international "00" prefix
    /// and Persian, Arabic-Indic or full-width digits. An extension ("x123", "ext. 5") is dropped.
    /// - Parameter region: ISO 3166 alpha-2 region for national numbers; nil accepts only
    ///   numbers with a country code.
    public static func phone(_ raw: String, region: String? = nil) -> String? {
        var trimmed = Whitespace.trimmed(raw)
        for prefix in ["tel:", "whatsapp:", "sms:"] where trimmed.prefix(prefix.count).lowercased() == prefix {
            trimmed = trimmed.dropFirst(prefix.count)
        }
        let text = withoutExtension(String(trimmed))
        var digits = ""
        var hasPlus = false
        for scalar in text.unicodeScalars {
            if let digit = asciiDigit(scalar) {
                digits.append(digit)
            } else if scalar == "+" || scalar == "\u{FF0B}" {
                guard digits.isEmpty else { return nil }
                hasPlus = true
            } else if " -.()/\u{00A0}\u{2010}\u{2011}\u{2012}\u{2013}\u{FF0D}\u{200E}\u{200F}".unicodeScalars.contains(scalar) {
                continue
            } else {
                return nil
            }
        }
        var international: String
        if hasPlus {
            international = digits
        } else if digits.hasPrefix("00") {
            international = String(digits.dropFirst(2))
        } else if let region, let info = phoneRegions[region.uppercased()] {
            var national = digits
            if let trunk = info.trunkPrefixes.first(where: { national.hasPrefix($0) }),
               national.count > 7 {
                national.removeFirst(trunk.count)
            }
            international = info.callingCode + national
        } else {
            return nil
        }
        international = String(international.drop(while: { $0 == "0" }))
        guard (8...15).contains(international.count) else { return nil }
        return "+" + international
    }

    /// The number without an extension ("x123", "ext. 5", "#7", ";ext=9"): a linear scan,
    /// since this runs for every call record and message.
    static func withoutExtension(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let lower = scalar.properties.lowercaseMapping
            if scalar == "#" || scalar == ";" || lower == "x" || (lower == "e" && index + 2 < scalars.count
                && String(String.UnicodeScalarView(scalars[index..<index + 3])).lowercased() == "ext") {
                var result = String.UnicodeScalarView(scalars[..<index])
                while let last = result.last, last.properties.isWhitespace { result.removeLast() }
                return String(result)
            }
        }
        return text
    }

    /// Lower-cases a social handle and removes a leading "@" and surrounding space.
    public static func handle(_ raw: String) -> String? {
        var text = Whitespace.trimmed(raw)
        while text.hasPrefix("@") { text.removeFirst() }
        guard !text.isEmpty, !text.unicodeScalars.contains(where: Whitespace.isSpace) else { return nil }
        return text.lowercased()
    }

    /// Reads any decimal digit (ASCII, Persian, Arabic-Indic, full-width) as an ASCII digit.
    static func asciiDigit(_ scalar: Unicode.Scalar) -> Character? {
        let value = scalar.value
        let zeros: [UInt32] = [0x30, 0x6F0, 0x660, 0xFF10]
        for zero in zeros where value >= zero && value <= zero + 9 {
            return Character(Unicode.Scalar(UInt8(value - zero) + 0x30))
        }
        return nil
    }
}
