import ConversationEngine

/// A full-text search over every message, in any of the five languages.
public struct SearchQuery: Sendable, Hashable {
    public var text: String
    public var customer: CustomerID?
    public var channels: Set<Channel>?
    public var limit: Int

    public init(_ text: String, customer: CustomerID? = nil, channels: Set<Channel>? = nil, limit: Int = 50) {
        self.text = text
        self.customer = customer
        self.channels = channels
        self.limit = limit
    }
}
