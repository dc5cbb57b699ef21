import Foundation
import ConversationEngine

/// One change of a conversation's status, kept so clocks can be replayed: time pending on
/// the customer does not count against the team.
public struct StatusChange: Sendable, Hashable {
    public var conversationID: ConversationID
    public var status: ConversationStatus
    public var at: Date

    public init(conversationID: ConversationID, status: ConversationStatus, at: Date) {
        self.conversationID = conversationID
        self.status = status
        self.at = at
    }
}
