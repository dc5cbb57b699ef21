import Foundation
import ConcordStore
import ConversationEngine

/// The raw sources (every received file or message as it arrived), read as `SQLiteStore+Customers`
/// reads them; the bytes are decoded as `RawBytes` stored them.
extension PostgresStore {
    public func rawSource(_ id: RawSourceID) throws -> RawSourceRecord? {
        try read { session in
            try session.row("SELECT \(PostgresRowDecoding.rawSourceColumns) FROM raw_sources WHERE id = ?", [id.rawValue])
                .map(PostgresRowDecoding.rawSource)
        }
    }

    public func rawSourceData(_ id: RawSourceID) throws -> Data? {
        let bytes = try read { session in
            try session.row("SELECT data, encoding, size FROM raw_sources WHERE id = ?", [id.rawValue]).map { row in
                RawBytes(stored: try row("data"), encoding: RawBytes.Encoding(rawValue: try row("encoding")) ?? .none,
                         originalSize: Int(try row("size") as Int64))
            }
        }
        return try bytes?.original()
    }

    public func rawSources(in state: RawSourceRecord.State, limit: Int) throws -> [RawSourceRecord] {
        try read { session in
            try session.rows("""
                SELECT \(PostgresRowDecoding.rawSourceColumns) FROM raw_sources WHERE state = ? ORDER BY id LIMIT ?
                """, [state.rawValue, Self.limit(limit)]).map(PostgresRowDecoding.rawSource)
        }
    }

    public func rawSourceCount(in state: RawSourceRecord.State) throws -> Int {
        try read { session in
            Int(try session.value("SELECT count(*) FROM raw_sources WHERE state = ?", [state.rawValue], as: Int64.self) ?? 0)
        }
    }

    /// One round trip for the whole batch (`= ANY` of an array), where SQLite probes the index
    /// once per digest in process.
    public func rawSourceStates(digests: [String]) throws -> [String: RawSourceRecord.State] {
        guard !digests.isEmpty else { return [:] }
        return try read { session in
            var states: [String: RawSourceRecord.State] = [:]
            for row in try session.rows("SELECT digest, state FROM raw_sources WHERE digest = ANY(?)", [digests]) {
                let state = RawSourceRecord.State(rawValue: try row("state")) ?? .pending
                states[try row("digest")] = state == .ingested || state == .quarantined ? state : .pending
            }
            return states
        }
    }
}
