import GRDB

/// What an erasure does to a SQLite file after deleting rows, so the file holds no copy of
/// them: pages freed earlier (while the store ran with `secure_delete = FAST`, which zeroes
/// rows inside pages but leaves freed pages as they were) are overwritten with zeros, and the
/// write-ahead log, which keeps old versions of pages until it is truncated, is emptied.
/// Without VACUUM: its cost follows the free pages, not the size of the store.
enum SQLiteFreePages {
    /// Overwrites every page on the free list with zeros: a filler table takes them all (SQLite
    /// allocates from the free list before growing the file) for a zero-filled blob, and gives
    /// them back. The file grows by at most a few pages.
    static func overwrite(in db: Database) throws {
        try db.inTransaction {
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
            try db.execute(sql: "CREATE TABLE concord_free_page_filler (zeros BLOB NOT NULL)")
            while let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count"), free > 0 {
                // 64 MB at a time: SQLite writes a zeroblob page by page without holding it in memory,
                // but its length is capped (SQLITE_MAX_LENGTH, 1 GB).
                try db.execute(sql: "INSERT INTO concord_free_page_filler (zeros) VALUES (zeroblob(?))",
                               arguments: [min(free, 16_384) * pageSize])
            }
            try db.execute(sql: "DROP TABLE concord_free_page_filler")
            return .commit
        }
    }

    /// Rewrites the whole file (a compacting erasure): with its temporary copy on disk, not in
    /// memory as the store's other temporary data, since it is as large as the file.
    static func vacuum(_ db: Database) throws {
        try db.execute(sql: "PRAGMA temp_store = FILE")
        defer { try? db.execute(sql: "PRAGMA temp_store = MEMORY") }
        try db.execute(sql: "VACUUM")
    }

    /// Copies the write-ahead log into the file and truncates it to nothing. Waits for readers
    /// (the busy timeout) a few times; returns false when some kept reading an older snapshot,
    /// so the log could not be emptied.
    static func emptyLog(_ db: Database) throws -> Bool {
        for _ in 0..<3 {
            do {
                try db.checkpoint(.truncate)
                return true
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                continue
            }
        }
        return false
    }
}
