/// One phrasebook or answer-book file's text and the name errors call it by: a path relative
/// to the repository for shipped files ("phrasebooks/ko.toml"), the full path for a user's.
public struct KnowledgeFile: Sendable, Hashable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
