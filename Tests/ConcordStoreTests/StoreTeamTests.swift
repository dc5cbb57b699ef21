import Foundation
import Testing
import ConcordStore
import ConversationEngine

/// Working side by side, on both stores: agents' status and load, routing by language,
/// strategy and capacity, presence, broadcasts, queue moves and the audit log.
@Suite("Team")
struct StoreTeamTests {
    private static func agent(_ login: String, _ languages: [Language], team: String = "support", in store: any Store) throws -> Agent {
        try store.write { try $0.upsertAgent(login: login, name: login.capitalized, languages: languages, role: .agent, team: team) }
    }

    private static func arrive(_ store: any Store, number: Int, text: String, minutes: Double = 0) throws -> IngestReceipt {
        guard case .stored(let receipt) = try store.ingest(StoreFixture.event(
            .sms, identity: .phone("+1415555\(String(format: "%04d", number))")!, id: "sms-\(number)-\(minutes)", text: text,
            minutes: minutes)) else {
            throw StoreError.notFound(what: "receipt", id: "\(number)")
        }
        return receipt
    }

    private static func routing(_ router: ConversationRouter) -> StoreAutomation {
        StoreAutomation(acknowledgements: .off, followUps: .off, routing: router, clock: { StoreFixture.at(0) })
    }

    @Test(arguments: StoreKind.allCases)
    func anAgentStartsAvailableAndTheirTimeInStatusStartsWhenItChanges(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let mina = try Self.agent("mina", [.ko, .en], in: fixture.store)
        let fresh = try #require(try fixture.store.workloads().first)
        #expect(fresh.status == .available && fresh.statusSince == nil && fresh.capacity == AgentWorkload.defaultCapacity)
        #expect(fresh.load == 0)
        let away = try fixture.store.write { try $0.setAgentStatus(mina.id, to: .away, capacity: 3, at: StoreFixture.at(5)) }
        #expect(away.status == .away && away.statusSince == StoreFixture.at(5) && away.capacity == 3)
        // The same status again keeps the time; only the capacity changes.
        let again = try fixture.store.write { try $0.setAgentStatus(mina.id, to: .away, capacity: nil, at: StoreFixture.at(9)) }
        #expect(again.statusSince == StoreFixture.at(5) && again.capacity == 3)
        #expect(throws: StoreError.self) {
            try fixture.store.write { try $0.setAgentStatus(mina.id, to: nil, capacity: -1, at: StoreFixture.at(9)) }
        }
        #expect(throws: StoreError.notFound(what: "agent", id: AgentID(999).description)) {
            try fixture.store.write { try $0.setAgentStatus(AgentID(999), to: .busy, capacity: nil, at: StoreFixture.at(9)) }
        }
        // Load counts active conversations only.
        let receipt = try Self.arrive(fixture.store, number: 1, text: "Hello?")
        _ = try fixture.store.claim(receipt.conversationID, for: mina.id)
        #expect(try fixture.store.workloads().first?.load == 1)
        _ = try fixture.store.write {
            try $0.setStatus(conversation: receipt.conversationID, to: .resolved, at: StoreFixture.at(10), expectedVersion: nil)
        }
        #expect(try fixture.store.workloads().first?.load == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func aPersianMessageGoesToAnAgentWhoReadsPersian(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind, automation: Self.routing(ConversationRouter(strategy: .leastLoad)))
        let dana = try Self.agent("dana", [.en], in: fixture.store)
        let sara = try Self.agent("sara", [.fa, .en], in: fixture.store)
        let jun = try Self.agent("jun", [.zh, .ko], in: fixture.store)
        let persian = try Self.arrive(fixture.store, number: 1, text: "سلام، سفارش من هنوز نرسیده است")
        let english = try Self.arrive(fixture.store, number: 2, text: "Hi, where is my order?")
        let chinese = try Self.arrive(fixture.store, number: 3, text: "你好，我的退款什么时候到账？")
        let korean = try Self.arrive(fixture.store, number: 4, text: "안녕하세요, 환불은 언제 되나요?")
        #expect(try fixture.store.conversation(persian.conversationID)?.assignee == sara.id)
        // Least load: Sara has one already, so the English message goes to Dana.
        #expect(try fixture.store.conversation(english.conversationID)?.assignee == dana.id)
        #expect(try fixture.store.conversation(chinese.conversationID)?.assignee == jun.id)
        #expect(try fixture.store.conversation(korean.conversationID)?.assignee == jun.id)
        // A later message in an assigned conversation changes nothing.
        _ = try Self.arrive(fixture.store, number: 1, text: "لطفا کمک کنید", minutes: 1)
        #expect(try fixture.store.conversation(persian.conversationID)?.assignee == sara.id)
    }

    @Test(arguments: StoreKind.allCases)
    func nobodyReadingTheLanguageOrNoFreeSlotHoldsTheConversationUnassigned(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let dana = try Self.agent("dana", [.en], in: fixture.store)
        try fixture.store.write { _ = try $0.setAgentStatus(dana.id, to: nil, capacity: 1, at: StoreFixture.at(0)) }
        let router = ConversationRouter(strategy: .roundRobin)
        _ = try Self.arrive(fixture.store, number: 1, text: "Привет, где мой заказ?")
        _ = try Self.arrive(fixture.store, number: 2, text: "Where is my order?", minutes: 1)
        _ = try Self.arrive(fixture.store, number: 3, text: "And mine?", minutes: 2)
        let decisions = try fixture.store.routeWaiting(with: router, at: StoreFixture.at(3))
        #expect(decisions.count == 3)
        #expect(decisions[0].1 == .hold(reason: "nobody on team support reads Russian"))
        #expect(decisions[1].1 == .assign(dana.id))
        #expect(decisions[2].1 == .hold(reason: "every available English-reading agent of team support is at capacity"))
        // Away agents take nothing; the fallback gives any language to an available agent.
        try fixture.store.write { _ = try $0.setAgentStatus(dana.id, to: nil, capacity: 5, at: StoreFixture.at(4)) }
        let fallback = ConversationRouter(strategy: .roundRobin, fallsBackToAnyLanguage: true)
        let second = try fixture.store.routeWaiting(with: fallback, at: StoreFixture.at(5))
        #expect(second.map(\.1) == [.assign(dana.id), .assign(dana.id)])
        try fixture.store.write { _ = try $0.setAgentStatus(dana.id, to: .away, capacity: nil, at: StoreFixture.at(6)) }
        _ = try Self.arrive(fixture.store, number: 4, text: "Hello?", minutes: 7)
        #expect(try fixture.store.routeWaiting(with: fallback, at: StoreFixture.at(8)).map(\.1)
                == [.hold(reason: "no English-reading agent of team support is available")])
    }

    @Test(arguments: StoreKind.allCases)
    func roundRobinTakesTurnsAndSkipsOtherTeams(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let a = try Self.agent("ann", [.en], in: fixture.store)
        let b = try Self.agent("bob", [.en], in: fixture.store)
        _ = try Self.agent("cat", [.en], team: "billing", in: fixture.store)
        for number in 1...4 { _ = try Self.arrive(fixture.store, number: number, text: "Hello \(number)", minutes: Double(number)) }
        let decisions = try fixture.store.routeWaiting(with: ConversationRouter(strategy: .roundRobin), at: StoreFixture.at(10))
        #expect(decisions.map(\.1) == [.assign(a.id), .assign(b.id), .assign(a.id), .assign(b.id)])
        #expect(try fixture.store.workloads().map(\.load) == [2, 2, 0])
    }

    @Test(arguments: StoreKind.allCases)
    func presenceShowsWhoElseIsOnTheCustomerUntilItGoesStale(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let mina = try Self.agent("mina", [.en], in: fixture.store)
        let dana = try Self.agent("dana", [.en], in: fixture.store)
        let sms = try Self.arrive(fixture.store, number: 1, text: "Hello?")
        try fixture.store.reportPresence(agent: mina.id, conversation: sms.conversationID, activity: .viewing, at: StoreFixture.at(0))
        try fixture.store.reportPresence(agent: dana.id, conversation: sms.conversationID, activity: .drafting, at: StoreFixture.at(0.25))
        let both = try fixture.store.presence(of: sms.customerID, freshSince: StoreFixture.at(-0.5))
        #expect(both.map(\.login) == ["dana", "mina"])
        #expect(both.first?.activity == .drafting && both.first?.channel == .sms && both.first?.name == "Dana")
        // Mina moved on to nothing; Dana's report goes stale.
        try fixture.store.reportPresence(agent: mina.id, conversation: nil, activity: .viewing, at: StoreFixture.at(0.5))
        #expect(try fixture.store.presence(of: sms.customerID, freshSince: StoreFixture.at(0)).map(\.login) == ["dana"])
        #expect(try fixture.store.presence(of: sms.customerID, freshSince: StoreFixture.at(1)).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func broadcastsQueueMovesAndAuditRowsAreKeptInOrder(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let lead = try fixture.store.write {
            try $0.upsertAgent(login: "lead", name: "Team Lead", languages: [.en], role: .supervisor, team: "support")
        }
        let sms = try Self.arrive(fixture.store, number: 1, text: "Hello?")
        let first = try fixture.store.write { try $0.broadcast("Billing is down until 15:00", team: nil, from: lead, at: StoreFixture.at(1)) }
        _ = try fixture.store.write { try $0.broadcast("  Korean queue needs help: 한국어 가능하신 분  ", team: "support", from: lead,
                                                      at: StoreFixture.at(2)) }
        #expect(throws: ReplyError.emptyBody) { try fixture.store.write { try $0.broadcast(" ", team: nil, from: lead, at: .now) } }
        #expect(try fixture.store.broadcasts(after: nil, limit: 10).map(\.text)
                == ["Billing is down until 15:00", "Korean queue needs help: 한국어 가능하신 분"])
        #expect(try fixture.store.broadcasts(after: first.id, limit: 10).map(\.team) == ["support"])

        let moved = try fixture.store.write { writer in
            let moved = try writer.moveToQueue(conversation: sms.conversationID, queue: "billing", at: StoreFixture.at(3))
            try writer.recordAudit(.conversation(sms.conversationID, .moveQueue, by: lead, at: StoreFixture.at(3), detail: "to billing"))
            return moved
        }
        #expect(moved.queue == "billing")
        #expect(throws: StoreError.self) {
            try fixture.store.write { try $0.moveToQueue(conversation: sms.conversationID, queue: "  ", at: StoreFixture.at(3)) }
        }
        try fixture.store.recordAudit(.customer(sms.customerID, .viewCustomer, by: lead, at: StoreFixture.at(4)))
        let log = try fixture.store.auditLog(since: nil, limit: 10)
        #expect(log.map(\.action) == [.moveQueue, .viewCustomer])
        #expect(log.first?.detail == "to billing" && log.first?.role == .supervisor && log.first?.actor == "lead")
        #expect(log.last?.subjectKind == .customer && log.last?.subjectID == sms.customerID.rawValue)
        #expect(try fixture.store.auditLog(since: StoreFixture.at(3.5), limit: 10).map(\.action) == [.viewCustomer])
    }
}
