import ConcordStore
import ConcordTerminal
import ConversationEngine

/// A short list to choose from over the screen: the agent to give a conversation to, its new
/// priority, or the queue to move it to. The choices are values; the view words them.
public struct SupervisorPicker: Sendable, Hashable {
    public enum Choice: Sendable, Hashable {
        /// Give the conversation to this agent (nil: nobody).
        case agent(AgentActivity?)
        case priority(Priority)
        case queue(String)
        /// A queue not listed: its name is typed next.
        case otherQueue
    }

    /// The conversation the choice is for, as it was when the picker opened (its version
    /// guards a reassignment against someone else's change in between).
    public var conversation: Conversation
    public var title: String
    public var choices: [Choice]
    public var list: ListState

    public init(conversation: Conversation, title: String, choices: [Choice], selected: Int = 0) {
        self.conversation = conversation
        self.title = title
        self.choices = choices
        self.list = ListState(itemCount: choices.count, selected: selected, visibleHeight: max(1, choices.count))
    }

    public var selectedChoice: Choice? { list.selected.map { choices[$0] } }

    /// Every agent, the current assignee last, then "nobody"; the first other agent selected.
    static func reassign(_ conversation: Conversation, agents: [AgentActivity]) -> SupervisorPicker {
        let others = agents.filter { $0.id != conversation.assignee }
        let current = agents.filter { $0.id == conversation.assignee }
        var choices = (others + current).map(Choice.agent)
        if conversation.assignee != nil { choices.append(.agent(nil)) }
        return SupervisorPicker(conversation: conversation, title: "Reassign #\(conversation.id) to", choices: choices)
    }

    /// The four priorities, highest first, the current one selected.
    static func priority(_ conversation: Conversation) -> SupervisorPicker {
        let order = Priority.allCases.sorted(by: >)
        return SupervisorPicker(conversation: conversation, title: "Priority of #\(conversation.id)",
                                choices: order.map(Choice.priority), selected: order.firstIndex(of: conversation.priority) ?? 0)
    }

    /// The other known team queues, then a typed name.
    static func queue(_ conversation: Conversation, teams: [String]) -> SupervisorPicker {
        let others = teams.filter { $0 != conversation.queue }
        return SupervisorPicker(conversation: conversation, title: "Move #\(conversation.id) from \(conversation.queue) to",
                                choices: others.map(Choice.queue) + [.otherQueue])
    }
}
