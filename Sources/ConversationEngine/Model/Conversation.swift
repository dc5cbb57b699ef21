import Foundation

/// One topic for one customer, possibly spanning several channels (an email, then a call
/// about the same order, then an SMS).
public struct Conversation: Codable, Sendable, Hashable, Identifiable {
    public var id: ConversationID
    public var customerID: CustomerID
    public var subject: String
    public var status: ConversationStatus
    public var priority: Priority
    public var assignee: AgentID?
    /// The team queue the conversation is routed to ("support", "billing", …).
    public var queue: String
    /// The channel the customer first used for this topic.
    public var originChannel: Channel
    public var createdAt: Date
    public var updatedAt: Date
    /// The latest event of any direction; orders a customer's conversations.
    public var lastActivityAt: Date
    public var lastInboundAt: Date?
    public var lastOutboundAt: Date?
    public var firstResponseAt: Date?
    /// Since when the customer has been waiting for an answer; nil when the last word was ours.
    public var waitingSince: Date?
    /// When the customer should have the next answer by (see `SLAPolicyBook`); nil when nobody waits.
    public var responseDueAt: Date?
    /// Tags, normalised (see `ConversationTags`): lower-case words without spaces or commas.
    public var tags: [String]
    /// How the customer sounded in their latest message, from -1 (furious) to 1 (delighted)
    /// (see `Sentiment`); nil until they wrote something readable. Kept at ingest so the queue
    /// can put the angriest customers first without reading their messages again.
    public var sentiment: Double?
    /// Optimistic concurrency: every change increments it, and a write with a stale version fails.
    public var version: Int

    public init(id: ConversationID, customerID: CustomerID, subject: String, status: ConversationStatus = .new,
                priority: Priority = .normal, assignee: AgentID? = nil, queue: String = "support",
                originChannel: Channel, createdAt: Date, updatedAt: Date? = nil, lastActivityAt: Date? = nil,
                lastInboundAt: Date? = nil, lastOutboundAt: Date? = nil, firstResponseAt: Date? = nil,
                waitingSince: Date? = nil, responseDueAt: Date? = nil, tags: [String] = [], version: Int = 1, sentiment: Double? = nil) {
        self.id = id
        self.customerID = customerID
        self.subject = subject
        self.status = status
        self.priority = priority
        self.assignee = assignee
        self.queue = queue
        self.originChannel = originChannel
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.lastActivityAt = lastActivityAt ?? createdAt
        self.lastInboundAt = lastInboundAt
        self.lastOutboundAt = lastOutboundAt
        self.firstResponseAt = firstResponseAt
        self.waitingSince = waitingSince
        self.responseDueAt = responseDueAt
        self.tags = tags
        self.version = version
        self.sentiment = sentiment
    }

    /// How long the customer has been waiting at `now`, or nil when nobody waits.
    public func waitDuration(at now: Date) -> TimeInterval? {
        waitingSince.map { max(0, now.timeIntervalSince($0)) }
    }
}
