import Foundation

/// A commitment made to a customer ("refund within 5 business days", "we'll call you back
/// tomorrow"). The promise ledger is the heart of expectation management: a broken promise is
/// worse than a modest one kept.
public struct Promise: Codable, Sendable, Hashable, Identifiable {
    public enum State: String, Codable, Sendable, CaseIterable, Hashable {
        case open, kept, broken
    }

    public var id: PromiseID
    public var conversationID: ConversationID
    public var customerID: CustomerID
    /// The outbound message that made the promise, when it came from one.
    public var messageID: MessageID?
    public var text: String
    public var madeAt: Date
    public var dueAt: Date
    public var state: State
    public var closedAt: Date?
    /// What the promise commits to: a reply promise is kept by the next answer, a refund or
    /// delivery promise only by resolving the case.
    public var kind: PromiseKind

    public init(id: PromiseID, conversationID: ConversationID, customerID: CustomerID, messageID: MessageID? = nil,
                text: String, madeAt: Date, dueAt: Date, state: State = .open, closedAt: Date? = nil, kind: PromiseKind = .other) {
        self.id = id
        self.conversationID = conversationID
        self.customerID = customerID
        self.messageID = messageID
        self.text = text
        self.madeAt = madeAt
        self.dueAt = dueAt
        self.state = state
        self.closedAt = closedAt
        self.kind = kind
    }

    /// The state as of `now`: an open promise whose due time has passed is broken, even
    /// before anyone has written that down.
    public func state(at now: Date) -> State {
        state == .open && dueAt < now ? .broken : state
    }

    /// An open promise past its due time: an alarm on the queue and the customer card.
    public func isOverdue(at now: Date) -> Bool { state == .open && dueAt < now }
}
