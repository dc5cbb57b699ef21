/// An answer suggested for a query, with why it ranks where it does and its text ready to
/// insert for this customer.
public struct RankedAnswer: Sendable, Hashable {
    public var answer: Answer
    /// The BM25 score plus the situation boost: what the list is sorted by.
    public var score: Double
    /// How well the words match (BM25).
    public var textScore: Double
    /// What the detected situations the answer is tagged with added.
    public var situationBoost: Double
    /// The language of `text`: the one asked for, or English when the answer lacks it.
    public var language: Language
    public var title: String
    /// Fragments expanded and placeholders filled; unfilled ones stay visible.
    public var text: String
    /// Placeholders that could not be filled, so the agent knows what to complete.
    public var unfilled: [String]

    public init(answer: Answer, score: Double, textScore: Double, situationBoost: Double, language: Language,
                title: String, text: String, unfilled: [String]) {
        self.answer = answer
        self.score = score
        self.textScore = textScore
        self.situationBoost = situationBoost
        self.language = language
        self.title = title
        self.text = text
        self.unfilled = unfilled
    }
}
