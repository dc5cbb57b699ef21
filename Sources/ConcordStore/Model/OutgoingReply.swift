import ConversationEngine

/// A reply the agent has written and decided to send (see `StoreWriter.sendReply`).
public struct OutgoingReply: Sendable, Hashable {
    public var conversationID: ConversationID
    public var route: ReplyRoute
    /// Email only; nil answers under "Re: " and the subject of the customer's last email.
    public var subject: String?
    public var body: String
    /// The agent sending it.
    public var author: Author
    /// The consistency and over-promise warnings the agent saw and sent anyway; recorded with
    /// the reply.
    public var warnings: [String]
    /// The latest message the agent had read when they wrote it (`Draft.basis`): the store
    /// holds the reply with `ReplyError.staleDraft` when anything that matters came after. Nil
    /// sends without looking.
    public var basis: MessageID?

    public init(conversationID: ConversationID, route: ReplyRoute, subject: String? = nil, body: String, author: Author,
                warnings: [String] = [], basis: MessageID? = nil) {
        self.conversationID = conversationID
        self.route = route
        self.subject = subject
        self.body = body
        self.author = author
        self.warnings = warnings
        self.basis = basis
    }
}
