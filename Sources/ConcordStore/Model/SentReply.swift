import ConversationEngine

/// What sending a reply stored: the outbound message on the timeline (delivery pending), the
/// outbox item the dispatcher delivers, and the promises its words made, now in the ledger.
public struct SentReply: Sendable, Hashable {
    public var message: Message
    public var outbox: OutboxItem
    public var promises: [Promise]

    public init(message: Message, outbox: OutboxItem, promises: [Promise]) {
        self.message = message
        self.outbox = outbox
        self.promises = promises
    }
}
