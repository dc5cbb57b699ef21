import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Another agent's claim and a message another process stored reach an open console at its
/// next wake-up when the store's change watch fires, without a key or a timer tick.
@Suite("Console live updates")
struct ConsoleLiveUpdateTests {
    @Test func anotherAgentsClaimAndANewMessageShowAtTheNextWakeUp() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        let first = try #require(app.state.queue.rows.first)
        #expect(first.conversation.assignee == nil)

        // Someone else, through a store of their own on the same file.
        let other = try SQLiteStore(path: fixture.store.path)
        let agent = try other.write { try $0.upsertAgent(login: "omar", name: "Omar Haddad", languages: [.fa], role: .agent, team: "support") }
        _ = try other.claim(first.id, for: agent.id)
        _ = try other.ingest(InboundEvent(
            channel: .sms, providerID: "live-sms", occurredAt: ConsoleFixture.now,
            customer: CustomerHints(identities: [.phone("+14155550199")!], name: PersonName(displayName: "Live Caller")),
            text: "Are you there?", priority: .urgent))

        // Nothing changes on a wake-up nobody asked for.
        #expect(try app.handle(.wakeup) == .unchanged)
        #expect(app.state.queue.rows.first { $0.id == first.id }?.conversation.assignee == nil)

        app.storeChanges.raise()
        #expect(try app.handle(.wakeup) == .continue)
        #expect(app.state.queue.rows.first { $0.id == first.id }?.conversation.assignee == agent.id)
        #expect(app.state.queue.rows.contains { $0.customerName.displayName == "Live Caller" })
        #expect(ConsoleFixture.screen(app).contains("Live Caller"))
    }
}
