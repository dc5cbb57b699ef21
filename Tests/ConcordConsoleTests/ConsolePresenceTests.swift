import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConcordTestSupport
import ConversationEngine

/// Working side by side: the console says where its agent is, shows who else is on the same
/// customer (the same conversation or another channel), writes each customer it shows to the
/// audit log once, and shows supervisors' broadcasts as they arrive.
@Suite("Console presence and broadcasts")
struct ConsolePresenceTests {
    static let directory = GoldenFile.snapshotDirectory(forTestFile: #filePath)
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 45)]

    private static func colleague(_ login: String, _ name: String, in store: any Store) throws -> Agent {
        try store.write { try $0.upsertAgent(login: login, name: name, languages: [.ko, .zh, .fa], role: .agent, team: "support") }
    }

    @Test func theConsoleReportsWhereItsAgentIsAndWhenTheyStartWriting() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        try ConsoleReplyTests.select("王小明", in: app)
        let conversation = try #require(app.state.focusedConversation)
        let customer = try #require(app.state.detail?.customer.id)
        let seen = try fixture.store.presence(of: customer, freshSince: ConsoleFixture.ago(1))
        #expect(seen.map(\.login) == ["dana"] && seen.first?.conversation == conversation && seen.first?.activity == .viewing)
        app.dispatch(.key(.char("r")))
        #expect(app.state.isEditingDraft)
        #expect(try fixture.store.presence(of: customer, freshSince: ConsoleFixture.ago(1)).first?.activity == .drafting)
        // The view is in the audit log once, however often the customer is shown again.
        app.dispatch(.key(.escape))
        for _ in 0..<4 where app.state.focus != .queue { app.dispatch(.key(.tab)) }
        try ConsoleReplyTests.select("Sarah Miller", in: app)
        try ConsoleReplyTests.select("王小明", in: app)
        let views = try fixture.store.auditLog(since: nil, limit: 100).filter { $0.action == .viewCustomer }
        #expect(views.filter { $0.subjectID == customer.rawValue }.count == 1)
        #expect(views.allSatisfy { $0.actor == "dana" && $0.subjectKind == .customer && $0.detail == "console" })
    }

    @Test func aColleagueOnTheSameCustomerShowsInTheTimelineTitleUntilTheyLeave() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        // Her old email case is resolved; the Telegram one is open.
        try ConsoleReplyTests.select("Иванова Анна Сергеевна", in: app)
        let mina = try Self.colleague("mina", "박민아", in: fixture.store)
        let omar = try Self.colleague("omar", "Omar Haddad", in: fixture.store)
        let other = try #require(app.state.detail?.conversations.first { $0.id != app.state.focusedConversation })
        try fixture.store.reportPresence(agent: mina.id, conversation: app.state.focusedConversation, activity: .drafting,
                                         at: ConsoleFixture.now)
        try fixture.store.reportPresence(agent: omar.id, conversation: other.id, activity: .viewing, at: ConsoleFixture.ago(0.2))
        app.storeChanges.raise()
        _ = try app.handle(.wakeup)
        #expect(app.state.team.others.map(\.login) == ["mina", "omar"])
        let screen = ConsoleFixture.screen(app)
        #expect(screen.contains("Also here: 박민아 writing, Omar Haddad viewing #\(other.id) \(other.originChannel.rawValue)"))
        // They close their consoles: the title is clear again at the next look.
        try fixture.store.reportPresence(agent: mina.id, conversation: nil, activity: .viewing, at: ConsoleFixture.now)
        try fixture.store.reportPresence(agent: omar.id, conversation: nil, activity: .viewing, at: ConsoleFixture.now)
        app.storeChanges.raise()
        _ = try app.handle(.wakeup)
        #expect(!ConsoleFixture.screen(app).contains("Also here"))
    }

    @Test func aStaleReportIsNotShown() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        try ConsoleReplyTests.select("Sarah Miller", in: app)
        let mina = try Self.colleague("mina", "Mina Park", in: fixture.store)
        try fixture.store.reportPresence(agent: mina.id, conversation: app.state.focusedConversation, activity: .viewing,
                                         at: ConsoleFixture.now.addingTimeInterval(-Presence.freshness - 1))
        app.storeChanges.raise()
        _ = try app.handle(.wakeup)
        #expect(app.state.team.others.isEmpty)
    }

    @Test func aBroadcastForTheAgentsTeamShowsOnTheStatusLineAsItArrives() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        let lead = try fixture.store.write {
            try $0.upsertAgent(login: "lead", name: "Team Lead", languages: [.en], role: .supervisor, team: "support")
        }
        // An old note from before the console started is not news.
        _ = try fixture.store.write { try $0.broadcast("Yesterday's note", team: nil, from: lead, at: ConsoleFixture.ago(60 * 24)) }
        app.dispatch(.tick(ConsoleFixture.now))
        #expect(app.state.statusMessage == nil)
        _ = try fixture.store.write { try $0.broadcast("Billing notes go to #billing", team: "billing", from: lead, at: ConsoleFixture.now) }
        _ = try fixture.store.write {
            try $0.broadcast("결제 시스템 점검 중: 환불 약속은 15시 이후로", team: "support", from: lead, at: ConsoleFixture.now)
        }
        app.storeChanges.raise()
        _ = try app.handle(.wakeup)
        #expect(app.state.statusMessage?.text == "Broadcast from Team Lead: 결제 시스템 점검 중: 환불 약속은 15시 이후로")
        #expect(ConsoleFixture.screen(app).contains("Broadcast from Team Lead"))
    }

    @Test(arguments: sizes)
    func colleaguesOnKoreanChineseAndPersianCustomers(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        let mina = try Self.colleague("mina", "박민아", in: fixture.store)
        let li = try Self.colleague("lina", "李娜", in: fixture.store)
        let sara = try Self.colleague("sara", "سارا رضایی", in: fixture.store)
        var screens: [String] = []
        for (name, colleague, activity) in [("김민지", mina, Presence.Activity.drafting), ("王小明", li, .viewing),
                                            ("مریم احمدی", sara, .drafting)] {
            try ConsoleReplyTests.select(name, in: app)
            let focused = try #require(app.state.focusedConversation)
            try fixture.store.reportPresence(agent: colleague.id, conversation: focused, activity: activity, at: ConsoleFixture.now)
            app.storeChanges.raise()
            _ = try app.handle(.wakeup)
            screens.append("── \(name) ──\n" + ConsoleFixture.screen(app))
        }
        GoldenFile.assertMatches(screens.joined(separator: "\n"), named: "presence-\(size.width)x\(size.height)", directory: Self.directory)
    }
}
