/// The phrasebooks and answer books that ship with Concord, compiled in from
/// `phrasebooks/*.toml` and `answers/*.toml` by the EmbedShippedData build plugin, so the
/// binary works without any data directory installed and can never drift from the files.
public enum ShippedKnowledge {
    /// `phrasebooks/{en,ko,zh,ru,fa}.toml`, sorted by name.
    public static var phrasebooks: [KnowledgeFile] { files(under: "phrasebooks/") }

    /// `answers/*.toml`, sorted by name.
    public static var answers: [KnowledgeFile] { files(under: "answers/") }

    private static func files(under folder: String) -> [KnowledgeFile] {
        EmbeddedShippedData.files
            .filter { $0.name.hasPrefix(folder) }
            .map { KnowledgeFile(name: $0.name, text: $0.text) }
            .sorted { $0.name < $1.name }
    }
}
