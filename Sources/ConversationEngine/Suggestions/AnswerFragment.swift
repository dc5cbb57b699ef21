/// A sentence shared by several answers ("card refunds appear within 5–10 business days"),
/// written once per language and referenced as `{fragment.NAME}`, so that changing a fact
/// changes every answer that states it and two answers can never contradict each other.
public struct AnswerFragment: Sendable, Hashable {
    public var name: String
    public var texts: [Language: String]

    public init(name: String, texts: [Language: String]) {
        self.name = name
        self.texts = texts
    }

    public func text(in language: Language) -> String? { texts[language] }

    /// This fragment with `other`'s languages replacing its own, so a team can reword one
    /// language of a shipped fragment and keep the rest.
    public func overlaid(with other: AnswerFragment) -> AnswerFragment {
        AnswerFragment(name: name, texts: texts.merging(other.texts) { _, new in new })
    }
}
