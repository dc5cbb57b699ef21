import Foundation
import ConcordStore
import Synchronization

/// Watches a PostgreSQL store for commits by any Concord process, on any machine: every write
/// transaction sends a notification on `channel` as it commits (`PostgresStore.transaction`),
/// saying what it changed (`PostgresChangeNotification`), and this watch LISTENs on a
/// connection of its own. The notification arrives within
/// milliseconds on a local network, well inside the half second a console has to show another
/// machine's message.
///
/// A lost connection (the server restarted, a network blip) is reopened every quarter second
/// until it works, and `onChange` is called once it does: notifications sent while nobody
/// listened are gone, so the console looks again.
final class PostgresChangeWatch: StoreChangeWatch {
    /// The notification channel every write transaction notifies.
    static let channel = "concord_changes"
    static let retryInterval: TimeInterval = 0.25

    /// Shared with the watching thread (which must not keep the watch itself alive).
    private final class Flag: Sendable {
        let stopped = Atomic<Bool>(false)
    }
    private let flag = Flag()
    private let finished = DispatchSemaphore(value: 0)

    /// Connects and listens before returning, so a store that cannot be watched says so now.
    init(url: PostgresDatabaseURL, onChange: @escaping @Sendable (StoreChange) -> Void) throws {
        let flag = flag
        let notify: @Sendable (String) -> Void = { payload in
            if !flag.stopped.load(ordering: .acquiring) { onChange(PostgresChangeNotification.change(from: payload)) }
        }
        let first = try BlockingPostgresConnection(url)
        try first.listen(Self.channel, handler: notify)
        let finished = finished
        let thread = Thread {
            defer { finished.signal() }
            var connection: BlockingPostgresConnection? = first
            while !flag.stopped.load(ordering: .acquiring) {
                Thread.sleep(forTimeInterval: Self.retryInterval)
                if connection?.isUsable == true { continue }
                connection?.close()
                connection = try? BlockingPostgresConnection(url)
                do {
                    try connection?.listen(Self.channel, handler: notify)
                    // What was sent while nobody listened is unknown: everything is read again.
                    if connection != nil { notify("*") }
                } catch {
                    connection?.close()
                    connection = nil
                }
            }
            connection?.close()
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

extension PostgresStore {
    public func watchChanges(_ onChange: @escaping @Sendable (StoreChange) -> Void) throws -> any StoreChangeWatch {
        try PostgresChangeWatch(url: url, onChange: onChange)
    }
}
