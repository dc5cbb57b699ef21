/// A message read once against its lexicons: the cue hits that stand, and its intensity.
/// The situation detector and the sentiment score share it, so they never disagree about
/// what the customer said.
struct CueScan: Sendable {
    let text: MatchableText
    let hits: [CueHit]
    let intensity: Intensity

    /// Enough of a message to judge it: the customer's own words come first, and what follows
    /// in a long email is mostly quoted history and signatures.
    static let scalarLimit = 8_000

    init(_ text: String, language: Language) {
        let head = text.unicodeScalars.count > Self.scalarLimit
            ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(Self.scalarLimit))) : text
        let matchable = MatchableText(head)
        // English cues are read in every language, but only a message with Latin letters can match them.
        let lexicons = SituationLexicon.reading(language).filter { lexicon in
            lexicon.language == language || matchable.scalars.contains { $0 >= "a" && $0 <= "z" }
        }
        self.text = matchable
        self.hits = Self.longestReadings(lexicons.flatMap { $0.hits(in: matchable) })
        self.intensity = Intensity.measure(matchable, lexicons: lexicons)
    }

    /// Drops a hit that shares words with a better hit for something else: the same words
    /// cannot mean two things. A reading that contains the other wins ("钱还没到账" is a
    /// refund, not the parcel "还没到"; "불친절" is not "친절"), otherwise the stronger, then the
    /// wider one ("退款什么时候到" asks about a refund, not a parcel).
    private static func longestReadings(_ hits: [CueHit]) -> [CueHit] {
        hits.filter { hit in
            !hits.contains { other in
                guard other.cue.target != hit.cue.target, !other.cue.isCounter, other.overlaps(hit) else { return false }
                if other.contains(hit) { return true }
                if hit.contains(other) { return false }
                if abs(other.cue.weight) != abs(hit.cue.weight) { return abs(other.cue.weight) > abs(hit.cue.weight) }
                return other.range.count > hit.range.count
            }
        }
    }

    /// The hits for `target` that count: no two overlapping (the affirmed, then the stronger,
    /// then the longer wins), one per distinct cue, counter-cues kept apart; in text order.
    func evidence(for target: CueTarget) -> (support: [CueHit], counter: [CueHit]) {
        let own = hits.filter { $0.cue.target == target }
        func strongestFirst(_ a: CueHit, _ b: CueHit) -> Bool {
            if a.negated != b.negated { return !a.negated }
            if abs(a.cue.weight) != abs(b.cue.weight) { return abs(a.cue.weight) > abs(b.cue.weight) }
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            return a.range.lowerBound < b.range.lowerBound
        }
        func select(_ candidates: [CueHit]) -> [CueHit] {
            var kept: [CueHit] = []
            for hit in candidates.sorted(by: strongestFirst)
            where !kept.contains(where: { $0.overlaps(hit) || $0.cue.pattern == hit.cue.pattern }) {
                kept.append(hit)
            }
            return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        return (select(own.filter { !$0.cue.isCounter }), select(own.filter { $0.cue.isCounter }))
    }
}
