/// What to say in a reply to one customer message: the language to answer in, how to address
/// the customer, how they feel, what is going on for them (with the evidence), and numbered
/// phrases and approved answers filled for them, ready to insert.
///
/// Numbers run through phrases first, then answers (1–3 phrases, 4–6 answers), so one row of
/// digit keys reaches every suggestion; `choice(number:)` resolves a key press.
public struct ReplySuggestions: Sendable, Hashable {
    public var language: Language
    /// The customer's form of address in `language` ("김민지 님"), nil when no name is known.
    public var address: String?
    /// -1 (furious) to 1 (delighted).
    public var sentiment: Double
    /// Most certain first.
    public var situations: [DetectedSituation]
    /// In reply order (empathy, apology, expectation, loyalty thanks, follow-up), numbered from 1.
    public var phrases: [PhraseSuggestion]
    /// Best first, numbered after the phrases.
    public var answers: [RankedAnswer]

    public init(language: Language, address: String?, sentiment: Double, situations: [DetectedSituation],
                phrases: [PhraseSuggestion], answers: [RankedAnswer]) {
        self.language = language
        self.address = address
        self.sentiment = sentiment
        self.situations = situations
        self.phrases = phrases
        self.answers = answers
    }

    /// Something the agent can insert into a draft by its number.
    public enum Choice: Sendable, Hashable {
        case phrase(PhraseSuggestion)
        case answer(RankedAnswer)

        /// The filled text to insert.
        public var text: String {
            switch self {
            case .phrase(let phrase): phrase.text
            case .answer(let answer): answer.text
            }
        }
    }

    /// The number shown for the answer at `index` of `answers`.
    public func number(ofAnswerAt index: Int) -> Int { phrases.count + index + 1 }

    /// The phrase or answer shown as `number`, or nil when there is none.
    public func choice(number: Int) -> Choice? {
        if let phrase = phrases.first(where: { $0.number == number }) { return .phrase(phrase) }
        let index = number - phrases.count - 1
        return answers.indices.contains(index) ? .answer(answers[index]) : nil
    }

    /// How many numbered suggestions there are.
    public var count: Int { phrases.count + answers.count }
}
