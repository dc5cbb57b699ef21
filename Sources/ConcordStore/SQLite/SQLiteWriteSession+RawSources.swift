import Foundation
import GRDB
import ConversationEngine

extension SQLiteWriteSession {
    func keepRawSource(_ bytes: RawBytes, digest: String, format: String, origin: String, receivedAt: Date?,
                       at: Date) throws -> RawSourceRecord {
        if let existing = try rawSource(digest: digest) { return existing }
        try db.cachedStatement(sql: """
            INSERT INTO raw_sources (digest, format, origin, received_at, stored_at, size, data, encoding, state, warnings,
                                     events, attempts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', '', 0, 0)
            """).execute(arguments: [digest, format, origin, receivedAt?.timeIntervalSince1970, at.timeIntervalSince1970,
                                     bytes.originalSize, bytes.stored, bytes.encoding.rawValue])
        return RawSourceRecord(id: RawSourceID(db.lastInsertedRowID), digest: digest, format: format, origin: origin,
                               receivedAt: receivedAt, storedAt: at, size: bytes.originalSize, state: .pending, reason: nil,
                               warnings: [], events: 0, attempts: 0)
    }

    func keepRawSource(_ bytes: RawBytes, digest: String, format: String, origin: String, receivedAt: Date?, at: Date,
                       state: RawSourceRecord.State, reason: String?, warnings: [String],
                       events: Int) throws -> (record: RawSourceRecord, isNew: Bool) {
        // Once per source item in bulk ingest: bound directly (see `Statement.run(binding:in:)`).
        try db.cachedStatement(sql: """
            INSERT INTO raw_sources (digest, format, origin, received_at, stored_at, size, data, encoding, state, reason,
                                     warnings, events, attempts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            ON CONFLICT (digest) DO NOTHING
            """).run(binding: [digest.databaseValue, format.databaseValue, origin.databaseValue,
                               receivedAt?.timeIntervalSince1970.databaseValue ?? .null, at.timeIntervalSince1970.databaseValue,
                               bytes.originalSize.databaseValue, bytes.stored.databaseValue, bytes.encoding.rawValue.databaseValue,
                               state.rawValue.databaseValue, reason.databaseValue,
                               warnings.joined(separator: "\n").databaseValue, events.databaseValue], in: db)
        if db.changesCount == 1 {
            return (RawSourceRecord(id: RawSourceID(db.lastInsertedRowID), digest: digest, format: format, origin: origin,
                                    receivedAt: receivedAt, storedAt: at, size: bytes.originalSize, state: state, reason: reason,
                                    warnings: warnings, events: events, attempts: 1), true)
        }
        guard let existing = try rawSource(digest: digest) else {
            throw StoreError.notFound(what: "source item", id: digest)
        }
        return (existing, false)
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

    /// A savepoint with cached statements: bulk ingest opens one per source item, and
    /// compiling "SAVEPOINT" and "RELEASE" afresh each time cost a quarter of the writer's time.
    func savepoint<T>(_ body: () throws -> T) throws -> T {
        try db.cachedStatement(sql: "SAVEPOINT concord_item").execute()
        let mark = searchEntries.count
        do {
            let result = try body()
            try db.cachedStatement(sql: "RELEASE SAVEPOINT concord_item").execute()
            return result
        } catch {
            try db.cachedStatement(sql: "ROLLBACK TO SAVEPOINT concord_item").execute()
            try db.cachedStatement(sql: "RELEASE SAVEPOINT concord_item").execute()
            // The rolled-back messages' ids will be used again: they must not reach the index.
            searchEntries.truncate(to: mark)
            throw error
        }
    }
}
