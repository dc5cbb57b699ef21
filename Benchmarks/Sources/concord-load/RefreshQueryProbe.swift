import Foundation
import ConcordConsole
import ConcordPostgres
import ConcordStore
import ConversationEngine
import Synchronization

/// Times, under the load, each store read a console's live refresh makes, on a connection of
/// its own, every `interval` seconds: so a slow refresh can be traced to the query that is slow
/// (or to there being too many refreshes), instead of guessed at.
final class RefreshQueryProbe: Sendable {
    /// The reads of one refresh, in the order the console makes them.
    static let names = ["queue (200 rows)", "queue count", "customer detail", "latest message id", "messages after",
                        "SLA of conversation", "presence", "broadcasts"]

    private let store: PostgresStore
    private let interval: Double
    private let samples = Mutex<[String: [UInt64]]>([:])
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    init(url: PostgresDatabaseURL, interval: Double) throws {
        store = try PostgresStore(url: url, connections: 1)
        self.interval = interval
    }

    func start() {
        Thread.detachNewThread { [self] in
            defer { finished.signal() }
            while !stopped.load(ordering: .acquiring) {
                Thread.sleep(forTimeInterval: interval)
                try? sample()
            }
        }
    }

    /// Stops and returns each read's durations (nanoseconds).
    func stop() -> [String: [UInt64]] {
        stopped.store(true, ordering: .releasing)
        finished.wait()
        return samples.withLock { $0 }
    }

    private func sample() throws {
        let now = Date()
        var timed: [String: UInt64] = [:]
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let began = Clock.now
            let result = try body()
            timed[name] = Clock.now - began
            return result
        }
        let query = QueueQuery(ordering: .dueFirst, limit: 200, offset: 0, asOf: now)
        let rows = try time(Self.names[0]) { try store.queue(query) }
        _ = try time(Self.names[1]) { try store.queueCount(query) }
        guard let first = rows.first else { return }
        _ = try time(Self.names[2]) { try DetailLoader.load(customer: first.conversation.customerID, from: store, now: now) }
        let latest = try time(Self.names[3]) { try store.latestMessageID() }
        _ = try time(Self.names[4]) { try store.messages(after: MessageID((latest?.rawValue ?? 0) - 20), limit: 50) }
        _ = try time(Self.names[5]) { try store.sla(of: first.id, policies: .standard) }
        _ = try time(Self.names[6]) {
            try store.presence(of: first.conversation.customerID, freshSince: now.addingTimeInterval(-Presence.freshness))
        }
        _ = try time(Self.names[7]) { try store.broadcasts(after: 0, limit: 50) }
        samples.withLock { samples in for (name, value) in timed { samples[name, default: []].append(value) } }
    }
}
