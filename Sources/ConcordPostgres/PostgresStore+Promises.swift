import Foundation
import ConcordStore
import ConversationEngine

/// Promises by id, by conversation, and the open ones falling due, as `SQLiteStore+Promises` reads them.
extension PostgresStore {
    public func promise(_ id: PromiseID) throws -> Promise? {
        try read { session in
            try session.row("SELECT * FROM promises WHERE id = ?", [id.rawValue]).map(PostgresRowDecoding.promise)
        }
    }

    public func openPromises(dueBefore: Date?, limit: Int) throws -> [Promise] {
        try read { session in
            try session.rows("SELECT * FROM promises WHERE state = 'open' AND due_at < ? ORDER BY due_at, id LIMIT ?",
                             [dueBefore ?? .distantFuture, max(0, limit)]).map(PostgresRowDecoding.promise)
        }
    }

    public func promises(in conversation: ConversationID) throws -> [Promise] {
        try read { session in
            try session.rows("SELECT * FROM promises WHERE conversation_id = ? ORDER BY due_at, id", [conversation.rawValue])
                .map(PostgresRowDecoding.promise)
        }
    }
}
