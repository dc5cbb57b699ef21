import Foundation
import ConversationEngine

/// A message that matched a search, newest first, with a snippet around the match.
public struct SearchHit: Sendable, Hashable, Identifiable {
    public var messageID: MessageID
    public var conversationID: ConversationID
    public var customerID: CustomerID
    public var customerName: String
    public var channel: Channel
    public var direction: Direction
    public var sentAt: Date
    public var subject: String?
    public var snippet: String

    public var id: MessageID { messageID }

    public init(messageID: MessageID, conversationID: ConversationID, customerID: CustomerID, customerName: String,
                channel: Channel, direction: Direction, sentAt: Date, subject: String?, snippet: String) {
        self.messageID = messageID
        self.conversationID = conversationID
        self.customerID = customerID
        self.customerName = customerName
        self.channel = channel
        self.direction = direction
        self.sentAt = sentAt
        self.subject = subject
        self.snippet = snippet
    }
}
