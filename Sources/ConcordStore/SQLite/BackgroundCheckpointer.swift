import Foundation
import GRDB
import Synchronization

/// Folds the write-ahead log into the database file from a thread of its own while a bulk
/// load writes, instead of in the writer's commits (SQLite's automatic checkpoint runs in the
/// committing thread, and the writer is the thread every ingested item waits for).
///
/// A passive checkpoint never waits for the writer or blocks it; the writer's automatic
/// checkpoint is off while this runs and back on when it stops.
final class BackgroundCheckpointer: Sendable {
    private let pool: DatabasePool
    private let connection: DatabaseQueue
    private let stopped = Mutex(false)
    private let finished = DispatchSemaphore(value: 0)
    /// How often the log is folded: often enough to keep it to a few megabytes at ingest speed.
    static let interval: TimeInterval = 0.25

    init(path: String, pool: DatabasePool) throws {
        self.pool = pool
        var configuration = Configuration()
        configuration.busyMode = .timeout(1)
        configuration.label = "concord.checkpoint"
        connection = try DatabaseQueue(path: path, configuration: configuration)
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        let thread = Thread { [self] in
            while !stopped.withLock({ $0 }) {
                Thread.sleep(forTimeInterval: Self.interval)
                // A checkpoint that cannot run now (a reader holds old pages) runs next time.
                _ = try? connection.inDatabase { try $0.checkpoint(.passive) }
            }
            finished.signal()
        }
        thread.name = "concord.checkpoint"
        thread.start()
    }

    /// Stops the thread and gives the writer its automatic checkpoint back.
    func stop() {
        stopped.withLock { $0 = true }
        finished.wait()
        try? pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = \(SQLiteStore.autocheckpointPages)") }
    }
}
