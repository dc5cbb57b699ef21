import Foundation

/// A text prepared for pattern matching, with every match mappable back to the words as written.
///
/// Agents write the same thing many ways: Persian digits (۲۴) or Arabic-Indic ones (٢٤), Arabic
/// yeh and kaf in Persian words, a zero-width non-joiner or a space or nothing inside می‌کنیم,
/// an en dash or a hyphen in "3–5", full-width digits and punctuation in Chinese. Patterns are
/// written once against a folded copy where all of these are one form. Each folding replaces one
/// UTF-16 unit with one UTF-16 unit, so a range found in the folded copy is the same range in the
/// original and quotes can show the agent's own words.
struct AlignedText {
    /// The text as written.
    let original: String
    /// The folded copy the patterns run on.
    let folded: String
    /// The UTF-16 units of `folded`, which `NSRange`s count: cutting sentences and trimming
    /// matches read them many times per text, and a `String` gives them up one copy at a time.
    let units: [UInt16]

    init(_ original: String) {
        self.original = original
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: original.unicodeScalars.map(Self.fold))
        folded = String(scalars)
        units = Array(folded.utf16)
    }

    /// The whole text as a range for `NSRegularExpression`.
    var fullRange: NSRange { NSRange(location: 0, length: units.count) }

    /// The words as written in `range`.
    func original(_ range: NSRange) -> String { Self.substring(of: original, range) }

    /// The folded words in `range`, for parsing numbers and names.
    func folded(_ range: NSRange) -> String { Self.substring(of: folded, range) }

    private static func substring(of text: String, _ range: NSRange) -> String {
        guard range.location != NSNotFound, let bounds = Range(range, in: text) else { return "" }
        return String(text[bounds])
    }

    /// One scalar to one scalar, both in the Basic Multilingual Plane, so UTF-16 offsets agree.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x06F0...0x06F9: return ascii(0x30 + value - 0x06F0)  // Persian digits
        case 0x0660...0x0669: return ascii(0x30 + value - 0x0660)  // Arabic-Indic digits
        case 0xFF10...0xFF19: return ascii(0x30 + value - 0xFF10)  // full-width digits
        case 0x066C, 0x060C, 0xFF0C: return ","  // Arabic thousands separator, Arabic and full-width commas
        case 0x066B: return "."  // Arabic decimal separator
        case 0xFF1B, 0x061B: return ";"
        case 0xFF1A: return ":"
        case 0xFF1F, 0x061F: return "?"
        case 0xFF01: return "!"
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0x200C, 0x200D, 0x00A0, 0x202F, 0x2009, 0x2007, 0x3000: return " "  // ZWNJ, ZWJ, no-break and odd spaces
        case 0x064A, 0x0649: return "\u{06CC}"  // Arabic yeh and alef maksura as Persian yeh
        case 0x0643: return "\u{06A9}"  // Arabic kaf as Persian kaf
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"  // dashes and minus signs
        case 0xFF5E, 0x301C: return "~"
        case 0x2018, 0x2019, 0x02BC: return "'"
        case 0xFFE5: return "\u{00A5}"  // full-width yen sign
        case 0xFFE6: return "\u{20A9}"  // full-width won sign
        case 0xFF04: return "$"
        default: return scalar
        }
    }

    private static func ascii(_ value: UInt32) -> Unicode.Scalar { Unicode.Scalar(UInt8(truncatingIfNeeded: value)) }
}
