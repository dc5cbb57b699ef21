/// Guesses the language of a text from its letters: Hangul means Korean, Han means Chinese
/// (unless kana says Japanese, which Concord treats as "other"), Cyrillic Russian, Arabic
/// script Persian, anything else English.
///
/// The customer's preferred language breaks ties, so a one-word "ok" from a Korean customer
/// stays Korean.
public enum LanguageGuesser {
    /// Counts the letters of each script in `text` (up to `limit` scalars, enough to decide).
    public static func scriptCounts(in text: String, limit: Int = 4_000) -> [Script: Int] {
        let tally = ScriptTally(text, limit: limit)
        var counts: [Script: Int] = [:]
        for script in Script.allCases where tally[script] > 0 { counts[script] = tally[script] }
        return counts
    }

    /// The most likely language of `text`, or `preferred` when the text has no letters or is
    /// evenly split.
    public static func guess(_ text: String, preferred: Language? = nil) -> Language? {
        let counts = ScriptTally(text, limit: 4_000)
        // Hangul and Han are dense: one syllable carries what several Latin letters do.
        var scores: [Language: Double] = [:]
        scores[.ko] = Double(counts[.hangul]) * 3
        scores[.zh] = counts[.kana] > 0 ? 0 : Double(counts[.han]) * 3
        scores[.ru] = Double(counts[.cyrillic])
        scores[.fa] = Double(counts[.arabic])
        scores[.en] = Double(counts[.latin])
        let best = scores.max { a, b in
            a.value != b.value ? a.value < b.value : tieRank(a.key, preferred) < tieRank(b.key, preferred)
        }
        guard let best, best.value > 0 else { return preferred }
        if let preferred, let preferredScore = scores[preferred], preferredScore >= best.value * 0.8 {
            return preferred
        }
        return best.key
    }

    /// The language to read and answer `text` in, always one of Concord's five.
    ///
    /// Unlike `guess`, this counts words rather than letters, because mixed messages are the
    /// norm in support: a Korean sentence about "AirPods Pro", a Persian one with order
    /// "ORD-7731". Tokens with digits are codes, so their Latin letters do not count, and when
    /// another script is present Latin words count half (they are usually product names).
    /// Han text has no spaces, so every two characters count as a word. The customer's
    /// `preferred` language wins ties, decides when there are no letters at all ("12345",
    /// "!!!"), and keeps a lone short Latin word ("ok", "thx") in the customer's language.
    public static func detect(_ text: String, preferred: Language?) -> Language {
        let words = WordTally(text)
        if words.isLoneShortLatinWord, let preferred { return preferred }
        var scores: [Language: Double] = [:]
        scores[.en] = words.latin * (words.hasOtherScripts ? 0.5 : 1)
        scores[.ko] = words.hangul
        scores[.zh] = words.hasKana ? 0 : words.han
        scores[.ru] = words.cyrillic
        scores[.fa] = words.arabic
        let best = scores.values.max() ?? 0
        guard best > 0 else { return preferred ?? .en }
        if let preferred, scores[preferred] == best { return preferred }
        return Language.allCases.first { scores[$0] == best } ?? .en
    }

    /// Word counts per script for `detect`.
    private struct WordTally {
        var latin = 0.0, hangul = 0.0, han = 0.0, cyrillic = 0.0, arabic = 0.0
        var hasKana = false
        var latinLetters = 0
        var latinWords = 0

        var hasOtherScripts: Bool { hangul + han + cyrillic + arabic > 0 || hasKana }
        var isLoneShortLatinWord: Bool { !hasOtherScripts && latinWords == 1 && latinLetters <= 4 }

        init(_ text: String) {
            var token: [Unicode.Scalar] = []
            for scalar in text.unicodeScalars.prefix(4_000) {
                if Self.separates(scalar) {
                    count(token)
                    token.removeAll(keepingCapacity: true)
                } else {
                    token.append(scalar)
                }
            }
            count(token)
        }

        private static func separates(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.properties.isWhitespace { return true }
            switch scalar {
            case "-", "_", "#", "/", "'", "\u{2019}": return false
            default: break
            }
            switch scalar.properties.generalCategory {
            case .openPunctuation, .closePunctuation, .otherPunctuation, .initialPunctuation, .finalPunctuation,
                 .dashPunctuation, .connectorPunctuation:
                return true
            default:
                return false
            }
        }

        /// Counts one token's runs of letters by script; Latin letters next to digits are codes.
        private mutating func count(_ token: [Unicode.Scalar]) {
            guard !token.isEmpty else { return }
            let isCode = token.contains { $0.properties.numericType != nil }
            var runScript: Script?
            var runLength = 0
            func flush() {
                defer { runScript = nil; runLength = 0 }
                guard let script = runScript, runLength > 0 else { return }
                switch script {
                case .latin:
                    guard !isCode else { return }
                    latin += 1
                    latinWords += 1
                    latinLetters += runLength
                case .hangul: hangul += 1
                case .han: han += Double(max(1, runLength / 2))
                case .kana: hasKana = true
                case .cyrillic: cyrillic += 1
                case .arabic: arabic += 1
                case .other: break
                }
            }
            for scalar in token {
                guard let script = Script.of(scalar) else { continue }
                if script != runScript { flush() }
                runScript = script
                runLength += 1
            }
            flush()
        }
    }

    private static func tieRank(_ language: Language, _ preferred: Language?) -> Int {
        if language == preferred { return 10 }
        return Language.allCases.count - (Language.allCases.firstIndex(of: language) ?? 0)
    }
}
