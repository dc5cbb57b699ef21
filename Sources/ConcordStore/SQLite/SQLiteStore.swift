import Foundation
import GRDB
import Synchronization
import ConversationEngine

/// The embedded store: one SQLite file in WAL mode (readers never block the writer), with
/// foreign keys, a busy timeout for concurrent consoles, versioned migrations, and a
/// full-text index that works in all five languages.
///
/// ```swift
/// let store = try SQLiteStore(path: StoreLocation.defaultPath())
/// try store.ingest(event)
/// let rows = try store.queue(QueueQuery())
/// ```
public final class SQLiteStore: Store, Sendable {
    public let path: String
    let pool: DatabasePool
    let planner: IngestPlanner
    public var ingestPlanner: IngestPlanner { planner }
    let searchIndex: SearchIndex
    /// What the store does on its own: acknowledgements, follow-ups, survey answers.
    let automation: StoreAutomation
    /// Depth of `bulk` calls in progress: while above zero, indexing runs in the background.
    private let bulkDepth = Mutex(0)

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// - Throws: `StoreError` saying what is wrong with the path or file.
    /// - Parameter automation: acknowledgements and follow-ups; none by default (demo data and
    ///   tests never queue messages unless asked to).
    /// - Parameter durability: `.processCrash` (the default) survives a killed process, which is
    ///   what a console or a bulk ingest needs; `.powerLoss` makes every commit wait for the disk,
    ///   for a receiver whose acknowledgement tells a provider it may forget the message.
    public init(path: String, planner: IngestPlanner = IngestPlanner(), readOnly: Bool = false,
                automation: StoreAutomation = .off, durability: CommitDurability = .processCrash) throws {
        self.path = path
        self.planner = planner
        self.automation = automation
        try Self.checkLocation(path, readOnly: readOnly)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.readonly = readOnly
        configuration.label = "concord"
        configuration.prepareDatabase { db in
            try db.execute(sql: durability == .powerLoss ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL")
            // The writer keeps 32 MB of pages hot for ingest; a reader (the console's queries) 8 MB:
            // the operating system caches the file anyway, and each reader of the pool has its own
            // cache, which at 32 MB apiece was most of the console's memory at 1,000,000 messages.
            try db.execute(sql: db.configuration.readonly ? "PRAGMA cache_size = -8192" : "PRAGMA cache_size = -\(Self.writerCacheKiB)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.autocheckpointPages)")
            // Each ingested item is a savepoint; its statement journal holds only the pages that
            // item touched, so memory is bounded, and keeping it off disk saves a write of every
            // page twice (it was 1 GB of writes for a 20,000-message Maildir).
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // Deleted and rewritten rows are zeroed inside their pages (no extra I/O), so page slack
            // never keeps an old copy of a row; an erasure zeroes the free pages too (see
            // SQLiteStore+Erasure).
            try db.execute(sql: "PRAGMA secure_delete = FAST")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            if durability == .powerLoss && !readOnly {
                // GRDB sets NORMAL on the writer after `prepareDatabase` when it enables WAL.
                try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            }
            let migrator = SQLiteSchema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: path)
            }
            if !readOnly { try migrator.migrate(pool) }
            searchIndex = try SearchIndex(storePath: path, readOnly: readOnly)
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: path)
        }
        if !readOnly {
            try catchUpSearchIndex()
            try recomputeDueTimesIfPolicyChanged()
        }
    }

    /// Every file of a store at `path` (the database, its search index, and their WAL and
    /// shared-memory files), for removing or moving a store as a whole.
    public static func files(at path: String) -> [String] {
        [path, SearchIndex.path(forStore: path)].flatMap { [$0, $0 + "-wal", $0 + "-shm"] }
    }

    /// Indexes messages the search index does not hold yet (after a crash during a bulk
    /// ingest, or a store from before the index had its own file).
    private func catchUpSearchIndex() throws {
        var through = try searchIndex.indexedThrough()
        while true {
            let messages = try read { db in
                try Row.fetchAll(db, sql: "SELECT \(RowDecoding.messageColumns) FROM messages m WHERE m.id > ? ORDER BY m.id LIMIT 2000",
                                 arguments: [through]).map(RowDecoding.message)
            }
            guard let last = messages.last else { return }
            try searchIndex.index(messages.map { SearchEntry(messageID: $0.id, text: SearchDocument.text(of: $0)) })
            through = last.id.rawValue
        }
    }

    /// Runs `body` (a bulk load of many transactions) with full-text indexing on its own
    /// thread, in parallel with the writes, and waits for the index to catch up before returning.
    public func bulk<T>(_ body: () throws -> T) throws -> T {
        let outermost = bulkDepth.withLock { depth -> Bool in
            depth += 1
            return depth == 1
        }
        defer { bulkDepth.withLock { $0 -= 1 } }
        // Without a second connection (an unusual file system) the writer checkpoints as always.
        let checkpointer = outermost ? try? BackgroundCheckpointer(path: path) : nil
        defer { checkpointer?.stop() }
        // A bulk load's writer keeps more of the growing file's pages: past the everyday cache
        // the indexes' pages were read back from the operating system for every insert, and the
        // writer, the one thread every item waits for, slowed as the store grew.
        if outermost { try? pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA cache_size = -\(Self.bulkCacheKiB)") } }
        defer { if outermost { try? pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)") } } }
        let result = try body()
        try searchIndex.waitForIndexing()
        return result
    }

    /// Refuses paths that cannot work before SQLite produces a vaguer message.
    private static func checkLocation(_ path: String, readOnly: Bool) throws {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw StoreError.cannotOpen(path: path, detail: "it is a directory") }
            if !readOnly && !manager.isWritableFile(atPath: path) { throw StoreError.notWritable(path: path) }
        } else {
            guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw StoreError.directoryMissing(path: path)
            }
            if readOnly { throw StoreError.cannotOpen(path: path, detail: "the file does not exist") }
        }
        if !readOnly && !manager.isWritableFile(atPath: directory) {
            // SQLite needs to create the -wal and -shm files next to the database.
            throw StoreError.notWritable(path: path)
        }
    }

    static func storeError(for error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: error.message ?? "not a database")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return .notWritable(path: path)
        default:
            return .cannotOpen(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs a read, mapping SQLite errors to `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: path)
        }
    }

    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T {
        let entries = SearchEntries()
        let result: T
        do {
            result = try pool.write { db in try body(SQLiteWriteSession(db: db, planner: planner, searchEntries: entries, automation: automation,
                                                                searchIndex: searchIndex)) }
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: path)
        }
        // Committed: now the messages may be indexed.
        if bulkDepth.withLock({ $0 }) > 0 {
            searchIndex.indexInBackground(entries.entries)
        } else {
            do { try searchIndex.index(entries.entries) } catch let error as DatabaseError {
                throw Self.storeError(for: error, path: searchIndex.path)
            }
        }
        return result
    }

    /// The writer folds the log into the file once it holds this many pages (32 MB).
    static let autocheckpointPages = 8192
    /// The writer's page cache, in KiB: every day, and during `bulk`.
    static let writerCacheKiB = 32_768
    static let bulkCacheKiB = 131_072

    /// Folds the write-ahead log back into the main file; used after bulk loads so the next
    /// start does not replay a large WAL.
    public func checkpoint() throws {
        do {
            _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            try searchIndex.checkpoint()
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: path)
        }
    }
}
