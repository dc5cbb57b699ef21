import Foundation

/// One thing that happened on a channel, as a source adapter understood it, before Concord
/// has decided who the customer is or which conversation it belongs to.
///
/// Every source (Maildir, webhooks, CSV call records, the demo generator) produces these, and
/// they all go through the same `IngestPlanner`, so demo data and real data behave alike.
public struct InboundEvent: Codable, Sendable, Hashable {
    public var channel: Channel
    /// Inbound from the customer, outbound from the company (e.g. an imported sent email), or
    /// internal (a note).
    public var direction: Direction
    /// The provider's id of this message (Message-ID for email, a webhook's message id).
    /// Seeing the same id twice is a no-op.
    public var providerID: String?
    public var occurredAt: Date
    /// The customer side of the event: the sender of inbound messages, the recipient of outbound ones.
    public var customer: CustomerHints
    /// Who wrote it; nil means the customer for inbound events and "Concord" otherwise.
    public var author: Author?
    public var subject: String?
    public var text: String
    public var call: CallDetails?
    public var social: SocialDetails?
    public var email: EmailHeaders?
    public var attachments: [Attachment]
    public var thread: ThreadHints
    /// The team queue for a new conversation; "support" when nil.
    public var queue: String?
    /// The priority of a new conversation; normal when nil.
    public var priority: Priority?
    /// Whether ingest looks for time promises in an outbound text for the promise ledger;
    /// false when the source records the promises itself (the demo generator does).
    public var findsPromises = true

    public init(channel: Channel, direction: Direction = .inbound, providerID: String? = nil, occurredAt: Date,
                customer: CustomerHints, author: Author? = nil, subject: String? = nil, text: String,
                call: CallDetails? = nil, social: SocialDetails? = nil, email: EmailHeaders? = nil,
                attachments: [Attachment] = [], thread: ThreadHints = ThreadHints(), queue: String? = nil,
                priority: Priority? = nil) {
        self.channel = channel
        self.direction = direction
        self.providerID = providerID
        self.occurredAt = occurredAt
        self.customer = customer
        self.author = author
        self.subject = subject
        self.text = text
        self.call = call
        self.social = social
        self.email = email
        self.attachments = attachments
        self.thread = thread
        self.queue = queue
        self.priority = priority
    }

    /// The key that makes ingest idempotent.
    ///
    /// Email uses its Message-ID (globally unique by design, whatever mailbox it came from);
    /// other channels use the provider's id scoped by channel; events without any id use a
    /// hash of their content, so re-importing the same export is still a no-op.
    public var dedupeKey: String {
        if channel == .email, let id = email?.messageID ?? providerID, !id.isEmpty {
            return "email:\(id)"
        }
        if let id = providerID, !id.isEmpty {
            return "\(channel.rawValue):\(id)"
        }
        var hasher = StableHasher()
        hasher.combine(channel.rawValue)
        hasher.combine(direction.rawValue)
        hasher.combine(customer.identities.first?.description ?? "")
        hasher.combine(String(occurredAt.timeIntervalSince1970))
        hasher.combine(subject ?? "")
        hasher.combine(text)
        if let call { hasher.combine("\(call.direction.rawValue)/\(call.durationSeconds)/\(call.outcome.rawValue)") }
        return "hash:\(channel.rawValue):\(hasher.hexDigest)"
    }
}
