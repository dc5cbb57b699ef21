/// One numbered phrase offered to the agent, filled for this customer, ready to insert.
public struct PhraseSuggestion: Sendable, Hashable {
    /// 1-based position, the key the agent presses.
    public var number: Int
    public var phrase: Phrase
    /// The phrase with every placeholder filled.
    public var text: String

    public init(number: Int, phrase: Phrase, text: String) {
        self.number = number
        self.phrase = phrase
        self.text = text
    }

    public var situation: SituationID { phrase.situation }
    public var kind: PhraseKind { phrase.kind }
}
