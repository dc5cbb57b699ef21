/// A demo conversation handed to an agent.
///
/// The conversation is named by the dedupe key of one of its messages (the store assigns
/// conversation ids only at ingest) and the agent by login, so a loader can resolve both.
/// Some conversations are deliberately left unassigned, as a real queue has them.
public struct DemoAssignment: Sendable, Hashable {
    /// The dedupe key of a message in the conversation.
    public var messageDedupeKey: String
    /// The `DemoAgentProfile.login` of the assignee.
    public var agentLogin: String

    public init(messageDedupeKey: String, agentLogin: String) {
        self.messageDedupeKey = messageDedupeKey
        self.agentLogin = agentLogin
    }
}
