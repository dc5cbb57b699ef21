import Foundation
import ConcordStore

extension PostgresStore {
    /// Every table an erasure deletes from.
    static var erasedTables: [String] {
        var tables = ["search_documents"]
        for step in CustomerErasure.steps where !tables.contains(step.table) { tables.append(step.table) }
        return tables
    }

    /// How long reclaiming waits for sessions that could still see the erased rows.
    static let snapshotWait: TimeInterval = 30

    /// After an erasure committed, VACUUM the tables it deleted from (outside any transaction,
    /// as VACUUM must run): PostgreSQL keeps a deleted row as a dead tuple, bytes and all, until
    /// VACUUM makes its space reusable. Even then the bytes stay in the pages' free space, and a
    /// GIN index keeps the words of the search documents, until new rows overwrite them (the
    /// `freeSpace` residue). With `compact`, VACUUM FULL rewrites each table and its indexes into
    /// new files and removes the old ones, so no data file holds the erased rows; it locks each
    /// table (reads too) while it rewrites it, so it is for a quiet hour on a large store.
    ///
    /// Either keeps a row that a transaction begun before the erasure could still read, so
    /// this first waits (up to `snapshotWait`) for such transactions to end. Neither reaches the
    /// server's write-ahead log (pg_wal), its archive or backups, which keep the rows until
    /// they are recycled or expire (the `serverLog` residue, always).
    public func reclaimErasedSpace(compact: Bool) throws -> Set<ErasureReport.Residue> {
        try pool.withConnection { connection in
            let session = PostgresSession(connection: connection)
            let settled = try Self.waitForOlderSnapshots(session)
            try session.execute("VACUUM \(compact ? "(FULL) " : "")\(Self.erasedTables.joined(separator: ", "))")
            return compact && settled ? [.serverLog] : [.freeSpace, .serverLog]
        }
    }

    /// Waits until no other session holds a snapshot older than now (one that may still see the
    /// erased rows) or runs a transaction begun before now, in any database: a snapshot taken
    /// later (autovacuum's ANALYZE after the erasure's big delete, say) starts at the oldest
    /// transaction still running anywhere, so such a transaction in another database would hold
    /// the erased rows back from VACUUM too. False when one still runs after `snapshotWait`.
    /// Sessions of other roles are invisible to a role without `pg_read_all_stats`, and not waited for.
    private static func waitForOlderSnapshots(_ session: PostgresSession) throws -> Bool {
        guard let now = try session.value("SELECT txid_current()", as: Int64.self) else { return true }
        let xid = String(now % 4_294_967_296)
        let deadline = Date().addingTimeInterval(snapshotWait)
        while true {
            let older = try session.value("""
                SELECT count(*) FROM pg_stat_activity
                WHERE pid <> pg_backend_pid()
                  AND ((backend_xmin IS NOT NULL AND age(backend_xmin) > age(?::text::xid))
                    OR (backend_xid IS NOT NULL AND age(backend_xid) > age(?::text::xid)))
                """, [xid, xid], as: Int64.self) ?? 0
            if older == 0 { return true }
            if Date() >= deadline { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
