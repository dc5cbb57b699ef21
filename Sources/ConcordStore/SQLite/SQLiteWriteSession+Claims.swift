import ConversationEngine

extension SQLiteWriteSession {
    /// Read inside the IMMEDIATE write transaction, which no other connection can enter.
    func conversationForUpdate(_ id: ConversationID) throws -> Conversation? {
        try SQLiteIngestIndex(db: db).conversation(id: id)
    }
}
