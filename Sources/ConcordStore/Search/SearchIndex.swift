import Foundation
import GRDB
import Synchronization
import ConversationEngine

/// The full-text index, in a database file of its own next to the store
/// (`concord.sqlite-search`), so that indexing runs on its own writer, in parallel with the
/// store's: bulk ingest uses both cores, and the store file stays smaller.
///
/// The index may trail the store by the messages of the last few transactions while a bulk
/// ingest runs; it records the highest message id it holds, and catches up on opening, so a
/// crash between the two never leaves a message unsearchable.
final class SearchIndex: Sendable {
    let path: String
    let pool: DatabasePool
    /// Indexing off the writer's thread, in commit order.
    private let queue = DispatchQueue(label: "concord.search-index")
    private let pending = DispatchGroup()
    private let failure = Mutex<(any Error)?>(nil)

    static func path(forStore storePath: String) -> String { storePath + "-search" }

    init(storePath: String, readOnly: Bool) throws {
        path = Self.path(forStore: storePath)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.readonly = readOnly
        configuration.label = "concord-search"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: db.configuration.readonly ? "PRAGMA cache_size = -4096" : "PRAGMA cache_size = -16384")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // As the store's: no old copies of index pages in page slack (see SQLiteStore+Erasure).
            try db.execute(sql: "PRAGMA secure_delete = FAST")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        if !readOnly {
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1-search") { db in
                try db.execute(sql: """
                    CREATE VIRTUAL TABLE message_search USING fts5(
                        body, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2');
                    CREATE TABLE index_state (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        indexed_through INTEGER NOT NULL
                    );
                    INSERT INTO index_state (id, indexed_through) VALUES (1, 0);
                    """)
            }
            try migrator.migrate(pool)
        }
    }

    /// The highest message id the index holds.
    func indexedThrough() throws -> Int64 {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT indexed_through FROM index_state WHERE id = 1") ?? 0 }
    }

    /// Indexes committed messages (ids increasing), now.
    func index(_ entries: [SearchEntry]) throws {
        guard let last = entries.last else { return }
        try pool.write { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO message_search (rowid, body) VALUES (?, ?)")
            for entry in entries {
                try insert.execute(arguments: [entry.messageID.rawValue, entry.text])
            }
            try db.execute(sql: "UPDATE index_state SET indexed_through = max(indexed_through, ?) WHERE id = 1",
                           arguments: [last.messageID.rawValue])
        }
    }

    /// Indexes committed messages on the index's own thread; `waitForIndexing` waits for it.
    func indexInBackground(_ entries: [SearchEntry]) {
        guard !entries.isEmpty else { return }
        queue.async(group: pending) { [self] in
            do { try index(entries) } catch {
                failure.withLock { $0 = $0 ?? error }
            }
        }
    }

    /// Waits until everything handed to `indexInBackground` is indexed; rethrows the first
    /// failure (the messages stay unindexed until the next catch-up).
    func waitForIndexing() throws {
        pending.wait()
        if let error = failure.withLock({ current -> (any Error)? in defer { current = nil }; return current }) {
            throw error
        }
    }

    /// Removes messages from the index (erasure, or messages rolled back).
    func remove(_ entries: [SearchEntry]) throws {
        try pool.write { db in
            let delete = try db.cachedStatement(sql: "INSERT INTO message_search (message_search, rowid, body) VALUES ('delete', ?, ?)")
            for entry in entries { try delete.execute(arguments: [entry.messageID.rawValue, entry.text]) }
        }
    }

    /// Message ids matching an FTS5 expression, newest first, older than `before` when given.
    func matches(_ expression: String, limit: Int, before: Int64?) throws -> [Int64] {
        try pool.read { db in
            if let before {
                return try Int64.fetchAll(db, sql: """
                    SELECT rowid FROM message_search WHERE message_search MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?
                    """, arguments: [expression, before, limit])
            }
            return try Int64.fetchAll(db, sql: """
                SELECT rowid FROM message_search WHERE message_search MATCH ? ORDER BY rowid DESC LIMIT ?
                """, arguments: [expression, limit])
        }
    }

    func count(_ expression: String) throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM message_search WHERE message_search MATCH ?", arguments: [expression]) ?? 0
        }
    }

    func checkpoint() throws {
        _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }
}

/// One message's text for the full-text index.
struct SearchEntry: Sendable {
    var messageID: MessageID
    var text: String
}
