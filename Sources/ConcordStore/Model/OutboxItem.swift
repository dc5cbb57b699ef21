import Foundation
import ConversationEngine

/// A message Concord has decided to send and not yet delivered: an acknowledgement, a
/// follow-up. The dispatcher (a later issue) delivers the queue; the idempotency key makes
/// sure one decision is one message, however often it is made.
public struct OutboxItem: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case acknowledgement
        case followUp = "follow_up"
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

    public init(id: Int64, conversationID: ConversationID, customerID: CustomerID, messageID: MessageID?, kind: Kind,
                channel: Channel, recipient: Identity, subject: String?, body: String, idempotencyKey: String, state: State,
                createdAt: Date) {
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
    }
}
