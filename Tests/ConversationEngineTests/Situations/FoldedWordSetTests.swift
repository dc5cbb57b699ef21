import Testing
@testable import ConversationEngine

@Suite("Folded word set: words and endings found in folded scalars")
struct FoldedWordSetTests {
    private func slice(_ text: String) -> ArraySlice<Unicode.Scalar> { MatchableText.folded(text)[...] }

    @Test func findsWholeWordsInAnySpellingTheFoldingJoins() {
        let words = FoldedWordSet(["not", "не", "안", "نمی"])
        #expect(words.contains(slice("NOT")))
        #expect(words.contains(slice("не")))
        #expect(words.contains(slice("안")))  // Hangul compared as its letters, as the text is
        #expect(words.contains(slice("نمي")))  // Arabic yeh is Persian yeh
        #expect(!words.contains(slice("note")))
        #expect(!words.contains(slice("no")))
        #expect(!FoldedWordSet([]).contains(slice("not")))
    }

    @Test func findsEndingsOfLongerAndEqualWords() {
        let endings = FoldedWordSet(["n't"])
        #expect(endings.endsAny(slice("wasn't")))
        #expect(endings.endsAny(slice("WASN’T")))  // a curly apostrophe folds to a straight one
        #expect(endings.endsAny(slice("n't")))
        #expect(!endings.endsAny(slice("t")))
        #expect(!endings.endsAny(slice("want")))
    }

    @Test func worksOnSlicesInsideALongerText() {
        let text = MatchableText("I really wasn't angry")
        let words = FoldedWordSet(["really"]), endings = FoldedWordSet(["n't"])
        #expect(words.contains(text.scalars[2..<8]))
        #expect(endings.endsAny(text.scalars[9..<15]))
        #expect(!words.contains(text.scalars[9..<15]))
    }
}
