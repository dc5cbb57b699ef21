/// The supervisor screen's panes that take keys. Teams and channels are the queue panes; the
/// conversations pane lists the selected queue's conversations; the agents pane the people.
public enum SupervisorPane: String, Sendable, Hashable, CaseIterable {
    case teams, channels, conversations, agents

    /// The keymap context of the pane's own keys.
    public var context: String { SupervisorCommand.contextPrefix + "-" + rawValue }

    public var title: String {
        switch self {
        case .teams: "Teams"
        case .channels: "Channels"
        case .conversations: "Conversations"
        case .agents: "Agents"
        }
    }

    /// Whether the pane is one of the two queue panes.
    public var isQueuePane: Bool { self == .teams || self == .channels }
}
