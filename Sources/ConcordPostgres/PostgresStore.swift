import Foundation
import ConcordStore
import ConversationEngine

/// The shared store for team mode: one PostgreSQL database that every agent's console, the
/// supervisor's screen, the receiver and the importers use at once, from different machines.
///
/// It answers the same `Store` protocol, with the same results, as the embedded `SQLiteStore`
/// (one conformance suite runs against both). Reads run on any pooled connection. Writes run
/// in a transaction that first takes one advisory lock shared by every Concord process on the
/// database: the ingest planner reads (who owns this phone number, which conversation holds
/// this Message-ID) and then writes on what it read, exactly as SQLite's single writer lets it,
/// so two machines ingesting the same customer's messages cannot both create them. A write is
/// a few milliseconds on a local network; 20 messages a second and dozens of agents' clicks
/// leave the lock idle most of the time (see the load benchmark in the README).
///
/// ```swift
/// let store = try PostgresStore(url: PostgresDatabaseURL("postgres://concord@db1/concord"))
/// ```
public final class PostgresStore: Store, Sendable {
    public let url: PostgresDatabaseURL
    let pool: PostgresConnectionPool
    let planner: IngestPlanner
    public var ingestPlanner: IngestPlanner { planner }
    /// What the store does on its own: acknowledgements, follow-ups, survey answers.
    let automation: StoreAutomation

    /// Names the writers' advisory lock among the database's advisory locks.
    static let writerLock: Int64 = 0x434F_4E43_5752_54  // "CONCWRT"

    /// Connects to the database at `url` and brings its schema up to date (see `PostgresMigrator`).
    /// - Throws: `PostgresFailure` saying why the server could not be reached or migrated.
    /// - Parameter connections: at most this many connections are open at once.
    public init(url: PostgresDatabaseURL, planner: IngestPlanner = IngestPlanner(), automation: StoreAutomation = .off,
                connections: Int = 4) throws {
        self.url = url
        self.planner = planner
        self.automation = automation
        pool = PostgresConnectionPool(url, capacity: max(1, connections))
        try pool.withConnection { connection in _ = try PostgresMigrator.migrate(connection) }
        try recomputeDueTimesIfPolicyChanged()
    }

    /// Runs reads on one pooled connection (autocommit: each statement sees the latest commits).
    func read<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try pool.withConnection { try body(PostgresSession(connection: $0)) }
    }

    /// Runs reads in one read-only transaction, so they see one moment of the database.
    func readConsistently<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try pool.withConnection { connection in
            let session = PostgresSession(connection: connection)
            try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let result = try body(session)
                try session.execute("COMMIT")
                return result
            } catch {
                _ = try? session.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs `body` in one transaction holding the writers' lock (see the type's documentation);
    /// other screens are told what it changed as far as its statements show (`PostgresChangeJournal`).
    func transaction<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try transaction(announcing: { _, noted in noted }, body)
    }

    /// Runs `body` in one transaction holding the writers' lock; `announcing` decides, from the
    /// result and what the journal noted, what other screens are told on commit (nil: nothing
    /// they show changed, and they are not woken).
    func transaction<T>(announcing: (T, StoreChange?) -> StoreChange?, _ body: (PostgresSession) throws -> T) throws -> T {
        try pool.withConnection { connection in
            let journal = PostgresChangeJournal()
            let session = PostgresSession(connection: connection, journal: journal)
            try session.execute("BEGIN")
            do {
                try session.execute("SELECT pg_advisory_xact_lock(?)", [Self.writerLock])
                let result = try body(session)
                // Delivered when (and only if) the transaction commits.
                if let change = announcing(result, journal.change) {
                    try session.execute("SELECT pg_notify(?, ?)",
                                        [PostgresChangeWatch.channel, PostgresChangeNotification.payload(for: change)])
                }
                try session.execute("COMMIT")
                return result
            } catch {
                _ = try? session.execute("ROLLBACK")
                throw error
            }
        }
    }

    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T {
        try transaction { session in
            try body(PostgresWriteSession(session: session, planner: planner, automation: automation))
        }
    }

    /// Search documents are written in each write's own transaction, so there is nothing to
    /// run in parallel or wait for.
    public func bulk<T>(_ body: () throws -> T) throws -> T {
        try body()
    }
}
