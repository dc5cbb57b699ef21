import Foundation
import ConversationEngine

/// Which conversations the queue pane shows, and in what order.
public struct QueueQuery: Sendable, Hashable {
    public enum Ordering: String, Sendable, Hashable, CaseIterable {
        /// Soonest response due first, then priority, then longest wait: what breaches first.
        case dueFirst = "due"
        /// Highest priority first, then soonest due.
        case priority
        /// Longest waiting customer first.
        case longestWait = "wait"
        /// Most recent activity first.
        case recent
        /// The angriest customers first, then soonest due.
        case sentiment
    }

    public var ordering: Ordering
    /// Statuses to include; the default is every active status.
    public var statuses: Set<ConversationStatus>
    public var channels: Set<Channel>?
    public var queueName: String?
    public var assignee: AgentID?
    public var unassignedOnly: Bool
    public var languages: Set<Language>?
    public var tags: Set<String>?
    public var limit: Int
    public var offset: Int
    /// The instant overdue promises are counted at.
    public var asOf: Date

    public init(ordering: Ordering = .dueFirst,
                statuses: Set<ConversationStatus> = Set(ConversationStatus.allCases.filter(\.isActive)),
                channels: Set<Channel>? = nil, queueName: String? = nil, assignee: AgentID? = nil,
                unassignedOnly: Bool = false, limit: Int = 200, offset: Int = 0, asOf: Date = Date()) {
        self.ordering = ordering
        self.statuses = statuses
        self.channels = channels
        self.queueName = queueName
        self.assignee = assignee
        self.unassignedOnly = unassignedOnly
        self.limit = limit
        self.offset = offset
        self.asOf = asOf
    }
}
