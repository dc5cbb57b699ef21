import Foundation
import GRDB
import ConversationEngine

extension SQLiteWriteSession {
    func saveDraft(_ draft: Draft) throws {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM conversations WHERE id = ?", arguments: [draft.conversationID.rawValue]) != nil else {
            throw StoreError.notFound(what: "conversation", id: String(draft.conversationID.rawValue))
        }
        try db.cachedStatement(sql: """
            INSERT INTO drafts (conversation_id, text, channel, language, phrase_ids, answer_ids, author, updated_at, basis_message_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(conversation_id) DO UPDATE SET text = excluded.text, channel = excluded.channel,
                language = excluded.language, phrase_ids = excluded.phrase_ids, answer_ids = excluded.answer_ids,
                author = excluded.author, updated_at = excluded.updated_at,
                basis_message_id = excluded.basis_message_id
            """).execute(arguments: DraftColumns.arguments(draft))
    }

    func deleteDraft(_ conversation: ConversationID) throws {
        try db.cachedStatement(sql: "DELETE FROM drafts WHERE conversation_id = ?").execute(arguments: [conversation.rawValue])
    }
}
