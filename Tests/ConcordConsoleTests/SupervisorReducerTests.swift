import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Every supervisor key as the effects it asks for, without a store or a terminal.
@Suite("Supervisor reducer")
struct SupervisorReducerTests {
    static let now = Date(timeIntervalSince1970: 1_795_435_200)

    static func agent(_ id: Int64, _ login: String, team: String, status: AgentStatus = .available,
                      current: ConversationID? = nil) -> AgentActivity {
        let agent = Agent(id: AgentID(id), login: login, name: login.capitalized, languages: [.en], role: .agent, team: team)
        return AgentActivity(
            workload: AgentWorkload(agent: agent, status: status, statusSince: nil, capacity: 5, load: 1, lastRoutedAt: nil),
            current: current.map { .init(id: $0, subject: "Refund", customerName: "김민지", channel: .chat, activity: .viewing,
                                         seenAt: now) })
    }

    static let overview = SupervisorOverview(
        asOf: now, riskWindow: 900, total: QueueHealth(scope: .all, active: 3, waiting: 3),
        teams: [QueueHealth(scope: .team("billing"), active: 1, waiting: 1), QueueHealth(scope: .team("support"), active: 2, waiting: 2)],
        channels: [QueueHealth(scope: .channel(.email), active: 1), QueueHealth(scope: .channel(.chat), active: 2)],
        arrivals: [ArrivalSeries(channel: .email, counts: Array(repeating: 0, count: 24)),
                   ArrivalSeries(channel: .chat, counts: Array(repeating: 1, count: 24))],
        satisfaction: [], agents: [agent(1, "mina", team: "support", current: ConversationID(7)), agent(2, "sara", team: "billing")])

    static func item(_ id: Int64, queue: String = "support", assignee: AgentID? = nil, priority: Priority = .normal) -> QueueItem {
        QueueItem(conversation: Conversation(id: ConversationID(id), customerID: CustomerID(id), subject: "Case \(id)", priority: priority,
                                             assignee: assignee, queue: queue, originChannel: .chat, createdAt: now, version: 3),
                  customerName: PersonName(displayName: "김민지"), customerLanguage: .ko, lastChannel: .chat, lastSummary: "배송",
                  lastMessageAt: now, overduePromises: 0)
    }

    /// A loaded screen: the overview in, all queues' conversations listed.
    static func loaded(size: Size = Size(width: 80, height: 24)) throws -> SupervisorState {
        let supervisor = Agent(id: AgentID(9), login: "olga", name: "Olga", languages: [.ru], role: .supervisor, team: "support")
        var state = SupervisorState(now: now, size: size, presentation: try SupervisorFixture.presentation(), supervisor: supervisor)
        _ = SupervisorReducer.reduce(&state, .started)
        _ = SupervisorReducer.reduce(&state, .overviewLoaded(overview))
        _ = SupervisorReducer.reduce(&state, .conversationsLoaded([item(7, assignee: AgentID(1)), item(8)], total: 2, scope: .all))
        return state
    }

    static func keys(_ keys: [Key], _ state: inout SupervisorState) -> [SupervisorEffect] {
        keys.flatMap { SupervisorReducer.reduce(&state, .key($0)) }
    }

    static func query(_ scope: QueueHealth.Scope, _ state: SupervisorState) -> QueueQuery {
        var copy = state
        copy.scope = scope
        return copy.conversationQuery
    }

    @Test func startingReadsTheOverviewAndEveryQueuesConversations() throws {
        let supervisor = Agent(id: AgentID(9), login: "olga", name: "Olga", languages: [.ru], role: .supervisor, team: "support")
        var state = SupervisorState(now: Self.now, size: Size(width: 80, height: 24), presentation: try SupervisorFixture.presentation(),
                                    supervisor: supervisor)
        let effects = SupervisorReducer.reduce(&state, .started)
        #expect(effects == [.loadOverview(state.request), .loadConversations(QueueQuery(ordering: .dueFirst, limit: 200, asOf: Self.now),
                                                                           scope: .all)])
    }

    @Test func movingInTheQueuePanesListsThatQueuesConversations() throws {
        var state = try Self.loaded()
        #expect(state.scope == .all && state.teamList.selected == 0)
        let billing = Self.keys([.char("j")], &state)
        #expect(state.scope == .team("billing"))
        #expect(billing == [.loadConversations(Self.query(.team("billing"), state), scope: .team("billing"))])
        #expect(Self.query(.team("billing"), state).queueName == "billing")
        // A late answer for the scope left behind is dropped.
        _ = SupervisorReducer.reduce(&state, .conversationsLoaded([Self.item(1)], total: 1, scope: .all))
        #expect(state.conversations.isEmpty)
        let channel = Self.keys([.tab], &state)
        #expect(state.focus == .channels && state.scope == .channel(.email))
        #expect(channel == [.loadConversations(Self.query(.channel(.email), state), scope: .channel(.email))])
        #expect(Self.query(.channel(.email), state).channels == [.email])
        // Enter goes to the list; Esc back to the queue pane it came from.
        #expect(Self.keys([.enter], &state).isEmpty && state.focus == .conversations)
        _ = Self.keys([.escape], &state)
        #expect(state.focus == .channels)
    }

    @Test func reassigningAsksForTheAgentAndGuardsTheVersion() throws {
        var state = try Self.loaded()
        _ = Self.keys([.enter], &state)
        #expect(state.focus == .conversations && state.selectedConversation?.id == ConversationID(7))
        _ = Self.keys([.char("a")], &state)
        let picker = try #require(state.picker)
        // Sara first (Mina has it already), Mina, then nobody.
        #expect(picker.choices == [.agent(Self.overview.agents[1]), .agent(Self.overview.agents[0]), .agent(nil)])
        #expect(Self.keys([.enter], &state) == [.reassign(ConversationID(7), to: AgentID(2), expectedVersion: 3)])
        #expect(state.picker == nil)
        _ = Self.keys([.char("a"), .char("j")], &state)
        #expect(Self.keys([.enter], &state).isEmpty, "the current assignee: nothing to do")
        #expect(state.statusMessage?.text == "#7 is already @mina's.")
        _ = Self.keys([.char("a"), .char("G")], &state)
        #expect(Self.keys([.enter], &state) == [.reassign(ConversationID(7), to: nil, expectedVersion: 3)])
        _ = Self.keys([.char("a"), .char("q")], &state)
        #expect(state.picker == nil, "q closes the picker, it does not quit")
    }

    @Test func priorityAndQueueMoves() throws {
        var state = try Self.loaded()
        _ = Self.keys([.enter], &state)
        _ = Self.keys([.char("p")], &state)
        #expect(state.picker?.selectedChoice == .priority(.normal))
        #expect(Self.keys([.char("k"), .enter], &state) == [.setPriority(ConversationID(7), .high)])
        _ = Self.keys([.char("m")], &state)
        #expect(state.picker?.choices == [.queue("billing"), .otherQueue])
        #expect(Self.keys([.enter], &state) == [.moveToQueue(ConversationID(7), "billing")])
        // A queue nobody has yet: typed.
        _ = Self.keys([.char("m"), .char("j"), .enter], &state)
        #expect(state.prompt?.purpose == .queueName(Self.item(7, assignee: AgentID(1)).conversation))
        #expect(Self.keys(" vip".map { Key.char($0) } + [.backspace, .char("p"), .enter], &state)
                == [.moveToQueue(ConversationID(7), "vip")])
    }

    @Test func broadcastsToEveryoneOrTheSelectedTeam() throws {
        var state = try Self.loaded()
        _ = Self.keys([.char("b")], &state)
        #expect(state.prompt?.purpose == .broadcast(team: nil))
        // Keys are text while typing: q and j do not quit or move.
        let typed = "quiet; join at 3 پس از".map { Key.char($0) }
        #expect(Self.keys(typed, &state).isEmpty && state.prompt?.editor.text == "quiet; join at 3 پس از")
        #expect(Self.keys([.enter], &state) == [.broadcast("quiet; join at 3 پس از", team: nil)])
        _ = Self.keys([.char("b"), .enter], &state)
        #expect(state.statusMessage?.text == "Nothing sent: the note was empty.")
        #expect(Self.keys([.char("B")], &state).isEmpty && state.prompt == nil, "all queues is not a team")
        #expect(state.statusMessage?.kind == .error)
        _ = Self.keys([.char("j"), .char("B")], &state)
        #expect(state.prompt?.purpose == .broadcast(team: "billing"))
        _ = Self.keys([.escape], &state)
        #expect(state.prompt == nil && state.statusMessage?.text == "Nothing sent.")
    }

    @Test func theTimelineIsReadOnly() throws {
        var state = try Self.loaded()
        _ = Self.keys([.enter], &state)
        #expect(Self.keys([.enter], &state) == [.loadTimeline(ConversationID(7))])
        let conversation = Self.item(7).conversation
        let customer = Customer(id: conversation.customerID, name: PersonName(displayName: "김민지"), language: .ko,
                                createdAt: Self.now)
        let detail = CustomerSnapshot(customer: customer, identities: [], conversations: [conversation], messages: [],
                                      hasOlderMessages: false, promises: [], recentContacts: 0)
        _ = SupervisorReducer.reduce(&state, .timelineLoaded(SupervisorTimeline(conversation: conversation, detail: detail, omitted: 0)))
        #expect(state.timeline != nil)
        // Nothing that changes a conversation works here, and nothing is typed anywhere.
        for key: Key in [.char("a"), .char("p"), .char("m"), .char("B"), .char("r"), .char("e"), .char("I"), .tab] {
            #expect(Self.keys([key], &state).isEmpty)
            #expect(state.picker == nil && state.prompt == nil && state.timeline != nil && state.focus == .conversations)
        }
        #expect(state.statusMessage?.text.hasPrefix("Read-only") == true)
        _ = Self.keys([.escape], &state)
        #expect(state.timeline == nil)
    }

    @Test func theAgentsPaneOpensTheConversationOnAnAgentsScreen() throws {
        var state = try Self.loaded()
        _ = Self.keys([.tab, .tab, .tab], &state)
        #expect(state.focus == .agents && state.lowerPane == .agents)
        #expect(Self.keys([.enter], &state) == [.loadTimeline(ConversationID(7))])
        _ = Self.keys([.char("j")], &state)
        #expect(Self.keys([.enter], &state).isEmpty)
        #expect(state.statusMessage?.text == "@sara has no conversation on screen now.")
    }

    @Test func theClockAndOtherProcessesCommitsReadTheStoreAgain() throws {
        var state = try Self.loaded()
        #expect(SupervisorReducer.reduce(&state, .tick(Self.now.addingTimeInterval(2))).isEmpty)
        #expect(state.now == Self.now.addingTimeInterval(2))
        let later = SupervisorReducer.reduce(&state, .tick(Self.now.addingTimeInterval(5)))
        #expect(later == [.loadOverview(state.request), .loadConversations(state.conversationQuery, scope: .all)])
        #expect(SupervisorReducer.reduce(&state, .storeChanged).count == 2)
        #expect(SupervisorReducer.reduce(&state, .changed("#7 reassigned to @sara.")).count == 2)
        #expect(SupervisorReducer.reduce(&state, .failed("The store is gone.")).isEmpty, "a failed read is not retried at once")
    }

    @Test func aNewOverviewKeepsTheSelectionOnTheSameRows() throws {
        var state = try Self.loaded()
        _ = Self.keys([.char("j"), .char("j")], &state)
        #expect(state.scope == .team("support"))
        var grown = Self.overview
        grown.teams.insert(QueueHealth(scope: .team("accounts")), at: 0)
        #expect(SupervisorReducer.reduce(&state, .overviewLoaded(grown)).isEmpty)
        #expect(state.teamList.selected == 3 && state.scope == .team("support"))
        _ = SupervisorReducer.reduce(&state, .conversationsLoaded([Self.item(8), Self.item(7)], total: 2, scope: .team("support")))
        _ = Self.keys([.enter, .char("j")], &state)
        #expect(state.selectedConversation?.id == ConversationID(7))
        _ = SupervisorReducer.reduce(&state, .conversationsLoaded([Self.item(9), Self.item(7), Self.item(8)], total: 3, scope: .team("support")))
        #expect(state.selectedConversation?.id == ConversationID(7))
    }

    @Test func helpIsModalAndQuitQuits() throws {
        var state = try Self.loaded()
        _ = Self.keys([.char("?")], &state)
        #expect(state.showsHelp)
        #expect(Self.keys([.char("b"), .char("a")], &state).isEmpty && state.prompt == nil)
        _ = Self.keys([.char("q")], &state)
        #expect(!state.showsHelp)
        #expect(Self.keys([.char("q")], &state) == [.quit])
    }

    @Test func keysComeFromTheConfigurationsSupervisorSections() throws {
        let keymap = try SupervisorCommand.keymap(overrides: [
            "supervise": ["x": "broadcast"], "supervise-conversations": ["R": "reassign", "a": "none"],
            "queue": ["j": "quit"], // the agent console's: not the supervisor's
        ])
        #expect(keymap.command(for: .char("x"), in: "supervise-teams") == "broadcast")
        #expect(keymap.command(for: .char("R"), in: "supervise-conversations") == "reassign")
        #expect(keymap.command(for: .char("a"), in: "supervise-conversations") == nil)
        #expect(keymap.command(for: .char("j"), in: "supervise-teams") == "next")
        #expect(throws: KeymapError.self) { try SupervisorCommand.keymap(overrides: ["supervise-teams": ["x": "reply"]]) }
        #expect(throws: KeymapError.self) { try SupervisorCommand.keymap(overrides: ["supervise-queue": ["x": "next"]]) }
        #expect(SupervisorCommand.consoleOverrides(["supervise": [:], "queue": [:], "supervise-agents": [:]]).keys.sorted() == ["queue"])
    }

    @Test func sparklinesAndHealthBars() {
        #expect(Sparkline.text([0, 1, 4, 8]) == " ▁▄█")
        #expect(Sparkline.text([3, 3]) == "██")
        #expect(Sparkline.text([nil, 1, 3, 5], range: 1...5) == " ▁▅█")
        #expect(HealthBar.widths([90, 0, 1], total: 20) == [19, 0, 1], "one late customer among ninety is still shown")
        #expect(HealthBar.widths([1, 1, 1], total: 10).reduce(0, +) == 10)
        #expect(HealthBar.widths([0, 0, 0], total: 10) == [0, 0, 0])
        let theme = ThemeLibrary.defaultTheme
        #expect(HealthBar.line(SLAHealth(onTime: 2, atRisk: 1, breached: 1), width: 8, theme: theme).plainText == "████▒▒░░")
        #expect(HealthBar.line(SLAHealth(), width: 4, theme: theme).plainText == "····")
    }
}
