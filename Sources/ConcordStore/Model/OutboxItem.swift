import Foundation
import ConversationEngine

/// A message Concord has decided to send and not yet delivered: an agent's reply, an
/// acknowledgement, a follow-up. The dispatcher (`concord serve`, `concord send --once`)
/// delivers the queue; the idempotency key makes sure one decision is one message, however
/// often it is made, and goes to the provider with every attempt so that a retry after a
/// crash is recognised there too.
public struct OutboxItem: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case acknowledgement
        case followUp = "follow_up"
        /// An agent's reply (`StoreWriter.sendReply`).
        case reply
    }

    public enum State: String, Sendable, Hashable, CaseIterable, Codable {
        case queued, sent, failed
    }

    public var id: Int64
    public var conversationID: ConversationID
    public var customerID: CustomerID
    /// The outbound message on the timeline that records what was said.
    public var messageID: MessageID?
    public var kind: Kind
    public var channel: Channel
    /// Who it goes to: the customer's address, number or handle on `channel`.
    public var recipient: Identity
    public var subject: String?
    public var body: String
    /// "acknowledgement:conversation:42": one per conversation and kind of message.
    public var idempotencyKey: String
    public var state: State
    public var createdAt: Date
    /// Email only: the Message-ID the reply is sent with, so the customer's answer threads back.
    public var emailMessageID: String?
    /// Email only: the Message-ID of the customer's email a reply answers (In-Reply-To).
    public var inReplyTo: String?
    /// Email only: the thread's References, oldest first, ending with `inReplyTo`.
    public var references: [String]
    /// The warnings (a contradiction, an over-promise) the agent saw and sent the reply anyway:
    /// kept with it, so a review can tell a slip from a decision.
    public var warnings: [String]
    /// When the state last changed (nil while queued).
    public var updatedAt: Date?
    /// How many times a dispatcher has taken it to deliver.
    public var attempts: Int
    /// What went wrong the last time: why it failed, or why the last attempt is being retried.
    public var lastError: String?
    /// While queued after a failed attempt: when the next attempt is due.
    public var nextAttemptAt: Date?

    public init(id: Int64, conversationID: ConversationID, customerID: CustomerID, messageID: MessageID?, kind: Kind,
                channel: Channel, recipient: Identity, subject: String?, body: String, idempotencyKey: String, state: State,
                createdAt: Date, emailMessageID: String? = nil, inReplyTo: String? = nil, references: [String] = [],
                warnings: [String] = [], updatedAt: Date? = nil, attempts: Int = 0, lastError: String? = nil,
                nextAttemptAt: Date? = nil) {
        self.id = id
        self.conversationID = conversationID
        self.customerID = customerID
        self.messageID = messageID
        self.kind = kind
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.idempotencyKey = idempotencyKey
        self.state = state
        self.createdAt = createdAt
        self.emailMessageID = emailMessageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.warnings = warnings
        self.updatedAt = updatedAt
        self.attempts = attempts
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
    }

    /// The delivery the item's message shows on the timeline.
    public var delivery: Message.Delivery {
        switch state {
        case .queued: .pending
        case .sent: .sent
        case .failed: .failed
        }
    }
}
