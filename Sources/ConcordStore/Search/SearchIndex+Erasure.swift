import GRDB

extension SearchIndex {
    /// Pages of merged index written per transaction while dropping deleted entries (about 4 MB),
    /// so indexing by other processes goes on between them.
    static let mergePages = 1_000

    /// Rewrites the index's file (a compacting erasure).
    func vacuum() throws {
        try pool.writeWithoutTransaction { db in try SQLiteFreePages.vacuum(db) }
    }

    /// Makes the index forget entries `remove` deleted, in its file as well as in its answers.
    ///
    /// FTS5 deletes by adding a "deleted" marker for each word, beside the entry's words in
    /// older segments, until a merge into the oldest segment drops both. This merges every
    /// segment into one (FTS5's 'merge' with a negative size, then positive sizes until nothing
    /// is left to merge, the incremental form of 'optimize'), with `secure_delete = ON` so the
    /// replaced segments' pages are zeroed, then zeroes the free pages and empties the log.
    /// - Returns: false when another process kept reading, so the log could not be emptied.
    func dropDeletedEntries() throws -> Bool {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            defer { try? db.execute(sql: "PRAGMA secure_delete = FAST") }
            try db.inTransaction {
                try db.execute(sql: "INSERT INTO message_search (message_search, rank) VALUES ('merge', ?)",
                               arguments: [-Self.mergePages])
                return .commit
            }
            while true {
                let before = db.totalChangesCount
                try db.inTransaction {
                    try db.execute(sql: "INSERT INTO message_search (message_search, rank) VALUES ('merge', ?)",
                                   arguments: [Self.mergePages])
                    return .commit
                }
                if db.totalChangesCount - before < 2 { break }
            }
            try SQLiteFreePages.overwrite(in: db)
            return try SQLiteFreePages.emptyLog(db)
        }
    }
}
