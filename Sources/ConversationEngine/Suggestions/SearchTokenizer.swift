import Foundation

/// Splits text into search terms the way the store's full-text search does, so an answer is
/// found by the same words that find a message: runs of Han, kana and Hangul become
/// overlapping bigrams (Chinese has no spaces and Korean glues particles to stems: 환불이,
/// 退款还没), every other script becomes lower-cased words. Compatibility forms (full-width
/// Latin and digits), Persian and Arabic letter variants (ي/ك), the zero-width non-joiner,
/// tatweel, Persian and Arabic-Indic digits and Russian ё are folded, so a customer's
/// spelling and a writer's spelling meet.
///
/// For ranking, `wordPrefixLength` cuts long words to a prefix, the ranking counterpart of the
/// store's prefix queries: inflected Russian (списали, списание, списания) and English
/// (refund, refunded) forms then count as one term.
public struct SearchTokenizer: Sendable, Hashable {
    /// Words longer than this are cut to this many characters; nil keeps whole words.
    public var wordPrefixLength: Int?

    public init(wordPrefixLength: Int? = nil) {
        self.wordPrefixLength = wordPrefixLength.map { max(1, $0) }
    }

    /// The tokenizer answer ranking uses: five-letter word prefixes.
    public static let ranking = SearchTokenizer(wordPrefixLength: 5)

    public func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []

        func flushWord() {
            guard !word.isEmpty else { return }
            var token = String(word)
            if let limit = wordPrefixLength, token.unicodeScalars.count > limit {
                token = String(String.UnicodeScalarView(token.unicodeScalars.prefix(limit)))
            }
            tokens.append(token)
            word = String.UnicodeScalarView()
        }
        func flushRun() {
            guard !run.isEmpty else { return }
            if run.count == 1 {
                tokens.append(String(String.UnicodeScalarView([run[0]])))
            } else {
                for index in 0..<(run.count - 1) {
                    tokens.append(String(String.UnicodeScalarView([run[index], run[index + 1]])))
                }
            }
            run.removeAll(keepingCapacity: true)
        }

        for scalar in Self.folded(text).unicodeScalars {
            if Self.isBigramScript(scalar) {
                flushWord()
                run.append(scalar)
            } else if Self.isWordScalar(scalar) {
                flushRun()
                word.append(scalar)
            } else {
                flushWord()
                flushRun()
            }
        }
        flushWord()
        flushRun()
        return tokens
    }

    /// Compatibility mapping, lower case, and the Persian, Arabic and Russian variants.
    static func folded(_ text: String) -> String {
        let lowered = text.precomposedStringWithCompatibilityMapping.lowercased()
        var result = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars {
            switch scalar.value {
            case 0x64A, 0x649: result.append("\u{06CC}")  // Arabic yeh, alef maksura -> Persian yeh
            case 0x643: result.append("\u{06A9}")         // Arabic kaf -> Persian keheh
            case 0x200C, 0x200D, 0x640: continue           // non-joiner, joiner, tatweel
            case 0x64B...0x65F, 0x670: continue            // Arabic short vowels, rarely written
            case 0x451: result.append("\u{0435}")         // ё -> е
            case 0x660...0x669: result.append(Unicode.Scalar(UInt8(scalar.value - 0x660 + 0x30)))
            case 0x6F0...0x6F9: result.append(Unicode.Scalar(UInt8(scalar.value - 0x6F0 + 0x30)))
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Han, kana and Hangul syllables: indexed as bigrams (by the store's full-text index too).
    public static func isBigramScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3134F:
            true
        default:
            false
        }
    }

    /// Letters, digits and marks: what stays inside a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            true
        default:
            false
        }
    }
}
