import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The whole supervisor screen as a value: the overview read last, the selected queue's
/// conversations, what is selected and focused, and whatever is open over the panes.
/// `SupervisorReducer` is the only thing that changes it and `SupervisorView` draws it, so
/// every key can be tested and every screen recorded without a terminal.
public struct SupervisorState: Sendable {
    public var now: Date
    public var size: Size
    public var focus: SupervisorPane = .teams
    /// In the narrow layout one queue pane is shown on top: the last one focused.
    public var queuePane: SupervisorPane = .teams
    /// In the narrow layout one list is shown under it: conversations or agents, the last focused.
    public var lowerPane: SupervisorPane = .conversations
    public var overview: SupervisorOverview
    /// Whether an overview has been read yet.
    public var isLoaded = false
    /// Rows: "all teams" first, then each team.
    public var teamList = ListState()
    public var channelList = ListState()
    public var agentList = ListState()
    /// Whose conversations the conversations pane lists.
    public var scope: QueueHealth.Scope = .all
    public var conversations: [QueueItem] = []
    /// How many conversations the scope has (the list holds a page of them).
    public var conversationTotal = 0
    /// The scope the list was read for (it may lag `scope` while a read is under way).
    public var conversationsScope: QueueHealth.Scope?
    public var conversationList = ListState()
    /// A conversation open read-only over the panes.
    public var timeline: SupervisorTimeline?
    public var picker: SupervisorPicker?
    public var prompt: SupervisorPrompt?
    public var showsHelp = false
    public var helpTop = 0
    public var statusMessage: StatusMessage?
    public var presentation: Presentation
    /// Who is supervising, with the role in force: the actor of every audit row.
    public var supervisor: Agent
    /// How far ahead a response due time counts as "breaching soon".
    public var riskWindow: TimeInterval = 15 * 60

    public init(now: Date, size: Size, presentation: Presentation, supervisor: Agent) {
        self.now = now
        self.size = size
        self.presentation = presentation
        self.supervisor = supervisor
        self.overview = .empty(at: now)
    }

    public var layout: SupervisorLayout {
        SupervisorLayout(size: size, queuePane: queuePane, lowerPane: lowerPane, teamRows: teamRows.count,
                         channelRows: overview.channels.count)
    }

    /// The teams pane's rows: every queue together, then each team.
    public var teamRows: [QueueHealth] { [overview.total] + overview.teams }

    public var selectedConversation: QueueItem? {
        conversationList.selected.flatMap { conversations.indices.contains($0) ? conversations[$0] : nil }
    }

    public var selectedAgent: AgentActivity? {
        agentList.selected.flatMap { overview.agents.indices.contains($0) ? overview.agents[$0] : nil }
    }

    /// Agents by id, for the conversations' assignee column.
    public var agentLogins: [AgentID: String] {
        Dictionary(overview.agents.map { ($0.id, $0.agent.login) }, uniquingKeysWith: { first, _ in first })
    }

    /// What the store is asked for at `now`.
    public var request: SupervisorRequest {
        SupervisorRequest(now: now, riskWindow: riskWindow, timeZone: presentation.clock.timeZone)
    }

    /// The conversations of the scope, soonest due first.
    public var conversationQuery: QueueQuery {
        var query = QueueQuery(ordering: .dueFirst, limit: SupervisorState.conversationPage, asOf: now)
        switch scope {
        case .all: break
        case .team(let team): query.queueName = team
        case .channel(let channel): query.channels = [channel]
        }
        return query
    }

    /// The most conversations the list reads at once.
    public static let conversationPage = 200

    /// The scope's name for titles: "all queues", "support", "WhatsApp".
    public static func name(of scope: QueueHealth.Scope) -> String {
        switch scope {
        case .all: "all queues"
        case .team(let team): team
        case .channel(let channel): channel.label
        }
    }
}
