import Foundation

/// How the customer feels, from -1 (furious) to 1 (delighted), read from the same lexicons as
/// the situations. Supervisors watch it for hot spots; the detector uses it to tell a public
/// complaint from a public thank-you.
///
/// Bad-news cues (defects, delays, anger) count against, thanks and praise for; a topic word
/// ("refund") counts a little; a negated cue counts half, the other way ("not happy" is bad,
/// "not angry" mildly good); intensity ("!!!", capitals, "third time") scales the total.
public enum Sentiment {
    /// The sentiment of `text`, read as `language`.
    public static func score(_ text: String, language: Language) -> Double {
        score(CueScan(text, language: language))
    }

    /// The customer's opening words Concord reads for the queue's sentiment: what a customer
    /// feels shows in how they start, and reading more would slow ingest down.
    public static let headScalars = 400

    /// How the customer sounds in a message they sent, from its first `headScalars` scalars
    /// in the language its letters say (`preferred` breaking ties), to two decimals (finer
    /// differences mean nothing, and an unchanged value costs the queue's index nothing); nil
    /// when it has no words. Cheap enough to run on every ingested message.
    public static func ofCustomerMessage(_ text: String, preferred: Language?) -> Double? {
        let scalars = text.unicodeScalars
        let head = scalars.count > headScalars ? String(String.UnicodeScalarView(scalars.prefix(headScalars))) : text
        guard head.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        let language = LanguageGuesser.guess(head, preferred: preferred) ?? preferred ?? .en
        return (score(head, language: language) * 100).rounded() / 100
    }

    /// What counts towards the score, in the order it is summed.
    private static let targets: [CueTarget] = [.positive, .negative]
        + SituationID.allCases.filter(\.isFromText).map { CueTarget.situation($0) }

    static func score(_ scan: CueScan) -> Double {
        var total = 0.0
        // Most messages hit two or three targets: the others would only be filtered to nothing.
        let hit = Set(scan.hits.map(\.cue.target))
        for target in targets where hit.contains(target) {
            for hit in scan.evidence(for: target).support {
                var contribution = target.polarity * hit.cue.weight
                if !hit.cue.negatable { contribution *= 0.3 }
                if hit.cue.isCourtesy { contribution *= 0.6 }
                if hit.negated { contribution *= -0.5 }
                total += contribution
            }
        }
        total *= 1 + 0.5 * scan.intensity.level
        return tanh(total)
    }
}
