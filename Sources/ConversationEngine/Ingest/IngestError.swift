/// Why an event could not be ingested. The source keeps the event (quarantine) with this reason.
public enum IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The event names no identity, so it cannot belong to any customer.
    case noCustomerIdentity(channel: Channel)
    /// A note or reply names a conversation that does not exist.
    case unknownConversation(ConversationID)
    /// The event has neither text, nor a call, nor attachments.
    case emptyEvent(channel: Channel)

    public var description: String {
        switch self {
        case .noCustomerIdentity(let channel):
            "The \(channel.label) event has no sender address, number or handle, so it cannot be linked to a customer."
        case .unknownConversation(let id):
            "Conversation \(id) does not exist; check the id or create the conversation first."
        case .emptyEvent(let channel):
            "The \(channel.label) event has no text, call details or attachments."
        }
    }
}
