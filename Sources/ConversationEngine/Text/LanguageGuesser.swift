/// Guesses the language of a text from its letters: Hangul means Korean, Han means Chinese
/// (unless kana says Japanese, which Concord treats as "other"), Cyrillic Russian, Arabic
/// script Persian, anything else English.
///
/// The customer's preferred language breaks ties, so a one-word "ok" from a Korean customer
/// stays Korean.
public enum LanguageGuesser {
    /// Counts the letters of each script in `text` (up to `limit` scalars, enough to decide).
    public static func scriptCounts(in text: String, limit: Int = 4_000) -> [Script: Int] {
        var counts: [Script: Int] = [:]
        var seen = 0
        for scalar in text.unicodeScalars {
            guard seen < limit else { break }
            seen += 1
            if let script = Script.of(scalar) { counts[script, default: 0] += 1 }
        }
        return counts
    }

    /// The most likely language of `text`, or `preferred` when the text has no letters or is
    /// evenly split.
    public static func guess(_ text: String, preferred: Language? = nil) -> Language? {
        let counts = scriptCounts(in: text)
        // Hangul and Han are dense: one syllable carries what several Latin letters do.
        var scores: [Language: Double] = [:]
        scores[.ko] = Double(counts[.hangul, default: 0]) * 3
        scores[.zh] = counts[.kana, default: 0] > 0 ? 0 : Double(counts[.han, default: 0]) * 3
        scores[.ru] = Double(counts[.cyrillic, default: 0])
        scores[.fa] = Double(counts[.arabic, default: 0])
        scores[.en] = Double(counts[.latin, default: 0])
        let best = scores.max { a, b in
            a.value != b.value ? a.value < b.value : tieRank(a.key, preferred) < tieRank(b.key, preferred)
        }
        guard let best, best.value > 0 else { return preferred }
        if let preferred, let preferredScore = scores[preferred], preferredScore >= best.value * 0.8 {
            return preferred
        }
        return best.key
    }

    private static func tieRank(_ language: Language, _ preferred: Language?) -> Int {
        if language == preferred { return 10 }
        return Language.allCases.count - (Language.allCases.firstIndex(of: language) ?? 0)
    }
}
