import Foundation
import ConversationEngine

/// Everything about one customer that the console's detail panes show, read in one
/// transaction: consistent (no message without its conversation) and cheaper than six
/// separate reads.
public struct CustomerSnapshot: Sendable, Hashable {
    public var customer: Customer
    public var identities: [Identity]
    /// Most recent activity first.
    public var conversations: [Conversation]
    /// The newest messages, chronological.
    public var messages: [Message]
    /// Whether older messages exist than those returned.
    public var hasOlderMessages: Bool
    public var promises: [Promise]
    /// Inbound contacts since the `contactsSince` instant asked for.
    public var recentContacts: Int
    /// The customer's satisfaction ratings, oldest first.
    public var satisfaction: [SatisfactionRating]
    /// Open suggestions to merge this customer with another (strongest first), for the card.
    public var mergeSuggestions: [MergeSuggestion] = []
    /// The other customers those suggestions name, by id.
    public var suggestedCustomers: [CustomerID: Customer] = [:]
    /// Merges into or out of this customer, newest first (the card offers to undo the latest).
    public var merges: [CustomerMerge] = []

    public init(customer: Customer, identities: [Identity], conversations: [Conversation], messages: [Message],
                hasOlderMessages: Bool, promises: [Promise], recentContacts: Int, satisfaction: [SatisfactionRating] = []) {
        self.satisfaction = satisfaction
        self.customer = customer
        self.identities = identities
        self.conversations = conversations
        self.messages = messages
        self.hasOlderMessages = hasOlderMessages
        self.promises = promises
        self.recentContacts = recentContacts
    }
}
