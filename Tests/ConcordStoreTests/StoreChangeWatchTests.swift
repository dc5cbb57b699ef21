import Foundation
import Synchronization
import Testing
import ConcordStore
import ConversationEngine

/// Live updates: a store watching for changes hears about another process's commit at once
/// (SQLite's change counter, PostgreSQL's LISTEN/NOTIFY), and stops when told.
@Suite("Live updates")
struct StoreChangeWatchTests {
    /// Waits up to `seconds` for `condition`, checking every 10 ms.
    private static func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return condition()
    }

    @Test(arguments: StoreKind.allCases)
    func anotherStoresCommitWakesTheWatch(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let console = try fixture.another()
        let calls = Mutex(0)
        let watch = try console.watchChanges { _ in calls.withLock { $0 += 1 } }
        defer { watch.stop() }
        Thread.sleep(forTimeInterval: 0.15)
        let before = calls.withLock { $0 }
        _ = try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+14155550177")!, id: "live-1", text: "Hello?"))
        // The console has half a second to show it; the watch must fire well inside that.
        #expect(Self.eventually(within: 0.4) { calls.withLock { $0 } > before })
        watch.stop()
        let stopped = calls.withLock { $0 }
        _ = try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+14155550177")!, id: "live-2", text: "Anyone?"))
        Thread.sleep(forTimeInterval: 0.3)
        #expect(calls.withLock { $0 } == stopped, "no calls after stop")
    }

    @Test(arguments: StoreKind.allCases)
    func aReadDoesNotWakeTheWatch(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        _ = try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+14155550178")!, id: "quiet-1", text: "Hi"))
        let calls = Mutex(0)
        let watch = try fixture.another().watchChanges { _ in calls.withLock { $0 += 1 } }
        defer { watch.stop() }
        Thread.sleep(forTimeInterval: 0.25)
        let settled = calls.withLock { $0 }
        for _ in 0..<5 { _ = try fixture.store.queue(QueueQuery()) }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(calls.withLock { $0 } == settled)
    }
}
