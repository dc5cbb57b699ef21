import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The supervisor screen against a real store: every change it makes carries its audit row,
/// written in the same transaction, and what others commit shows without a key.
@Suite("Supervisor screen on a store")
struct SupervisorApplicationTests {
    /// The conversations pane of all queues, with the Persian customer's case selected.
    private static func persianSelected(_ app: SupervisorApplication) throws -> QueueItem {
        app.dispatch(.key(.enter))
        let index = try #require(app.state.conversations.firstIndex { $0.customerLanguage == .fa })
        for _ in 0..<index { app.dispatch(.key(.char("j"))) }
        return try #require(app.state.selectedConversation)
    }

    @Test func reassignmentPriorityQueueMoveAndBroadcastAreAudited() throws {
        let fixture = try SupervisorFixture()
        let app = try fixture.screen(size: Size(width: 160, height: 45))
        let item = try Self.persianSelected(app)
        #expect(item.conversation.assignee == fixture.sara.id)

        // a, then Mina (the pickers lists others first, by login: dana, jun, mina).
        app.dispatch(.key(.char("a")))
        let mina = try #require(app.state.picker?.choices.firstIndex { if case .agent(let a?) = $0 { a.id == fixture.mina.id } else { false } })
        for _ in 0..<mina { app.dispatch(.key(.char("j"))) }
        app.dispatch(.key(.enter))
        #expect(app.state.statusMessage?.text == "#\(item.id) reassigned to @mina.")
        #expect(try fixture.store.conversation(item.id)?.assignee == fixture.mina.id)
        #expect(app.state.selectedConversation?.conversation.assignee == fixture.mina.id, "the list was read again")

        app.dispatch(.key(.char("p")))
        app.dispatch(.key(.char("g")))
        app.dispatch(.key(.enter))
        #expect(try fixture.store.conversation(item.id)?.priority == .urgent)

        app.dispatch(.key(.char("m")))
        app.dispatch(.key(.char("G")))
        app.dispatch(.key(.enter))
        for character in "vip" { app.dispatch(.key(.char(character))) }
        app.dispatch(.key(.enter))
        #expect(try fixture.store.conversation(item.id)?.queue == "vip")

        app.dispatch(.key(.char("b")))
        for character in "Billing is down until 15:00." { app.dispatch(.key(.char(character))) }
        app.dispatch(.key(.enter))
        #expect(try fixture.store.broadcasts(after: nil, limit: 10).map(\.text) == ["Billing is down until 15:00."])

        let audit = try fixture.store.auditLog(since: nil, limit: 20)
        let id = item.id.rawValue
        #expect(audit.map(\.action) == [.reassign, .changePriority, .moveQueue, .broadcast])
        #expect(audit.allSatisfy { $0.actor == "olga" && $0.role == .supervisor && $0.at == SupervisorFixture.now })
        #expect(audit.map(\.detail) == ["from @sara to @mina", "from high to urgent", "from billing to vip", "#1 to every agent"])
        #expect(audit.prefix(3).allSatisfy { $0.subjectKind == .conversation && $0.subjectID == id })
        #expect(audit[3].subjectKind == .store)
        // No customer's name or words in any of them.
        #expect(!audit.contains { $0.detail.contains("مریم") || $0.detail.contains("Billing") })
    }

    @Test func aReassignmentOverSomeoneElsesChangeIsRefusedAndNotAudited() throws {
        let fixture = try SupervisorFixture()
        let app = try fixture.screen(size: Size(width: 80, height: 24))
        let item = try Self.persianSelected(app)
        app.dispatch(.key(.char("a")))
        // Meanwhile someone else unassigns it, from another process.
        _ = try fixture.store.write { try $0.assign(conversation: item.id, to: nil, expectedVersion: nil) }
        app.dispatch(.key(.enter))
        #expect(app.state.statusMessage?.kind == .error)
        #expect(app.state.statusMessage?.text.contains("changed while you chose") == true)
        #expect(try fixture.store.conversation(item.id)?.assignee == nil)
        #expect(try fixture.store.auditLog(since: nil, limit: 10).isEmpty)
        #expect(app.state.selectedConversation?.conversation.assignee == nil, "shown as it is now")
    }

    @Test func openingATimelineAuditsTheViewOfTheCustomer() throws {
        let fixture = try SupervisorFixture()
        let app = try fixture.screen(size: Size(width: 80, height: 24))
        let item = try Self.persianSelected(app)
        app.dispatch(.key(.enter))
        let timeline = try #require(app.state.timeline)
        #expect(timeline.conversation.id == item.id && timeline.detail.messages.count == 2)
        let audit = try fixture.store.auditLog(since: nil, limit: 10)
        #expect(audit.map(\.action) == [.viewCustomer])
        #expect(audit.first?.subjectKind == .customer && audit.first?.subjectID == item.conversation.customerID.rawValue)
        #expect(audit.first?.detail == "supervise #\(item.id)")
        // Nothing typed here reaches the store.
        for key: Key in [.char("a"), .char("p"), .char("m"), .char("b"), .char("r"), .enter] { app.dispatch(.key(key)) }
        #expect(try fixture.store.auditLog(since: nil, limit: 10).count == 1)
        #expect(try fixture.store.broadcasts(after: nil, limit: 10).isEmpty)
    }

    @Test func anotherProcesssMessageChangesTheWaitingCountWithoutAKey() throws {
        let fixture = try SupervisorFixture()
        let app = try fixture.screen(size: Size(width: 80, height: 24))
        let before = app.state.overview.total.waiting
        let other = try SQLiteStore(path: fixture.store.path)
        _ = try other.ingest(InboundEvent(channel: .chat, providerID: "live-1", occurredAt: SupervisorFixture.ago(1),
                                          customer: CustomerHints(identities: [.email("new@example.kr")!],
                                                                  name: PersonName(displayName: "최지우"), language: .ko),
                                          text: "환불 문의드립니다.", thread: ThreadHints(chatSessionID: "live")))
        #expect(SupervisorFixture.text(app).contains("\(before) waiting"))
        app.storeChanges.raise()
        #expect(try app.handle(.wakeup) == .continue)
        #expect(app.state.overview.total.waiting == before + 1)
        #expect(SupervisorFixture.text(app).contains("\(before + 1) waiting"))
        #expect(app.state.conversations.contains { $0.customerName.displayName == "최지우" })
        // A wake-up with nothing raised reads nothing.
        #expect(try app.handle(.wakeup) == .unchanged)
    }
}
