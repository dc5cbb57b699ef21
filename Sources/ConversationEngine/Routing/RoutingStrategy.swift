/// How routing picks among the agents who could take a conversation.
public enum RoutingStrategy: String, Codable, Sendable, CaseIterable, Hashable {
    /// Each in turn: the one routing gave a conversation to longest ago (never first).
    case roundRobin = "round-robin"
    /// The one with the most room: lowest load against capacity, then round robin's turn.
    case leastLoad = "least-load"
}
