import Foundation

/// An agent as routing and the supervisor's agents pane see them: their status and how long
/// they have been in it, how many active conversations they hold against how many they can
/// take, and when routing last gave them one (round robin's turn).
public struct AgentWorkload: Sendable, Hashable, Identifiable {
    public var agent: Agent
    public var status: AgentStatus
    /// When the status was last set (nil: never; the agent started available).
    public var statusSince: Date?
    /// The most active conversations routing gives this agent (0: routing gives them none).
    public var capacity: Int
    /// Active conversations assigned to the agent now.
    public var load: Int
    public var lastRoutedAt: Date?
    /// Round robin's order: each conversation routing gives out takes the next turn number (0: never routed).
    public var routingTurn: Int64

    public var id: AgentID { agent.id }

    /// How many more conversations routing may give the agent.
    public var freeSlots: Int { max(0, capacity - load) }

    public init(agent: Agent, status: AgentStatus, statusSince: Date?, capacity: Int, load: Int, lastRoutedAt: Date?, routingTurn: Int64 = 0) {
        self.agent = agent
        self.status = status
        self.statusSince = statusSince
        self.capacity = capacity
        self.load = load
        self.lastRoutedAt = lastRoutedAt
        self.routingTurn = routingTurn
    }

    /// Capacity an agent starts with when nobody has set one.
    public static let defaultCapacity = 5
}
