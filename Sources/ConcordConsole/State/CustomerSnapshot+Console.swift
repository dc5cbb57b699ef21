import ConcordStore
import ConversationEngine

extension CustomerSnapshot {
    /// One of the customer's conversations, for the timeline's separators.
    func conversation(_ id: ConversationID) -> Conversation? {
        conversations.first { $0.id == id }
    }
}
