import ConcordStore
import ConversationEngine

extension CustomerSnapshot {
    /// One of the customer's conversations, for the timeline's separators.
    func conversation(_ id: ConversationID) -> Conversation? {
        conversations.first { $0.id == id }
    }

    /// The promises the card lists, in its order (the one the promise keys step through):
    /// open ones first, the ones that can still be kept, then the last few settled.
    public var listedPromises: [Promise] {
        let open = promises.filter { $0.state == .open }
        let settled = promises.filter { $0.state != .open }.sorted { $0.dueAt < $1.dueAt }.suffix(3)
        return open + settled
    }
}
