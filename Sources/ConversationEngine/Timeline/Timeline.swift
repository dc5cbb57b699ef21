import Foundation

/// A customer's events from every channel and conversation, in time order: what the agent
/// reads before answering, so nobody asks the customer to repeat themselves.
public struct Timeline: Sendable, Hashable {
    public enum Scope: String, Sendable, Hashable, Codable {
        /// Every conversation of the customer.
        case customer
        /// Only the focused conversation.
        case conversation
    }

    public private(set) var entries: [TimelineEntry]
    public var focusedConversation: ConversationID?

    /// Merges messages (from any number of conversations and channels, in any order) into time
    /// order. Ties are broken by id so that the order is stable: messages stored in the same
    /// second stay in the order they arrived.
    public init(messages: some Sequence<Message>, focusedConversation: ConversationID? = nil, scope: Scope = .customer) {
        self.focusedConversation = focusedConversation
        let selected = messages.filter { scope == .customer || $0.conversationID == focusedConversation }
        entries = selected
            .sorted(by: Self.chronological)
            .map { TimelineEntry(message: $0, isInFocusedConversation: $0.conversationID == focusedConversation) }
    }

    /// Time order, with the id as tie-breaker.
    public static func chronological(_ a: Message, _ b: Message) -> Bool {
        a.sentAt != b.sentAt ? a.sentAt < b.sentAt : a.id < b.id
    }

    /// The channels this customer has used, most recent first.
    public var channelsUsed: [Channel] {
        var seen = Set<Channel>()
        return entries.reversed().compactMap { seen.insert($0.message.channel).inserted ? $0.message.channel : nil }
    }

    /// The index of the first entry of the focused conversation, for scrolling to it.
    public var firstFocusedIndex: Int? { entries.firstIndex { $0.isInFocusedConversation } }

    /// The index of the last entry of the focused conversation.
    public var lastFocusedIndex: Int? { entries.lastIndex { $0.isInFocusedConversation } }
}
