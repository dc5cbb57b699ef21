/// The result of ingesting one event.
public enum IngestOutcome: Sendable, Hashable {
    /// The event was already stored (same provider id / Message-ID / content): nothing changed.
    case duplicate(MessageID)
    case stored(IngestReceipt)

    public var messageID: MessageID {
        switch self {
        case .duplicate(let id): id
        case .stored(let receipt): receipt.messageID
        }
    }

    public var isDuplicate: Bool {
        if case .duplicate = self { return true }
        return false
    }
}

/// Where a stored event went.
public struct IngestReceipt: Sendable, Hashable {
    public var customerID: CustomerID
    public var conversationID: ConversationID
    public var messageID: MessageID
    public var createdCustomer: Bool
    public var createdConversation: Bool
    public var threadingReason: ThreadingReason
    public var mergeCandidates: [CustomerID]

    public init(customerID: CustomerID, conversationID: ConversationID, messageID: MessageID, createdCustomer: Bool,
                createdConversation: Bool, threadingReason: ThreadingReason, mergeCandidates: [CustomerID]) {
        self.customerID = customerID
        self.conversationID = conversationID
        self.messageID = messageID
        self.createdCustomer = createdCustomer
        self.createdConversation = createdConversation
        self.threadingReason = threadingReason
        self.mergeCandidates = mergeCandidates
    }
}
