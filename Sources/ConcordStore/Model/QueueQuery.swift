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
        /// Angriest customer first (the sentiment of their latest message), then soonest due:
        /// where a supervisor looks for hot spots.
        case sentiment
    }

    public var ordering: Ordering
    /// Statuses to include; the default is every active status.
    public var statuses: Set<ConversationStatus>
    /// The channels the conversations started on (nil: any).
    public var channels: Set<Channel>?
    /// The team queue ("support", "billing").
    public var queueName: String?
    public var assignee: AgentID?
    public var unassignedOnly: Bool
    /// The customer's language (nil: any).
    public var languages: Set<Language>?
    /// Conversations with any of these tags (normalised as `ConversationTags` does; nil: any).
    public var tags: Set<String>?
    /// Only these customers' conversations (nil: every customer's). Not a filter an agent
    /// sets: a live console reads again just the rows a change touched (`StoreChange.customers`)
    /// and places them into the page it has (`Ordering.places(_:before:)`).
    public var customers: Set<CustomerID>?
    public var limit: Int
    public var offset: Int
    /// The instant overdue promises are counted at.
    public var asOf: Date

    /// Every active status: the queue's default.
    public static let activeStatuses = Set(ConversationStatus.allCases.filter(\.isActive))

    public init(ordering: Ordering = .dueFirst,
                statuses: Set<ConversationStatus> = QueueQuery.activeStatuses,
                channels: Set<Channel>? = nil, queueName: String? = nil, assignee: AgentID? = nil,
                unassignedOnly: Bool = false, languages: Set<Language>? = nil, tags: Set<String>? = nil,
                customers: Set<CustomerID>? = nil, limit: Int = 200, offset: Int = 0, asOf: Date = Date()) {
        self.ordering = ordering
        self.statuses = statuses
        self.channels = channels
        self.queueName = queueName
        self.assignee = assignee
        self.unassignedOnly = unassignedOnly
        self.languages = languages
        self.tags = tags
        self.customers = customers
        self.limit = limit
        self.offset = offset
        self.asOf = asOf
    }

    /// Whether any filter narrows the queue beyond "every active conversation".
    public var isFiltered: Bool {
        statuses != Self.activeStatuses || channels?.isEmpty == false || queueName != nil || assignee != nil || unassignedOnly
            || languages?.isEmpty == false || tags?.isEmpty == false
    }

    /// The filters in words for the console's title or status line: "channel: sms,chat ·
    /// status: open · mine"; empty when nothing is filtered.
    /// - Parameters:
    ///   - currentAgent: the agent using the console; an assignee filter on them reads "mine".
    ///   - agentNames: logins or names to show other assignees by (their id otherwise).
    public func filterSummary(currentAgent: AgentID? = nil, agentNames: [AgentID: String] = [:]) -> String {
        var parts: [String] = []
        if statuses != Self.activeStatuses {
            let order = ConversationStatus.allCases
            parts.append("status: " + statuses.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }.map(\.label)
                .joined(separator: ","))
        }
        if let channels, !channels.isEmpty {
            let order = Channel.allCases
            parts.append("channel: " + channels.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }.map(\.rawValue)
                .joined(separator: ","))
        }
        if let languages, !languages.isEmpty {
            parts.append("language: " + languages.map(\.rawValue).sorted().joined(separator: ","))
        }
        if let queueName { parts.append("team: \(queueName)") }
        if let tags, !tags.isEmpty { parts.append("tag: " + tags.sorted().joined(separator: ",")) }
        if let assignee {
            parts.append(assignee == currentAgent ? "mine" : "assignee: \(agentNames[assignee] ?? String(assignee.rawValue))")
        }
        if unassignedOnly { parts.append("unassigned") }
        return parts.joined(separator: " · ")
    }
}
