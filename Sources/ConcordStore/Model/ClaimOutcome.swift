import ConversationEngine

/// What became of an agent's claim on a conversation (`Store.claim`).
public enum ClaimOutcome: Sendable, Hashable {
    /// The agent owns the conversation now.
    case claimed(Conversation)
    /// The agent already owned it; nothing changed.
    case alreadyYours(Conversation)
    /// Another agent owns it; nothing changed.
    case heldBy(AgentID, Conversation)

    /// The conversation as it is after the claim.
    public var conversation: Conversation {
        switch self {
        case .claimed(let conversation), .alreadyYours(let conversation), .heldBy(_, let conversation): conversation
        }
    }
}
