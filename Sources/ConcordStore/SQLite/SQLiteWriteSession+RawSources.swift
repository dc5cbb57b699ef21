import Foundation
import GRDB
import ConversationEngine

extension SQLiteWriteSession {
    func keepRawSource(_ data: Data, digest: String, format: String, origin: String, receivedAt: Date?,
                       at: Date) throws -> RawSourceRecord {
        if let existing = try rawSource(digest: digest) { return existing }
        try db.cachedStatement(sql: """
            INSERT INTO raw_sources (digest, format, origin, received_at, stored_at, size, data, state, warnings, events, attempts)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', '', 0, 0)
            """).execute(arguments: [digest, format, origin, receivedAt?.timeIntervalSince1970, at.timeIntervalSince1970,
                                     data.count, data])
        return RawSourceRecord(id: RawSourceID(db.lastInsertedRowID), digest: digest, format: format, origin: origin,
                               receivedAt: receivedAt, storedAt: at, size: data.count, state: .pending, reason: nil,
                               warnings: [], events: 0, attempts: 0)
    }

    func rawSource(digest: String) throws -> RawSourceRecord? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(RowDecoding.rawSourceColumns) FROM raw_sources WHERE digest = ?"),
                         arguments: [digest]).map(RowDecoding.rawSource)
    }

    func beginAttempt(on id: RawSourceID) throws {
        try db.cachedStatement(sql: "UPDATE raw_sources SET attempts = attempts + 1 WHERE id = ?").execute(arguments: [id.rawValue])
    }

    func finishRawSource(_ id: RawSourceID, state: RawSourceRecord.State, reason: String?, warnings: [String],
                         events: Int) throws {
        try db.cachedStatement(sql: "UPDATE raw_sources SET state = ?, reason = ?, warnings = ?, events = ? WHERE id = ?")
            .execute(arguments: [state.rawValue, reason, warnings.joined(separator: "\n"), events, id.rawValue])
    }

    func savepoint<T>(_ body: () throws -> T) throws -> T {
        var result: T?
        try db.inSavepoint {
            result = try body()
            return .commit
        }
        guard let result else { throw StoreError.notFound(what: "savepoint result", id: "-") }
        return result
    }
}
