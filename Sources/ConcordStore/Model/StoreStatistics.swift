/// Counts for `concord demo --generate-only` output, benchmarks and the status bar.
public struct StoreStatistics: Sendable, Hashable {
    public var customers: Int
    public var conversations: Int
    public var activeConversations: Int
    public var messages: Int
    public var promises: Int
    public var agents: Int

    public init(customers: Int, conversations: Int, activeConversations: Int, messages: Int, promises: Int, agents: Int) {
        self.customers = customers
        self.conversations = conversations
        self.activeConversations = activeConversations
        self.messages = messages
        self.promises = promises
        self.agents = agents
    }
}
