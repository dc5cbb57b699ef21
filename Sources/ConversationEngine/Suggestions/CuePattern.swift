/// A cue as written in a lexicon, compiled for matching against a `MatchableText`.
///
/// The notation keeps the lists readable in five languages:
/// - `refund*`: a stem; the word may go on (refunds, refunded). `*late` may start mid-word.
/// - Space-delimited languages (English, Russian, Persian) match whole words unless a `*`
///   says otherwise; Korean and Chinese match inside words (particles, no spaces), and `^`
///   or `$` ties an end to a word boundary there (`^화나` is not the end of `전화나`).
/// - `charged…twice`: parts in order, a few words apart within one sentence.
struct CuePattern: Sendable, Hashable {
    struct Part: Sendable, Hashable {
        let scalars: [Unicode.Scalar]
        let boundedLeft: Bool
        let boundedRight: Bool
    }

    let source: String
    let parts: [Part]

    /// Nil when the source is empty once folded: a lexicon typo, not a crash.
    init?(_ source: String, matchesInsideWords: Bool) {
        var parts: [Part] = []
        for piece in source.split(separator: "…", omittingEmptySubsequences: true) {
            var text = Substring(piece)
            var boundedLeft = !matchesInsideWords
            var boundedRight = !matchesInsideWords
            if let first = text.first, first == "*" || first == "^" {
                boundedLeft = first == "^"
                text = text.dropFirst()
            }
            if let last = text.last, last == "*" || last == "$" {
                boundedRight = last == "$"
                text = text.dropLast()
            }
            let scalars = MatchableText.folded(String(text))
            guard !scalars.isEmpty else { return nil }
            parts.append(Part(scalars: scalars, boundedLeft: boundedLeft, boundedRight: boundedRight))
        }
        guard !parts.isEmpty else { return nil }
        self.source = source
        self.parts = parts
    }

    /// Every place the cue occurs, left to right, as the folded-scalar range of each part. A
    /// gapped cue's later parts must start within `maxGap` scalars of the previous part, in
    /// the same sentence; the words in the gap are not part of the match.
    func matches(in text: MatchableText, maxGap: Int) -> [[Range<Int>]] {
        guard let first = parts.first, first.scalars.count <= text.count else { return [] }
        return matches(in: text, maxGap: maxGap, candidates: 0...(text.count - first.scalars.count))
    }

    /// The same as `matches(in:maxGap:)`, trying the first part only at `candidates` (in
    /// ascending order): the places a `CueHeadIndex` found its scalars, so only the word
    /// boundaries and the later parts are left to check.
    func matches(in text: MatchableText, maxGap: Int, candidates: some Sequence<Int>) -> [[Range<Int>]] {
        guard let first = parts.first else { return [] }
        var found: [[Range<Int>]] = []
        var start = 0
        for candidate in candidates where candidate >= start && Self.occurs(first, in: text, at: candidate) {
            let head = candidate..<(candidate + first.scalars.count)
            if let rest = matchRest(in: text, after: head.upperBound, maxGap: maxGap) {
                found.append([head] + rest)
                start = rest.last?.upperBound ?? head.upperBound
            } else {
                start = head.lowerBound + 1
            }
        }
        return found
    }

    private func matchRest(in text: MatchableText, after end: Int, maxGap: Int) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var position = end
        for part in parts.dropFirst() {
            let limit = min(text.count, position + maxGap)
            var candidate = position
            var matchedEnd: Int?
            while candidate <= limit {
                if candidate > position, MatchableText.endsSentence(text.scalars[candidate - 1]) { break }
                if Self.occurs(part, in: text, at: candidate) {
                    matchedEnd = candidate + part.scalars.count
                    break
                }
                candidate += 1
            }
            guard let matchedEnd else { return nil }
            ranges.append(candidate..<matchedEnd)
            position = matchedEnd
        }
        return ranges
    }

    private static func occurs(_ part: Part, in text: MatchableText, at index: Int) -> Bool {
        let length = part.scalars.count
        guard index >= 0, index + length <= text.count else { return false }
        for offset in 0..<length where text.scalars[index + offset] != part.scalars[offset] { return false }
        if part.boundedLeft, let firstScalar = part.scalars.first, MatchableText.isWordScalar(firstScalar),
           text.isWord(at: index - 1) {
            return false
        }
        if part.boundedRight, let lastScalar = part.scalars.last, MatchableText.isWordScalar(lastScalar),
           text.isWord(at: index + length) {
            return false
        }
        return true
    }
}
