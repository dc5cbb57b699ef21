/// One place a cue occurs in a message, after negation has been checked.
struct CueHit: Sendable, Hashable {
    let cue: SituationCue
    /// Folded-scalar ranges of the cue's parts in the `MatchableText` (one unless gapped).
    let parts: [Range<Int>]
    let negated: Bool
    /// Whether the evidence widens a match inside a word to the whole word (not in Chinese).
    let quotesWholeWords: Bool

    /// The words as the customer wrote them, from the first part to the last: quoted only
    /// for the hits a situation keeps (ingest reads sentiment from the hits and quotes none).
    func evidence(in text: MatchableText) -> String {
        text.quote(range, wholeWords: quotesWholeWords)
    }

    /// From the start of the first part to the end of the last.
    var range: Range<Int> {
        guard let first = parts.first, let last = parts.last else { return 0..<0 }
        return first.lowerBound..<last.upperBound
    }

    /// Whether this hit's own words cover all of `other`'s (the words in a gap do not count).
    func contains(_ other: CueHit) -> Bool {
        guard parts != other.parts else { return false }
        return other.parts.allSatisfy { inner in
            parts.contains { $0.lowerBound <= inner.lowerBound && inner.upperBound <= $0.upperBound }
        }
    }

    /// Whether the two hits share any words (the words in a gap do not count).
    func overlaps(_ other: CueHit) -> Bool {
        parts.contains { mine in other.parts.contains { mine.overlaps($0) } }
    }
}
