/// A customer's answer to the satisfaction survey: a score from 1 to 5 and what they added.
public struct SurveyAnswer: Sendable, Hashable {
    public var score: Int
    /// Words after the score ("4 — quick, thanks"), nil when the answer was the score alone.
    public var comment: String?

    public init(score: Int, comment: String? = nil) {
        self.score = score
        self.comment = comment
    }
}
