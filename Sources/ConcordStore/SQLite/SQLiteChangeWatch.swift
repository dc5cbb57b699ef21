import Foundation
import GRDB
import Synchronization

/// Watches a SQLite store for commits by other connections (other consoles, `concord ingest`,
/// the receiver) by polling `PRAGMA data_version` on a connection of its own every 100 ms:
/// the counter changes only when someone else commits, and reading it touches no table, so
/// the poll costs microseconds.
final class SQLiteChangeWatch: StoreChangeWatch {
    static let interval: TimeInterval = 0.1
    /// Shared with the polling thread (which must not keep the watch itself alive).
    private final class Flag: Sendable {
        let stopped = Atomic<Bool>(false)
    }
    private let flag = Flag()
    private let finished = DispatchSemaphore(value: 0)

    init(path: String, onChange: @escaping @Sendable (StoreChange) -> Void) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "concord.watch"
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let flag = flag
        let finished = finished
        let interval = Self.interval
        let thread = Thread {
            defer { finished.signal() }
            var last = try? queue.read { try Int.fetchOne($0, sql: "PRAGMA data_version") }
            while !flag.stopped.load(ordering: .acquiring) {
                Thread.sleep(forTimeInterval: interval)
                guard let now = try? queue.read({ try Int.fetchOne($0, sql: "PRAGMA data_version") }) else { continue }
                if now != last {
                    last = now
                    // The counter says that someone committed, not what: everything is read again.
                    if !flag.stopped.load(ordering: .acquiring) { onChange(.anything) }
                }
            }
        }
        thread.name = "concord.watch"
        thread.start()
    }

    deinit { stop() }

    func stop() {
        guard !flag.stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        finished.wait()
    }
}

extension SQLiteStore {
    public func watchChanges(_ onChange: @escaping @Sendable (StoreChange) -> Void) throws -> any StoreChangeWatch {
        do { return try SQLiteChangeWatch(path: path, onChange: onChange) } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: path)
        }
    }
}
