import Foundation
import GRDB
import Synchronization

/// Folds the write-ahead log into the database file from a thread of its own while a bulk
/// load writes, instead of in the writer's commits (SQLite's automatic checkpoint runs in the
/// committing thread, and the writer is the thread every ingested item waits for).
///
/// A passive checkpoint never waits for the writer or blocks it. It cannot finish, though,
/// while the writer keeps appending, and SQLite only starts the log again from its beginning
/// after a checkpoint that folded every frame: left alone, the log grew by every page the
/// load wrote (130 MB for 20,000 messages), each a new page of a new file for the kernel, and
/// deleting it at the end cost a tenth of a second. So the writer keeps a small automatic
/// checkpoint of its own (`writerCheckpointPages`): this thread has folded most of the log by
/// then, the writer folds only the rest, and the log starts over at 8 MB.
final class BackgroundCheckpointer: Sendable {
    private let pool: DatabasePool
    private let connection: DatabaseQueue
    private let stopped = Mutex(false)
    /// Signalled to stop: the thread waits on it between checkpoints, so stopping is immediate.
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    /// How often the log is folded: often enough to keep it to a few megabytes at ingest speed.
    static let interval: TimeInterval = 0.25
    /// The writer's automatic checkpoint while this runs, in pages (8 MB).
    static let writerCheckpointPages = 2048

    init(path: String, pool: DatabasePool) throws {
        self.pool = pool
        var configuration = Configuration()
        configuration.busyMode = .timeout(1)
        configuration.label = "concord.checkpoint"
        connection = try DatabaseQueue(path: path, configuration: configuration)
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.writerCheckpointPages)") }
        let thread = Thread { [self] in
            while !stopped.withLock({ $0 }) {
                if wake.wait(timeout: .now() + Self.interval) == .success { break }
                // A checkpoint that cannot run now (a reader holds old pages) runs next time.
                _ = try? connection.inDatabase { try $0.checkpoint(.passive) }
            }
            finished.signal()
        }
        thread.name = "concord.checkpoint"
        thread.start()
    }

    /// Stops the thread (at once, not at its next checkpoint) and gives the writer its
    /// everyday automatic checkpoint back.
    func stop() {
        stopped.withLock { $0 = true }
        wake.signal()
        finished.wait()
        try? pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = \(SQLiteStore.autocheckpointPages)") }
    }
}
