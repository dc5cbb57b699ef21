import ConversationEngine

/// Why a reply or a note was not stored, phrased so the agent knows what to change; nothing
/// is lost (the draft stays).
public enum ReplyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reply has no words.
    case emptyBody
    /// The route's recipient is not one of the customer's identities, or cannot be written
    /// to on that channel.
    case noSuchRecipient(channel: Channel, recipient: String)
    /// The text is longer than the channel takes.
    case overLimit(channel: Channel, usage: String)
    /// The conversation's customer has no identity to file a note under.
    case noCustomerIdentity(ConversationID)
    /// The conversation moved on after the draft was begun (the customer wrote again, a
    /// colleague replied): the reply is held so the agent reads what changed first. Sending it
    /// again with `StaleDraft.latest` as its basis confirms it.
    case staleDraft(ConversationID, StaleDraft)

    public var description: String {
        switch self {
        case .emptyBody:
            "The reply is empty; write something before sending."
        case .noSuchRecipient(let channel, let recipient):
            "The customer has no \(channel.label) address \(recipient); choose one of the routes the conversation offers."
        case .overLimit(let channel, let usage):
            "The reply is too long for \(channel.label) (\(usage)); shorten it or answer on another channel."
        case .noCustomerIdentity(let id):
            "Conversation \(id) belongs to a customer without any identity; merge or split the customer first."
        case .staleDraft(let id, let stale):
            "Reply to conversation \(id) held: \(stale.summary) Read the conversation again, then send it anyway if it still fits."
        }
    }
}
