import Foundation
import ConversationEngine

/// Everything the timeline, the card and the suggestions pane show about one customer,
/// loaded together when the selection moves to them.
public struct CustomerDetail: Sendable, Hashable {
    public var customer: Customer
    public var identities: [Identity]
    /// Most recent activity first.
    public var conversations: [Conversation]
    /// The newest messages across every conversation and channel, chronological.
    public var messages: [Message]
    /// Whether older messages exist than the ones loaded.
    public var hasOlderMessages: Bool
    public var promises: [Promise]
    public var contactsLast30Days: Int

    public init(customer: Customer, identities: [Identity], conversations: [Conversation], messages: [Message],
                hasOlderMessages: Bool, promises: [Promise], contactsLast30Days: Int) {
        self.customer = customer
        self.identities = identities
        self.conversations = conversations
        self.messages = messages
        self.hasOlderMessages = hasOlderMessages
        self.promises = promises
        self.contactsLast30Days = contactsLast30Days
    }

    public func conversation(_ id: ConversationID) -> Conversation? {
        conversations.first { $0.id == id }
    }
}
