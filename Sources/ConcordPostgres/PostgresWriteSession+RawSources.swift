import Foundation
import Synchronization
import ConcordStore
import ConversationEngine

/// The raw source items, kept as `SQLiteWriteSession+RawSources` keeps them: the bytes as
/// `RawBytes` stores them (`data` holds the stored bytes, `encoding` says whether they are
/// zstd-compressed (zlib in rows written before 4 December 2026), `size` is the original size), under their digest.
extension PostgresWriteSession {
    func keepRawSource(_ bytes: RawBytes, digest: String, format: String, origin: String, receivedAt: Date?,
                       at: Date) throws -> RawSourceRecord {
        if let existing = try rawSource(digest: digest) { return existing }
        // Kept bytes are not on any screen; the messages parsed from them are, and say so.
        let id = try session.touching { _ in try session.insert("""
            INSERT INTO raw_sources (digest, format, origin, received_at, stored_at, size, data, encoding, state, warnings,
                                     events, attempts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', '', 0, 0)
            """, [digest, format, origin, receivedAt, at, bytes.originalSize, bytes.stored, bytes.encoding.rawValue]) }
        return RawSourceRecord(id: RawSourceID(id), digest: digest, format: format, origin: origin,
                               receivedAt: receivedAt, storedAt: at, size: bytes.originalSize, state: .pending, reason: nil,
                               warnings: [], events: 0, attempts: 0)
    }

    func keepRawSource(_ bytes: RawBytes, digest: String, format: String, origin: String, receivedAt: Date?, at: Date,
                       state: RawSourceRecord.State, reason: String?, warnings: [String],
                       events: Int) throws -> (record: RawSourceRecord, isNew: Bool) {
        // One round trip when the bytes are new: no id comes back when the digest was kept before.
        let id = try session.touching { _ in try session.value("""
            INSERT INTO raw_sources (digest, format, origin, received_at, stored_at, size, data, encoding, state, reason,
                                     warnings, events, attempts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            ON CONFLICT (digest) DO NOTHING RETURNING id
            """, [digest, format, origin, receivedAt, at, bytes.originalSize, bytes.stored, bytes.encoding.rawValue,
                  state.rawValue, reason, warnings.joined(separator: "\n"), events], as: Int64.self) }
        if let id {
            return (RawSourceRecord(id: RawSourceID(id), digest: digest, format: format, origin: origin,
                                    receivedAt: receivedAt, storedAt: at, size: bytes.originalSize, state: state, reason: reason,
                                    warnings: warnings, events: events, attempts: 1), true)
        }
        guard let existing = try rawSource(digest: digest) else {
            throw StoreError.notFound(what: "source item", id: digest)
        }
        return (existing, false)
    }

    func rawSource(digest: String) throws -> RawSourceRecord? {
        try session.row("SELECT \(PostgresRowDecoding.rawSourceColumns) FROM raw_sources WHERE digest = ?", [digest])
            .map(PostgresRowDecoding.rawSource)
    }

    func beginAttempt(on id: RawSourceID) throws {
        try session.touching { _ in try session.execute("UPDATE raw_sources SET attempts = attempts + 1 WHERE id = ?", [id.rawValue]) }
    }

    func finishRawSource(_ id: RawSourceID, state: RawSourceRecord.State, reason: String?, warnings: [String],
                         events: Int) throws {
        // No screen shows a source's state (quarantine is read by `concord quarantine`).
        try session.touching { _ in
            try session.execute("UPDATE raw_sources SET state = ?, reason = ?, warnings = ?, events = ? WHERE id = ?",
                                [state.rawValue, reason, warnings.joined(separator: "\n"), events, id.rawValue])
        }
    }

    /// Runs `body` in a savepoint: what it wrote is rolled back if it throws, and the rest of
    /// the transaction goes on (after an error PostgreSQL refuses every statement until the
    /// rollback). The search documents are rows of the transaction: they roll back with their
    /// messages. Each savepoint has a name of its own, so savepoints nest.
    func savepoint<T>(_ body: () throws -> T) throws -> T {
        let name = "concord_item_\(Self.savepoints.add(1, ordering: .relaxed).newValue)"
        try session.execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try session.execute("RELEASE SAVEPOINT \(name)")
            return result
        } catch {
            try session.execute("ROLLBACK TO SAVEPOINT \(name)")
            try session.execute("RELEASE SAVEPOINT \(name)")
            throw error
        }
    }

    /// Numbers the savepoints' names.
    private static let savepoints = Atomic<Int>(0)
}
