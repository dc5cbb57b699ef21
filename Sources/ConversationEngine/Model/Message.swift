import Foundation

/// One event on a customer's timeline: an email, a chat line, a call, an SMS, a social post
/// or DM, or an internal note.
public struct Message: Codable, Sendable, Hashable, Identifiable {
    /// Where a reply Concord sends stands: the agent sees on the timeline whether the customer
    /// has it yet, and a failure is not mistaken for an answer given.
    public enum Delivery: String, Codable, Sendable, Hashable, CaseIterable {
        /// Queued in the outbox, not yet handed to the channel.
        case pending
        /// Handed to the channel (the mail server, the provider's API).
        case sent
        /// The channel refused it; the customer does not have it.
        case failed
    }

    public var id: MessageID
    public var conversationID: ConversationID
    public var customerID: CustomerID
    public var channel: Channel
    public var direction: Direction
    public var author: Author
    public var sentAt: Date
    public var subject: String?
    public var text: String
    public var call: CallDetails?
    public var social: SocialDetails?
    public var email: EmailHeaders?
    public var attachments: [Attachment]
    /// The key that makes ingest idempotent: the same provider id twice is one message.
    public var dedupeKey: String
    /// The customer's identity this message came from or went to, so a customer wrongly merged
    /// from two people can be split again by identity.
    public var customerIdentity: Identity?
    /// How far a message Concord sends has got; nil for inbound messages, notes and history
    /// imported from elsewhere (which was delivered by whatever sent it).
    public var delivery: Delivery?
    /// Why delivery failed, or why it is being retried ("HTTP 503 from Twilio; next attempt
    /// 10:42"): shown beside the delivery on the timeline, so an agent knows the customer has
    /// not got the message without opening the outbox.
    public var deliveryNote: String?

    public init(id: MessageID, conversationID: ConversationID, customerID: CustomerID, channel: Channel,
                direction: Direction, author: Author, sentAt: Date, subject: String? = nil, text: String,
                call: CallDetails? = nil, social: SocialDetails? = nil, email: EmailHeaders? = nil,
                attachments: [Attachment] = [], dedupeKey: String, customerIdentity: Identity? = nil,
                delivery: Delivery? = nil, deliveryNote: String? = nil) {
        self.id = id
        self.conversationID = conversationID
        self.customerID = customerID
        self.channel = channel
        self.direction = direction
        self.author = author
        self.sentAt = sentAt
        self.subject = subject
        self.text = text
        self.call = call
        self.social = social
        self.email = email
        self.attachments = attachments
        self.dedupeKey = dedupeKey
        self.customerIdentity = customerIdentity
        self.delivery = delivery
        self.deliveryNote = deliveryNote
    }

    /// The first non-empty line of the text (or the call transcript), for one-line summaries.
    public var summaryLine: String {
        let source = text.isEmpty ? (call?.transcript ?? "") : text
        for line in source.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty && !trimmed.hasPrefix(">") { return trimmed }
        }
        return ""
    }
}
