/// One row of a timeline: a message, and whether it belongs to the conversation the agent
/// has open (the others are shown dimmer, so the whole history is visible in context).
public struct TimelineEntry: Sendable, Hashable, Identifiable {
    public var message: Message
    public var isInFocusedConversation: Bool

    public var id: MessageID { message.id }

    public init(message: Message, isInFocusedConversation: Bool) {
        self.message = message
        self.isInFocusedConversation = isInFocusedConversation
    }
}
