import Foundation
import ConversationEngine

/// One row of the queue: the conversation with what the row shows of its customer and its
/// latest message, fetched in one query so scrolling never waits on per-row lookups.
public struct QueueItem: Sendable, Hashable, Identifiable {
    public var conversation: Conversation
    public var customerName: PersonName
    public var customerLanguage: Language
    /// The channel the customer last wrote or called on (the latest message when they never did).
    public var lastChannel: Channel
    /// The first line of the customer's latest message: what the agent is about to answer.
    public var lastSummary: String
    /// When that message arrived.
    public var lastMessageAt: Date
    /// Open promises of this conversation whose due time has passed.
    public var overduePromises: Int

    public var id: ConversationID { conversation.id }

    public init(conversation: Conversation, customerName: PersonName, customerLanguage: Language, lastChannel: Channel,
                lastSummary: String, lastMessageAt: Date, overduePromises: Int) {
        self.conversation = conversation
        self.customerName = customerName
        self.customerLanguage = customerLanguage
        self.lastChannel = lastChannel
        self.lastSummary = lastSummary
        self.lastMessageAt = lastMessageAt
        self.overduePromises = overduePromises
    }
}
