import Foundation
import ConcordStore
import ConversationEngine

extension PostgresStore {
    public func draft(for conversation: ConversationID) throws -> Draft? {
        try read { session in
            try session.row("""
                SELECT conversation_id, text, channel, language, phrase_ids, answer_ids, author, updated_at, basis_message_id
                FROM drafts WHERE conversation_id = ?
                """, [conversation.rawValue]).map { row in
                Draft(conversationID: ConversationID(try row("conversation_id") as Int64), text: try row("text"),
                      channel: (try row("channel") as String?).flatMap(Channel.init(rawValue:)),
                      language: (try row("language") as String?).flatMap(Language.init(rawValue:)),
                      phraseIDs: DraftIDList.decode(try row("phrase_ids")), answerIDs: DraftIDList.decode(try row("answer_ids")),
                      author: try row("author"), updatedAt: try row("updated_at"),
                      basis: (try row("basis_message_id") as Int64?).map { MessageID($0) })
            }
        }
    }
}
