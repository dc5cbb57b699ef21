import Foundation
import Testing
import ConcordStore
import ConversationEngine

/// The supervisor screen's one read, on both stores: queues per team and per channel (waiting,
/// oldest wait, breaching within 15 minutes, breached, overdue promises), agents with what is on
/// their screen, new conversations per hour and satisfaction per local day.
@Suite("Supervisor overview")
struct StoreSupervisorTests {
    private static func chat(_ store: any Store, _ session: String, name: String, text: String, minutes: Double,
                             channel: Channel = .chat) throws -> ConversationID {
        let identity: Identity = channel == .chat ? .email("\(session)@example.com")! : .handle(session, on: channel)!
        guard case .stored(let receipt) = try store.ingest(StoreFixture.event(
            channel, identity: identity, id: "\(session)-\(minutes)", text: text, minutes: minutes, name: name,
            session: channel == .chat ? session : nil)) else {
            throw StoreError.notFound(what: "receipt", id: session)
        }
        return receipt.conversationID
    }

    /// Five conversations around minute 10: A breached with an overdue promise and assigned to
    /// Mina, B due within 15 minutes, C on WhatsApp moved to billing and on time, D and E
    /// resolved (E two hours before the others), F on Telegram in social pending on the customer;
    /// ratings today and two days ago.
    private struct Scene {
        let a, b, c, d, e, f: ConversationID
        let mina, sara: Agent
    }

    private static func scene(_ store: any Store) throws -> Scene {
        let a = try chat(store, "a", name: "김민지", text: "배송이 아직 안 왔어요.", minutes: 0)
        let b = try chat(store, "b", name: "王小明", text: "我的退款什么时候到账？", minutes: 6)
        let c = try chat(store, "c", name: "مریم احمدی", text: "دو بار از حسابم پول کم شده", minutes: 0, channel: .whatsapp)
        let d = try chat(store, "d", name: "Sarah Miller", text: "Thanks, all good now.", minutes: 1)
        let e = try chat(store, "e", name: "Анна Иванова", text: "Спасибо!", minutes: -120)
        let f = try chat(store, "f", name: "Олег Петров", text: "Жду ответа от банка.", minutes: 2, channel: .telegram)
        return try store.write { writer in
            let mina = try writer.upsertAgent(login: "mina", name: "Mina Park", languages: [.ko, .en], role: .agent, team: "support")
            let sara = try writer.upsertAgent(login: "sara", name: "Sara Rezaei", languages: [.fa, .en], role: .agent, team: "billing")
            _ = try writer.upsertAgent(login: "olga", name: "Olga Smirnova", languages: [.ru, .en], role: .supervisor, team: "vip")
            _ = try writer.assign(conversation: a, to: mina.id, expectedVersion: nil)
            _ = try writer.moveToQueue(conversation: c, queue: "billing", at: StoreFixture.at(1))
            _ = try writer.recordPromise(conversation: a, message: nil, text: "I'll call you back", madeAt: StoreFixture.at(1),
                                         dueAt: StoreFixture.at(8), state: .open, closedAt: nil)
            _ = try writer.recordPromise(conversation: c, message: nil, text: "Refund by noon", madeAt: StoreFixture.at(1),
                                         dueAt: StoreFixture.at(30), state: .open, closedAt: nil)
            _ = try writer.setStatus(conversation: d, to: .resolved, at: StoreFixture.at(2), expectedVersion: nil)
            _ = try writer.setStatus(conversation: e, to: .resolved, at: StoreFixture.at(-100), expectedVersion: nil)
            // Waiting on the customer: active, but nobody's answer is due.
            _ = try writer.moveToQueue(conversation: f, queue: "social", at: StoreFixture.at(3))
            _ = try writer.setStatus(conversation: f, to: .pendingCustomer, at: StoreFixture.at(3), expectedVersion: nil)
            _ = try writer.setAgentStatus(mina.id, to: .busy, capacity: 4, at: StoreFixture.at(3))
            _ = try writer.recordSatisfaction(conversation: d, score: 5, comment: nil, at: StoreFixture.at(5), message: nil,
                                              source: .chatPlatform)
            _ = try writer.recordSatisfaction(conversation: a, score: 4, comment: nil, at: StoreFixture.at(9), message: nil,
                                              source: .chatPlatform)
            _ = try writer.recordSatisfaction(conversation: e, score: 2, comment: nil, at: StoreFixture.at(-2 * 24 * 60),
                                              message: nil, source: .chatPlatform)
            // After the overview's instant: not counted.
            _ = try writer.recordSatisfaction(conversation: b, score: 1, comment: nil, at: StoreFixture.at(11), message: nil,
                                              source: .chatPlatform)
            return Scene(a: a, b: b, c: c, d: d, e: e, f: f, mina: mina, sara: sara)
        }
    }

    private static let request = SupervisorRequest(now: StoreFixture.at(10), timeZone: TimeZone(identifier: "UTC")!)

    @Test(arguments: StoreKind.allCases)
    func queuesPerTeamAndPerChannelCountWaitsBreachesAndOverduePromises(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let scene = try Self.scene(fixture.store)
        let overview = try fixture.store.supervisorOverview(Self.request)

        #expect(overview.asOf == StoreFixture.at(10))
        #expect(overview.total == QueueHealth(scope: .all, active: 4, waiting: 3, unassigned: 3, oldestWaitingSince: StoreFixture.at(0),
                                              sla: SLAHealth(onTime: 1, atRisk: 1, breached: 1), overduePromises: 1))
        #expect(overview.total.oldestWait(at: StoreFixture.at(10)) == 600)
        // Every queue with work, and every agent's team (vip has none).
        #expect(overview.teams.map(\.scope) == [.team("billing"), .team("social"), .team("support"), .team("vip")])
        #expect(overview.health(of: .team("social")) == QueueHealth(scope: .team("social"), active: 1, unassigned: 1))
        #expect(overview.health(of: .team("support")) == QueueHealth(
            scope: .team("support"), active: 2, waiting: 2, unassigned: 1, oldestWaitingSince: StoreFixture.at(0),
            sla: SLAHealth(onTime: 0, atRisk: 1, breached: 1), overduePromises: 1))
        #expect(overview.health(of: .team("billing")) == QueueHealth(
            scope: .team("billing"), active: 1, waiting: 1, unassigned: 1, oldestWaitingSince: StoreFixture.at(0),
            sla: SLAHealth(onTime: 1, atRisk: 0, breached: 0), overduePromises: 0))
        #expect(overview.health(of: .team("vip")) == QueueHealth(scope: .team("vip")))
        #expect(overview.channels.map(\.scope) == [.channel(.chat), .channel(.whatsapp), .channel(.telegram)])
        let chat = try #require(overview.health(of: .channel(.chat)))
        #expect(chat.waiting == 2 && chat.breached == 1 && chat.breachingSoon == 1 && chat.overduePromises == 1)
        #expect(overview.health(of: .channel(.whatsapp))?.sla == SLAHealth(onTime: 1, atRisk: 0, breached: 0))

        // An answer stops the wait: B no longer counts as waiting or at risk.
        let route = try #require(try fixture.store.replyRoutes(for: scene.b).first)
        _ = try fixture.store.write { writer in
            try writer.sendReply(OutgoingReply(conversationID: scene.b, route: route,
                                               subject: nil, body: "Checking now.", author: .agent("Mina Park", id: scene.mina.id)),
                                 at: StoreFixture.at(9))
        }
        let later = try fixture.store.supervisorOverview(Self.request)
        #expect(later.health(of: .team("support"))?.waiting == 1)
        #expect(later.health(of: .team("support"))?.sla == SLAHealth(onTime: 0, atRisk: 0, breached: 1))
    }

    @Test(arguments: StoreKind.allCases)
    func arrivalsPerHourAndSatisfactionPerDay(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        _ = try Self.scene(fixture.store)
        let overview = try fixture.store.supervisorOverview(Self.request)
        // Oldest hour first: A, B and D in the last hour on chat, E two hours before; C on WhatsApp, F on Telegram.
        var chat = Array(repeating: 0, count: 24)
        chat[23] = 3
        chat[21] = 1
        var whatsapp = Array(repeating: 0, count: 24)
        whatsapp[23] = 1
        #expect(overview.arrivals == [ArrivalSeries(channel: .chat, counts: chat), ArrivalSeries(channel: .whatsapp, counts: whatsapp),
                                      ArrivalSeries(channel: .telegram, counts: whatsapp)])
        #expect(overview.allArrivals.last == 5 && overview.allArrivals.reduce(0, +) == 6)

        #expect(overview.satisfaction.count == 14)
        let today = Self.request.satisfactionDayStarts.last!
        #expect(overview.satisfaction.last == SatisfactionDay(day: today, ratings: 2, scoreTotal: 9))
        #expect(overview.satisfaction[11].ratings == 1 && overview.satisfaction[11].average == 2)
        #expect(overview.satisfaction.filter { $0.ratings > 0 }.count == 2)
        #expect(overview.satisfactionSummary.ratings == 3 && overview.satisfactionSummary.average == 11.0 / 3)
    }

    @Test(arguments: StoreKind.allCases)
    func agentsWithLoadStatusTimeAndTheConversationOnTheirScreen(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let scene = try Self.scene(fixture.store)
        try fixture.store.reportPresence(agent: scene.mina.id, conversation: scene.a, activity: .drafting, at: StoreFixture.at(9.8))
        // Sara's console went quiet eight minutes ago: no current conversation.
        try fixture.store.reportPresence(agent: scene.sara.id, conversation: scene.c, activity: .viewing, at: StoreFixture.at(2))
        let overview = try fixture.store.supervisorOverview(Self.request)
        #expect(overview.agents.map(\.agent.login) == ["mina", "olga", "sara"])
        let mina = overview.agents[0]
        #expect(mina.workload.status == .busy && mina.workload.load == 1 && mina.workload.capacity == 4)
        #expect(mina.agent.languages == [.ko, .en])
        let inStatus = try #require(mina.timeInStatus(at: StoreFixture.at(10)))
        #expect(abs(inStatus - 7 * 60) < 0.01, "\(inStatus)")
        let subject = try #require(try fixture.store.conversation(scene.a)).subject
        #expect(mina.current == AgentActivity.CurrentConversation(id: scene.a, subject: subject, customerName: "김민지", channel: .chat,
                                                                  activity: .drafting, seenAt: StoreFixture.at(9.8)))
        #expect(overview.agents[1].agent.role == .supervisor && overview.agents[1].current == nil)
        #expect(overview.agents[1].timeInStatus(at: StoreFixture.at(10)) == nil)
        #expect(overview.agents[2].current == nil && overview.agents[2].workload.load == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func anEmptyStoreHasNothingToShow(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let overview = try fixture.store.supervisorOverview(Self.request)
        #expect(overview.total == QueueHealth(scope: .all))
        #expect(overview.teams.isEmpty && overview.channels.isEmpty && overview.arrivals.isEmpty && overview.agents.isEmpty)
        #expect(overview.satisfaction.count == 14 && overview.satisfaction.allSatisfy { $0.ratings == 0 })
    }

    /// Ratings fall on the supervisor's own days: 23:50 in Seoul is yesterday there, 00:05 today.
    @Test func satisfactionDaysFollowTheSupervisorsTimeZone() throws {
        let seoul = TimeZone(identifier: "Asia/Seoul")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = seoul
        let midnight = calendar.date(from: DateComponents(year: 2026, month: 11, day: 23))!
        let request = SupervisorRequest(now: midnight.addingTimeInterval(3600), satisfactionDays: 3, timeZone: seoul)
        let slot = { (date: Date) in Int64((date.timeIntervalSince1970 / SupervisorOverviewBuilder.slotLength).rounded(.down)) }
        let overview = SupervisorOverviewBuilder.build(request, queues: [], promises: [], arrivals: [], ratings: [
            .init(slot: slot(midnight.addingTimeInterval(-600)), ratings: 1, scoreTotal: 3),
            .init(slot: slot(midnight.addingTimeInterval(300)), ratings: 2, scoreTotal: 10),
            .init(slot: slot(midnight.addingTimeInterval(-3 * 86400)), ratings: 9, scoreTotal: 9),
        ], agents: [])
        #expect(overview.satisfaction.map(\.day) == [midnight.addingTimeInterval(-2 * 86400), midnight.addingTimeInterval(-86400), midnight])
        #expect(overview.satisfaction.map(\.ratings) == [0, 1, 2])
        #expect(overview.satisfaction.last?.average == 5)
    }
}
