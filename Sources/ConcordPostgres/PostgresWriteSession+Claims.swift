import ConcordStore
import ConversationEngine

extension PostgresWriteSession {
    /// Read under the writers' lock this transaction holds, so no other Concord writer can
    /// change the conversation before it commits.
    func conversationForUpdate(_ id: ConversationID) throws -> Conversation? {
        try PostgresIngestIndex(session: session).conversation(id: id)
    }
}
