import Foundation
import ConversationEngine

/// A position in a timeline, for paging back through a long history without offsets.
public struct TimelineCursor: Sendable, Hashable {
    public var sentAt: Date
    public var messageID: MessageID

    public init(sentAt: Date, messageID: MessageID) {
        self.sentAt = sentAt
        self.messageID = messageID
    }

    public init(_ message: Message) {
        self.init(sentAt: message.sentAt, messageID: message.id)
    }
}
