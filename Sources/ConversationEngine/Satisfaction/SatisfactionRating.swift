import Foundation

/// One satisfaction score a customer gave, with where it came from, so supervisors can see it
/// per channel and per agent and the card can show it next to the person.
public struct SatisfactionRating: Codable, Sendable, Hashable, Identifiable {
    /// How the score reached Concord.
    public enum Source: String, Codable, Sendable, Hashable, CaseIterable {
        /// A reply to the follow-up's survey ("5", "★★★★", "отлично").
        case reply
        /// A one-click survey link (served by the receiver).
        case link
        /// A rating recorded by a chat platform.
        case chatPlatform = "chat_platform"
    }

    public var id: Int64
    public var customerID: CustomerID
    public var conversationID: ConversationID
    /// 1 (not at all satisfied) to 5 (very satisfied).
    public var score: Int
    public var comment: String?
    public var at: Date
    /// The customer's message that carried the answer, when one did.
    public var messageID: MessageID?
    /// The channel the rated case was solved on.
    public var channel: Channel
    /// Who had the case when it was resolved.
    public var agentID: AgentID?
    public var source: Source

    public init(id: Int64, customerID: CustomerID, conversationID: ConversationID, score: Int, comment: String? = nil, at: Date,
                messageID: MessageID? = nil, channel: Channel, agentID: AgentID? = nil, source: Source) {
        self.id = id
        self.customerID = customerID
        self.conversationID = conversationID
        self.score = min(5, max(1, score))
        self.comment = comment
        self.at = at
        self.messageID = messageID
        self.channel = channel
        self.agentID = agentID
        self.source = source
    }
}
