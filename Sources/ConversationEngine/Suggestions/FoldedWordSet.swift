/// A few folded words, asked about scalar slices of a `MatchableText` without turning each
/// slice into a `String` first: negation looks at every word before every cue it finds.
struct FoldedWordSet: Sendable {
    /// The words, by their length in scalars.
    private let byLength: [Int: [[Unicode.Scalar]]]

    init(_ words: [String]) {
        var byLength: [Int: [[Unicode.Scalar]]] = [:]
        for word in words {
            let folded = MatchableText.folded(word)
            guard !folded.isEmpty else { continue }
            byLength[folded.count, default: []].append(folded)
        }
        self.byLength = byLength
    }

    var isEmpty: Bool { byLength.isEmpty }

    /// Whether `word` is one of the words.
    func contains(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let candidates = byLength[word.count] else { return false }
        return candidates.contains { $0.elementsEqual(word) }
    }

    /// Whether `word` ends with one of the words (and is longer than it or as long).
    func endsAny(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        byLength.contains { length, candidates in
            length <= word.count && candidates.contains { $0.elementsEqual(word.suffix(length)) }
        }
    }
}
