/// An approved answer to a common question (refund timeline, double charge, password reset),
/// so that every agent gives the same, correct answer (DOMAIN principle 3) in the customer's
/// language.
///
/// Answers are versioned: a team's copy of a shipped answer replaces it only when its version
/// is higher, so a shipped correction is not silently hidden by an old local copy, and tags
/// name the situations (`refund_wait`) and topics the answer is for.
public struct Answer: Sendable, Hashable, Identifiable {
    public var id: String
    /// The title used where a language has none of its own.
    public var title: String
    public var version: Int
    /// Situation ids (`billing_error`) and free topic words, for ranking and filtering.
    public var tags: [String]
    public var variants: [Language: AnswerVariant]

    public init(id: String, title: String, version: Int, tags: [String] = [], variants: [AnswerVariant]) {
        self.id = id
        self.title = title
        self.version = version
        self.tags = tags
        self.variants = Dictionary(variants.map { ($0.language, $0) }, uniquingKeysWith: { _, last in last })
    }

    public func variant(in language: Language) -> AnswerVariant? { variants[language] }

    /// The languages the answer is written in, in `Language` order.
    public var languages: [Language] { Language.allCases.filter { variants[$0] != nil } }

    /// The title to show for `language`.
    public func title(in language: Language) -> String { variants[language]?.title ?? title }

    /// Whether the answer is tagged with a situation's id.
    public func isTagged(_ situation: SituationID) -> Bool { tags.contains(situation.rawValue) }
}
