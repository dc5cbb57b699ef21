import Foundation
import GRDB

/// Folds the write-ahead log into the database file from a thread of its own while a bulk
/// load writes, instead of in the writer's commits (SQLite's automatic checkpoint runs in the
/// committing thread, and the writer is the thread every ingested item waits for).
///
/// A passive checkpoint never waits for the writer or blocks it. It cannot finish, though,
/// while the writer keeps appending, and SQLite only starts the log again from its beginning
/// after a checkpoint that folded every frame: with the writer's own automatic checkpoint off,
/// the log grew by every page the load wrote (130 MB for 20,000 messages). So the writer keeps
/// its everyday automatic checkpoint: when it comes due this thread has folded most of the
/// log, the writer folds only the rest, and the log starts over (at most 32 MB).
final class BackgroundCheckpointer: Sendable {
    private let connection: DatabaseQueue
    /// Signalled to stop: the thread waits on it between checkpoints, so stopping is immediate.
    private let stopping = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    /// How often the log is folded.
    static let interval: TimeInterval = 0.25

    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(1)
        configuration.label = "concord.checkpoint"
        connection = try DatabaseQueue(path: path, configuration: configuration)
        let thread = Thread { [self] in
            while stopping.wait(timeout: .now() + Self.interval) == .timedOut {
                // A checkpoint that cannot run now (a reader holds old pages) runs next time.
                _ = try? connection.inDatabase { try $0.checkpoint(.passive) }
            }
            finished.signal()
        }
        thread.name = "concord.checkpoint"
        thread.start()
    }

    /// Stops the thread at once, not at its next checkpoint.
    func stop() {
        stopping.signal()
        finished.wait()
    }
}
