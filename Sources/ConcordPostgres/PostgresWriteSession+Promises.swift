import ConcordStore
import ConversationEngine
import Foundation

/// Agents correcting the promise ledger by hand: what a promise says, when it is due, and
/// settling it (kept, broken, or open again).
extension PostgresWriteSession {
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
        try session.execute("UPDATE promises SET text = ?, due_at = ? WHERE id = ?", [promise.text, promise.dueAt, id.rawValue])
        return promise
    }

    func settlePromise(_ id: PromiseID, as state: Promise.State, at: Date) throws -> Promise {
        var promise = try loadPromise(id)
        promise.state = state
        promise.closedAt = state == .open ? nil : at
        try session.execute("UPDATE promises SET state = ?, closed_at = ? WHERE id = ?", [state.rawValue, promise.closedAt, id.rawValue])
        return promise
    }

    private func loadPromise(_ id: PromiseID) throws -> Promise {
        guard let row = try session.row("SELECT * FROM promises WHERE id = ?", [id.rawValue]) else {
            throw StoreError.notFound(what: "promise", id: "\(id.rawValue)")
        }
        return try PostgresRowDecoding.promise(row)
    }
}
