import ConversationEngine
import Foundation
import GRDB

extension SQLiteStore {
    public func promise(_ id: PromiseID) throws -> Promise? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM promises WHERE id = ?"), arguments: [id.rawValue])
                .map(RowDecoding.promise)
        }
    }

    public func openPromises(dueBefore: Date?, limit: Int) throws -> [Promise] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM promises WHERE state = 'open' AND due_at < ? ORDER BY due_at, id LIMIT ?
                """), arguments: [(dueBefore ?? .distantFuture).timeIntervalSince1970, max(0, limit)]).map(RowDecoding.promise)
        }
    }

    public func promises(in conversation: ConversationID) throws -> [Promise] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM promises WHERE conversation_id = ? ORDER BY due_at, id"),
                             arguments: [conversation.rawValue]).map(RowDecoding.promise)
        }
    }
}
