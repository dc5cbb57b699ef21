/// The scalar-by-scalar part of `SearchTextNormalizer.folded`: case, the spaces and signs whose
/// NFKC form is ASCII, and the Persian/Arabic variants, written as UTF-8 in one pass.
///
/// The standard library's `lowercased()` builds a string for each non-ASCII scalar, and
/// appending scalars to a `String.UnicodeScalarView` re-encodes each one: folding the text of
/// every ingested message that way took more time than indexing it. The result is exactly
/// what `lowercased()` (the full lower-case mapping of each scalar, without context) then the
/// Persian folding give; the tests compare the two across the Basic Multilingual Plane.
enum SearchFolding {
    /// `text` folded, when it holds no compatibility character other than those `expansion`
    /// and `SearchTextNormalizer.narrowed` cover.
    static func fold(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if let narrow = SearchTextNormalizer.narrowed(scalar) {
                appendLowercased(narrow, to: &output)
            } else if let expansion = expansion(of: scalar) {
                for byte in expansion.utf8 { output.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
            } else {
                appendLowercased(scalar, to: &output)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Persian spellings for text already lower-cased (the compatibility path).
    static func foldingPersian(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x600 && $0.value <= 0x6FF || $0.value == 0x200C }) else {
            return text
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { appendPersian(scalar, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Signs whose NFKC form is a few ASCII characters (№ is "No", … is "...").
    static func expansion(of scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x2116: "No"
        case 0x2122: "TM"
        case 0x2026: "..."
        case 0x2025: ".."
        case 0x2024: "."
        case 0x00B9: "1"
        case 0x00B2: "2"
        case 0x00B3: "3"
        default: nil
        }
    }

    /// The full lower-case mapping of `scalar`, Persian-folded, as UTF-8.
    @inline(__always)
    private static func appendLowercased(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: output.append(UInt8(value + 0x20))
        case 0x00...0x7F: output.append(UInt8(value))
        case 0x0410...0x042F: appendUTF8(value + 0x20, to: &output)  // А-Я
        case 0x0400...0x040F: appendUTF8(value + 0x50, to: &output)  // Ѐ-Џ
        case 0x0430...0x045F: appendUTF8(value, to: &output)  // а-я, ѐ-џ
        case 0x00C0...0x00D6, 0x00D8...0x00DE: appendUTF8(value + 0x20, to: &output)  // À-Þ but ×
        case 0x00A0...0x00BF, 0x00D7, 0x00DF...0x00FF: appendUTF8(value, to: &output)
        case 0x0600...0x06FF, 0x200C: appendPersian(scalar, to: &output)  // Arabic script has no case
        case 0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: appendUTF8(value, to: &output)  // kana, Han, Hangul
        default:
            guard scalar.properties.changesWhenLowercased else { return appendUTF8(value, to: &output) }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { appendPersian(lower, to: &output) }
        }
    }

    /// Arabic yeh, alef maksura and kaf as their Persian letters, the non-joiner and tatweel
    /// dropped, Persian and Arabic-Indic digits as ASCII.
    @inline(__always)
    private static func appendPersian(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0x64A, 0x649: appendUTF8(0x06CC, to: &output)  // Arabic yeh / alef maksura -> Persian yeh
        case 0x643: appendUTF8(0x06A9, to: &output)  // Arabic kaf -> Persian keheh
        case 0x200C, 0x640: return  // ZWNJ, tatweel
        case 0x660...0x669: output.append(UInt8(value - 0x660 + 0x30))
        case 0x6F0...0x6F9: output.append(UInt8(value - 0x6F0 + 0x30))
        default: appendUTF8(value, to: &output)
        }
    }

    @inline(__always)
    private static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | value >> 12 & 0x3F))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
