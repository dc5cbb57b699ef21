import Foundation
import GRDB
import ConversationEngine

extension SQLiteStore {
    public func draft(for conversation: ConversationID) throws -> Draft? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: DraftColumns.select + " WHERE conversation_id = ?"),
                             arguments: [conversation.rawValue]).map(DraftColumns.draft)
        }
    }
}
