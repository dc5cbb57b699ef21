/// Source-specific facts that say which conversation an event belongs to.
public struct ThreadHints: Codable, Sendable, Hashable {
    /// A live-chat session id: every line of one session is one conversation.
    public var chatSessionID: String?
    /// A social thread (a post and its replies, or a DM thread) on the event's platform.
    public var socialThreadID: String?
    /// An explicit conversation, for notes and replies written in the console.
    public var conversationID: ConversationID?

    public init(chatSessionID: String? = nil, socialThreadID: String? = nil, conversationID: ConversationID? = nil) {
        self.chatSessionID = chatSessionID
        self.socialThreadID = socialThreadID
        self.conversationID = conversationID
    }
}
