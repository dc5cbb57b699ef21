import ConversationEngine

/// The phrasebook and the answer book a console works with: the shipped ones with the
/// team's own files laid over them.
public struct Knowledge: Sendable {
    public var phrasebook: Phrasebook
    public var answerBook: AnswerBook
    /// Non-fatal remarks about the user's files.
    public var notices: [KnowledgeNotice]
    /// The names of the files read, shipped first, in the order they were applied.
    public var files: [String]

    public init(phrasebook: Phrasebook, answerBook: AnswerBook, notices: [KnowledgeNotice] = [], files: [String] = []) {
        self.phrasebook = phrasebook
        self.answerBook = answerBook
        self.notices = notices
        self.files = files
    }
}
