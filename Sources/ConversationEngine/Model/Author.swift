/// Who wrote a timeline event.
public struct Author: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        /// The customer (inbound messages).
        case customer
        /// A human agent.
        case agent
        /// An automatic reply, a bot or the system itself.
        case system
    }

    public var kind: Kind
    /// The name shown on the timeline.
    public var name: String
    /// The agent, when a known agent wrote it.
    public var agentID: AgentID?

    public init(kind: Kind, name: String, agentID: AgentID? = nil) {
        self.kind = kind
        self.name = name
        self.agentID = agentID
    }

    public static func customer(_ name: String) -> Author { Author(kind: .customer, name: name) }
    public static func agent(_ name: String, id: AgentID? = nil) -> Author { Author(kind: .agent, name: name, agentID: id) }
    public static func system(_ name: String = "Concord") -> Author { Author(kind: .system, name: name) }
}
