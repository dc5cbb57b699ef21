import Foundation
import ConcordStore
import ConversationEngine

/// Drafts, one per conversation, as `SQLiteWriteSession+Drafts` keeps them: saved on every
/// pause in typing so a crash or a lost SSH session never loses what the agent wrote.
extension PostgresWriteSession {
    func saveDraft(_ draft: Draft) throws {
        guard try session.row("SELECT 1 FROM conversations WHERE id = ?", [draft.conversationID.rawValue]) != nil else {
            throw StoreError.notFound(what: "conversation", id: String(draft.conversationID.rawValue))
        }
        try session.execute("""
            INSERT INTO drafts (conversation_id, text, channel, language, phrase_ids, answer_ids, author, updated_at, basis_message_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text, channel = excluded.channel,
                language = excluded.language, phrase_ids = excluded.phrase_ids, answer_ids = excluded.answer_ids,
                author = excluded.author, updated_at = excluded.updated_at,
                basis_message_id = excluded.basis_message_id
            """, [draft.conversationID.rawValue, draft.text, draft.channel?.rawValue, draft.language?.rawValue,
                  DraftIDList.encode(draft.phraseIDs), DraftIDList.encode(draft.answerIDs), draft.author, draft.updatedAt,
                  draft.basis?.rawValue])
    }

    func deleteDraft(_ conversation: ConversationID) throws {
        try session.execute("DELETE FROM drafts WHERE conversation_id = ?", [conversation.rawValue])
    }
}
