/// An approved answer in one language: its own title (what the agent scans in the list) and
/// text, with placeholders and `{fragment.NAME}` references.
public struct AnswerVariant: Sendable, Hashable {
    public var language: Language
    /// The title in this language; nil uses the answer's title.
    public var title: String?
    public var text: String

    public init(language: Language, title: String? = nil, text: String) {
        self.language = language
        self.title = title
        self.text = text
    }
}
