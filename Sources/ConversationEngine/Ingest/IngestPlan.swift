/// What ingesting one event will change, decided by `IngestPlanner` and carried out by a store
/// in one transaction.
///
/// New entities carry an unassigned id (0): the store assigns real ids as it inserts them and
/// fills in the references (`message.customerID`, `message.conversationID`).
public struct IngestPlan: Sendable, Hashable {
    public enum CustomerChoice: Sendable, Hashable {
        case existing(CustomerID)
        case new(Customer)
    }

    public enum ConversationChoice: Sendable, Hashable {
        /// An existing conversation, already updated for this event (version incremented).
        case existing(Conversation)
        case new(Conversation)
    }

    public var customer: CustomerChoice
    /// Identities on the event the customer did not have yet.
    public var newIdentities: [Identity]
    public var conversation: ConversationChoice
    /// The conversation as it was before this event, when the event joins an existing one:
    /// stores write only what changed (every changed indexed column costs an index update).
    public var previousConversation: Conversation?
    public var message: Message
    /// Thread keys to register for the conversation (e.g. this email's Message-ID).
    public var threadKeys: [String]
    /// Other customers that share an identity with this event: candidates for a merge, which
    /// only a person may decide.
    public var mergeCandidates: [CustomerID]
    /// Why the conversation was chosen, for audit and for tests ("email references", "chat
    /// session", "open conversation within 7 days", "new").
    public var threadingReason: ThreadingReason
    /// Weak evidence to look up after storing: it may suggest a merge, never make one.
    public var evidence: [EvidenceProbe]
    /// Time commitments the message makes to the customer, for the promise ledger.
    public var promises: [ExtractedPromise]
    /// The name an existing customer gives on this message. A customer first seen by their
    /// number or address is known by it until they say who they are (an SMS, then a chat
    /// signed "김민지"); the store takes this name only while the customer is still called by
    /// one of their identities, so a name an agent or an earlier message gave is kept.
    public var learnedName: PersonName?

    public init(customer: CustomerChoice, newIdentities: [Identity], conversation: ConversationChoice, message: Message,
                threadKeys: [String], mergeCandidates: [CustomerID], threadingReason: ThreadingReason,
                evidence: [EvidenceProbe] = [], previousConversation: Conversation? = nil, promises: [ExtractedPromise] = [],
                learnedName: PersonName? = nil) {
        self.customer = customer
        self.newIdentities = newIdentities
        self.conversation = conversation
        self.message = message
        self.threadKeys = threadKeys
        self.mergeCandidates = mergeCandidates
        self.threadingReason = threadingReason
        self.evidence = evidence
        self.previousConversation = previousConversation
        self.promises = promises
        self.learnedName = learnedName
    }
}

/// Why an event landed in the conversation it did.
public enum ThreadingReason: String, Sendable, Hashable, Codable {
    case emailHeaders = "email headers"
    case emailSubject = "email subject"
    case chatSession = "chat session"
    case socialThread = "social thread"
    case explicitConversation = "explicit conversation"
    case recentActiveConversation = "open conversation within 7 days"
    case newConversation = "new conversation"
}
