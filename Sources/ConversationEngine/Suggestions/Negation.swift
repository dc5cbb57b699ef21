/// How a language says "not" around a cue, so "I'm not angry", "я не злюсь", "不是生气",
/// "화난 건 아니고" and "عصبانی نیستم" do not raise the situation they mention.
///
/// English and Russian negate before the word, Chinese with a character just before it,
/// Korean with "안" before or "…지 않", "…건 아니" after, Persian with "نیست" after. Negation
/// never reaches across a comma or a "but": "not angry, just confused" is still confused.
struct Negation: Sendable {
    /// Whole words that negate what follows ("not", "не", "안").
    let wordsBefore: FoldedWordSet
    /// Word endings that negate what follows ("n't").
    let suffixesBefore: FoldedWordSet
    /// How many words back a negator may stand ("not at all angry").
    let wordWindow: Int
    /// Single characters that negate what follows without a space (不, 没).
    let charactersBefore: Set<Unicode.Scalar>
    let characterWindow: Int
    /// Phrases after the cue that negate it ("건 아니", "نیستم").
    let phrasesAfter: [[Unicode.Scalar]]
    /// How many folded scalars after the cue a phrase may start in.
    let afterWindow: Int
    /// Words that start a new clause, which negation does not cross.
    let clauseBreakers: FoldedWordSet

    init(wordsBefore: [String] = [], suffixesBefore: [String] = [], wordWindow: Int = 0,
         charactersBefore: String = "", characterWindow: Int = 0,
         phrasesAfter: [String] = [], afterWindow: Int = 0, clauseBreakers: [String] = []) {
        self.wordsBefore = FoldedWordSet(wordsBefore)
        self.suffixesBefore = FoldedWordSet(suffixesBefore)
        self.wordWindow = wordWindow
        self.charactersBefore = Set(charactersBefore.unicodeScalars)
        self.characterWindow = characterWindow
        self.phrasesAfter = phrasesAfter.map(MatchableText.folded).filter { !$0.isEmpty }
        self.afterWindow = afterWindow
        self.clauseBreakers = FoldedWordSet(clauseBreakers)
    }

    /// Whether the cue found at `range` is negated.
    func negates(_ range: Range<Int>, in text: MatchableText) -> Bool {
        negatedByWordBefore(range.lowerBound, in: text)
            || negatedByCharacterBefore(range.lowerBound, in: text)
            || negatedByPhraseAfter(range.upperBound, in: text)
    }

    private func negatedByWordBefore(_ start: Int, in text: MatchableText) -> Bool {
        guard wordWindow > 0 else { return false }
        var index = start - 1
        var wordsSeen = 0
        while index >= 0, wordsSeen < wordWindow {
            let scalar = text.scalars[index]
            if MatchableText.endsClause(scalar) { return false }
            guard MatchableText.isWordScalar(scalar) || scalar == "'" else {
                index -= 1
                continue
            }
            var wordStart = index
            while wordStart > 0, MatchableText.isWordScalar(text.scalars[wordStart - 1]) || text.scalars[wordStart - 1] == "'" {
                wordStart -= 1
            }
            let word = text.scalars[wordStart...index]
            if clauseBreakers.contains(word) { return false }
            if wordsBefore.contains(word) || suffixesBefore.endsAny(word) { return true }
            wordsSeen += 1
            index = wordStart - 1
        }
        return false
    }

    private func negatedByCharacterBefore(_ start: Int, in text: MatchableText) -> Bool {
        guard characterWindow > 0 else { return false }
        var index = start - 1
        var seen = 0
        while index >= 0, seen < characterWindow {
            let scalar = text.scalars[index]
            if MatchableText.endsClause(scalar) { return false }
            // 是不是, 能不能, 有没有 ask a question; they do not negate.
            let isQuestion = index >= 1 && index + 1 < text.count && text.scalars[index - 1] == text.scalars[index + 1]
            if charactersBefore.contains(scalar), !isQuestion { return true }
            seen += 1
            index -= 1
        }
        return false
    }

    private func negatedByPhraseAfter(_ end: Int, in text: MatchableText) -> Bool {
        guard afterWindow > 0, !phrasesAfter.isEmpty else { return false }
        var limit = end
        while limit < text.count, limit < end + afterWindow, !MatchableText.endsClause(text.scalars[limit]) { limit += 1 }
        guard limit > end else { return false }
        let window = text.scalars[end..<limit]
        return phrasesAfter.contains { phrase in Self.window(window, contains: phrase) }
    }

    private static func window(_ window: ArraySlice<Unicode.Scalar>, contains phrase: [Unicode.Scalar]) -> Bool {
        guard phrase.count <= window.count else { return false }
        for start in window.startIndex...(window.endIndex - phrase.count)
        where window[start..<(start + phrase.count)].elementsEqual(phrase) {
            return true
        }
        return false
    }
}
