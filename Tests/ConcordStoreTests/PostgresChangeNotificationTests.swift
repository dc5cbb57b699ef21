import Foundation
import Synchronization
import Testing
import ConcordStore
import ConversationEngine

/// On PostgreSQL a commit tells the watching screens what it changed: the customers an ingest
/// stored for (so fifty consoles do not each read everything again for one message), presence
/// alone, or anything for every other write; a commit that changed nothing on screen (only
/// duplicates) wakes nobody. SQLite's change counter cannot tell and always says anything.
@Suite("What a commit tells the watching screens")
struct PostgresChangeNotificationTests {
    /// Collects what a watch on another store on the same database hears.
    private final class Heard: Sendable {
        let changes = Mutex<[StoreChange]>([])
        var all: [StoreChange] { changes.withLock { $0 } }

        /// Waits up to `seconds` for `count` changes (or, with none expected, the whole time).
        func wait(for count: Int, within seconds: Double = 1) -> [StoreChange] {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline, all.count < max(count, 1) || count == 0 { Thread.sleep(forTimeInterval: 0.01) }
            return all
        }

        func clear() { changes.withLock { $0.removeAll() } }
    }

    private static func watching(_ fixture: StoreFixture) throws -> (Heard, any StoreChangeWatch) {
        let heard = Heard()
        let watch = try fixture.another().watchChanges { change in heard.changes.withLock { $0.append(change) } }
        Thread.sleep(forTimeInterval: 0.1)
        return (heard, watch)
    }

    private static func customer(_ outcome: IngestOutcome) throws -> CustomerID {
        guard case .stored(let receipt) = outcome else { throw StoreError.notFound(what: "stored message", id: "\(outcome)") }
        return receipt.customerID
    }

    @Test func anIngestNamesTheCustomersItStoredFor() throws {
        let fixture = try StoreFixture(.postgres)
        let (heard, watch) = try Self.watching(fixture)
        defer { watch.stop() }
        let results = try fixture.store.ingest([
            StoreFixture.event(.sms, identity: .phone("+14155550301")!, id: "n-1", text: "Hello?"),
            StoreFixture.event(.chat, identity: .email("mina@example.com")!, id: "n-2", text: "안녕하세요, 주문 문의입니다."),
        ])
        let customers = Set(try results.map { try Self.customer(try $0.get()) })
        #expect(heard.wait(for: 1) == [.customers(customers)], "one notification per transaction, naming both customers")
    }

    @Test func onlyDuplicatesWakeNobody() throws {
        let fixture = try StoreFixture(.postgres)
        let event = StoreFixture.event(.sms, identity: .phone("+14155550302")!, id: "dup-1", text: "Again?")
        _ = try fixture.store.ingest(event)
        let (heard, watch) = try Self.watching(fixture)
        defer { watch.stop() }
        #expect(try fixture.store.ingest(event).isDuplicate)
        #expect(heard.wait(for: 0, within: 0.4).isEmpty)
    }

    @Test func keepingTheSourceBytesWithTheMessageStillNamesJustTheCustomer() throws {
        let fixture = try StoreFixture(.postgres)
        let (heard, watch) = try Self.watching(fixture)
        defer { watch.stop() }
        let customer = try fixture.store.write { writer in
            let kept = try writer.keepRawSource(RawBytes(uncompressed: Data("{\"text\":\"Привет\"}".utf8)), digest: "d-1",
                                                format: "json", origin: "webhook", receivedAt: nil, at: StoreFixture.at(0))
            try writer.beginAttempt(on: kept.id)
            let outcome = try writer.ingest(StoreFixture.event(.chat, identity: .email("oleg@example.ru")!, id: "src-1", text: "Привет"),
                                            rawSource: kept.id)
            try writer.finishRawSource(kept.id, state: .ingested, reason: nil, warnings: [], events: 1)
            return try Self.customer(outcome)
        }
        #expect(heard.wait(for: 1) == [.customers([customer])])
    }

    @Test func anyOtherWriteSaysAnything() throws {
        let fixture = try StoreFixture(.postgres)
        let stored = try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+14155550303")!, id: "w-1", text: "Hi"))
        let (heard, watch) = try Self.watching(fixture)
        defer { watch.stop() }
        try fixture.store.write { writer in
            guard case .stored(let receipt) = stored else { return }
            _ = try writer.setPriority(conversation: receipt.conversationID, to: .urgent, at: StoreFixture.at(1), expectedVersion: nil)
        }
        #expect(heard.wait(for: 1) == [.anything])
    }

    @Test func presenceAloneSaysPresence() throws {
        let fixture = try StoreFixture(.postgres)
        guard case .stored(let stored) = try fixture.store.ingest(StoreFixture.event(
            .email, identity: .email("sara@example.ir")!, id: "p-1", text: "سلام، سفارش من کجاست؟")) else {
            Issue.record("not stored")
            return
        }
        let agent = try fixture.store.write {
            try $0.upsertAgent(login: "dana", name: "Dana Lee", languages: [.en, .fa], role: .agent, team: "support")
        }
        let (heard, watch) = try Self.watching(fixture)
        defer { watch.stop() }
        try fixture.store.reportPresence(agent: agent.id, conversation: stored.conversationID, activity: .viewing, at: StoreFixture.at(0))
        #expect(heard.wait(for: 1) == [.presence])
        heard.clear()
        // The same place again, a heartbeat: nothing changed, nobody is woken.
        try fixture.store.reportPresence(agent: agent.id, conversation: stored.conversationID, activity: .viewing, at: StoreFixture.at(0.1))
        #expect(heard.wait(for: 0, within: 0.4).isEmpty)
    }

    @Test func sqliteCannotTellAndSaysAnything() throws {
        let fixture = try StoreFixture(.sqlite)
        let (heard, watch) = try Self.watching(fixture)
        defer { watch.stop() }
        _ = try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+14155550304")!, id: "s-1", text: "Hi"))
        #expect(heard.wait(for: 1) == [.anything])
    }
}
