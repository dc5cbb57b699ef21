import Foundation
import GRDB
import ConversationEngine

/// How a `Draft` is laid out in the `drafts` table (migration "v4-drafts"): id lists as
/// newline-separated text, which phrase and answer ids never contain.
enum DraftColumns {
    static let select = "SELECT conversation_id, text, channel, language, phrase_ids, answer_ids, author, updated_at, basis_message_id FROM drafts"

    static func draft(_ row: Row) -> Draft {
        Draft(conversationID: ConversationID(row[0] as Int64), text: row[1],
              channel: (row[2] as String?).flatMap(Channel.init(rawValue:)),
              language: (row[3] as String?).flatMap(Language.init(rawValue:)),
              phraseIDs: DraftIDList.decode(row[4]), answerIDs: DraftIDList.decode(row[5]), author: row[6],
              updatedAt: Date(timeIntervalSince1970: row[7]), basis: (row[8] as Int64?).map { MessageID($0) })
    }

    static func arguments(_ draft: Draft) -> StatementArguments {
        [draft.conversationID.rawValue, draft.text, draft.channel?.rawValue, draft.language?.rawValue,
         DraftIDList.encode(draft.phraseIDs), DraftIDList.encode(draft.answerIDs), draft.author,
         draft.updatedAt.timeIntervalSince1970, draft.basis?.rawValue]
    }
}
