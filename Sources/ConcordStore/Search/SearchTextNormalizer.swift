import Foundation
import ConversationEngine

/// Prepares text for the full-text index and queries for it, the same way on both sides.
///
/// Chinese has no spaces between words and Korean attaches particles to stems (환불이, 환불을),
/// so a whitespace tokenizer finds nothing, and SQLite's trigram tokenizer cannot answer a
/// two-character query such as 退款 or 환불. Like Lucene's CJK analyzer, runs of Han, kana and
/// Hangul are indexed as overlapping bigrams (退款什么 -> 退款 款什 什么, plus the final
/// character alone so one-character queries work); every other script is indexed by word.
/// Persian variants are folded (Arabic ي/ك to Persian ی/ک, ZWNJ and tatweel removed, Persian
/// and Arabic-Indic digits to ASCII) so a customer's spelling and an agent's spelling meet.
public enum SearchTextNormalizer {
    /// The text stored in the full-text index for `text`.
    public static func indexText(_ text: String) -> String {
        let folded = folded(text)
        // Text without Han, kana or Hangul is indexed as it folds (most mail).
        guard folded.unicodeScalars.contains(where: isBigramScript) else { return folded }
        // Built as UTF-8 bytes: appending scalars to a string one by one costs more than the rest.
        var output: [UInt8] = []
        output.reserveCapacity(folded.utf8.count * 2)
        var run: [Unicode.Scalar] = []
        // A bigram run must be separated from whatever touches it, or its last character
        // and the next word would fuse into one token.
        var separatorPending = false

        func append(_ scalar: Unicode.Scalar) {
            output.append(contentsOf: UTF8.encode(scalar)!)
        }
        func flushRun() {
            guard !run.isEmpty else { return }
            if let last = output.last, last != 0x20 && last != 0x0A { output.append(0x20) }
            for index in 0..<(run.count - 1) {
                append(run[index])
                append(run[index + 1])
                output.append(0x20)
            }
            append(run[run.count - 1])
            run.removeAll(keepingCapacity: true)
            separatorPending = true
        }

        for scalar in folded.unicodeScalars {
            if isBigramScript(scalar) {
                run.append(scalar)
                continue
            }
            flushRun()
            if separatorPending {
                separatorPending = false
                if scalar != " " && scalar != "\n" { output.append(0x20) }
            }
            append(scalar)
        }
        flushRun()
        return String(decoding: output, as: UTF8.self)
    }

    /// An FTS5 MATCH expression for what the user typed, or nil when it holds nothing to search.
    ///
    /// Every word must match (AND). A word in a bigram script becomes a phrase of its bigrams;
    /// a single such character, and every other word, matches as a prefix, so "refund" finds
    /// "refunds", "возврат" finds "возврата" and 退 finds 退款.
    public static func matchExpression(for query: String) -> String? {
        let terms = queryTerms(for: query).map { term in
            switch term {
            case .prefix(let word): "\"\(word)\"*"
            case .phrase(let bigrams): "\"\(bigrams.joined(separator: " "))\""
            }
        }
        return terms.isEmpty ? nil : terms.joined(separator: " AND ")
    }

    /// What a query must match, term by term (all of them): words of alphabetic scripts as
    /// prefixes (Korean stems, Russian and Persian inflections), runs of Chinese and Japanese
    /// characters as phrases of their bigrams. Each store writes them in its own query syntax.
    public static func queryTerms(for query: String) -> [SearchTerm] {
        var terms: [SearchTerm] = []
        var word: [Unicode.Scalar] = []
        var run: [Unicode.Scalar] = []

        func flushWord() {
            guard !word.isEmpty else { return }
            var text = String()
            text.unicodeScalars.append(contentsOf: word)
            terms.append(.prefix(text))
            word.removeAll()
        }
        func flushRun() {
            guard !run.isEmpty else { return }
            if run.count == 1 {
                var text = String()
                text.unicodeScalars.append(run[0])
                terms.append(.prefix(text))
            } else {
                let bigrams = (0..<(run.count - 1)).map { index -> String in
                    var pair = String()
                    pair.unicodeScalars.append(run[index])
                    pair.unicodeScalars.append(run[index + 1])
                    return pair
                }
                terms.append(.phrase(bigrams))
            }
            run.removeAll()
        }

        for scalar in folded(query).unicodeScalars {
            if isBigramScript(scalar) {
                flushWord()
                run.append(scalar)
            } else if isWordScalar(scalar) {
                flushRun()
                word.append(scalar)
            } else {
                flushWord()
                flushRun()
            }
        }
        flushWord()
        flushRun()
        return terms
    }

    /// Folds compatibility forms, case and Persian/Arabic variants.
    static func folded(_ text: String) -> String {
        // ASCII folds by case alone (the standard library's ASCII path).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        // NFKC is costly and only matters for compatibility characters (ligatures, half-width
        // kana, Arabic presentation forms, superscripts): most mail holds none. The spaces
        // (no-break in nearly every HTML mail), the full-width punctuation that fills Chinese
        // text (，！？（）) and a few signs such as № and … have plain ASCII as their NFKC form,
        // written here directly (`SearchFolding`) when nothing else in the text could change.
        var needsCompatibility = false
        var hasExpansion = false
        var allComposed = true
        for scalar in text.unicodeScalars where scalar.value >= 0xA0 {
            if narrowed(scalar) != nil { continue }
            if SearchFolding.expansion(of: scalar) != nil {
                hasExpansion = true
            } else if CompatibilityScalars.contains(scalar.value) {
                needsCompatibility = true
                break
            }
            if allComposed, !CanonicalComposition.leavesAlone(scalar) { allComposed = false }
        }
        // NFKC of a whole text also composes canonically (e + U+0301 becomes é): a sign is
        // expanded alone only when nothing around it could compose.
        if hasExpansion && !allComposed { needsCompatibility = true }
        guard needsCompatibility else { return SearchFolding.fold(text) }
        return SearchFolding.foldingPersian(text.precomposedStringWithCompatibilityMapping.lowercased())
    }

    /// The NFKC form of the spaces and of the full-width ASCII forms (U+FF01–FF5E), which is
    /// one ASCII scalar; nil for every other scalar.
    static func narrowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: " "
        case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0)!
        default: nil
        }
    }

    /// Han, kana and Hangul syllables: indexed as bigrams, as answer ranking splits them.
    static func isBigramScript(_ scalar: Unicode.Scalar) -> Bool {
        SearchTokenizer.isBigramScript(scalar)
    }

    /// Letters, digits and marks: what FTS5's unicode61 tokenizer keeps inside a token.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark, .privateUse:
            return true
        default:
            return false
        }
    }
}
