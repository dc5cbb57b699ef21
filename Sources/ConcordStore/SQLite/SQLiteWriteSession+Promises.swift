import ConversationEngine
import Foundation
import GRDB

/// Agents correcting the promise ledger by hand: what a promise says, when it is due, and
/// settling it (kept, broken, or open again).
extension SQLiteWriteSession {
    func revisePromise(_ id: PromiseID, text: String?, dueAt: Date?) throws -> Promise {
        var promise = try loadPromise(id)
        if let text {
            let trimmed = Whitespace.collapsed(text)
            guard !trimmed.isEmpty else { throw StoreError.invalidValue("a promise needs words: what was promised") }
            promise.text = trimmed
        }
        if let dueAt {
            guard dueAt > promise.madeAt else {
                throw StoreError.invalidValue("a promise cannot be due before it was made (\(ISO8601DateFormatter().string(from: promise.madeAt)))")
            }
            promise.dueAt = dueAt
        }
        try db.cachedStatement(sql: "UPDATE promises SET text = ?, due_at = ? WHERE id = ?")
            .execute(arguments: [promise.text, promise.dueAt.timeIntervalSince1970, id.rawValue])
        return promise
    }

    func settlePromise(_ id: PromiseID, as state: Promise.State, at: Date) throws -> Promise {
        var promise = try loadPromise(id)
        promise.state = state
        promise.closedAt = state == .open ? nil : at
        try db.cachedStatement(sql: "UPDATE promises SET state = ?, closed_at = ? WHERE id = ?")
            .execute(arguments: [state.rawValue, promise.closedAt?.timeIntervalSince1970, id.rawValue])
        return promise
    }

    private func loadPromise(_ id: PromiseID) throws -> Promise {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM promises WHERE id = ?"), arguments: [id.rawValue]) else {
            throw StoreError.notFound(what: "promise", id: "\(id.rawValue)")
        }
        return RowDecoding.promise(row)
    }
}
