import ConversationEngine

/// An agent of the demo contact centre, before any store has given it an id.
///
/// The demo needs a believable team: people whose names come from the languages the centre
/// serves, who speak the languages their customers write in, with the roles (agent, supervisor,
/// admin) and teams (support, billing, social, vip) that queues and assignments refer to.
/// Assignments name agents by `login`, and agent-written messages carry `name` as their author.
public struct DemoAgentProfile: Sendable, Hashable {
    /// Unique login, as used in `:assign @login`.
    public var login: String
    /// The name in the agent's own script; it is the author name of everything they write.
    public var name: String
    /// The languages the agent answers in, their first language first.
    public var languages: [Language]
    public var role: Agent.Role
    /// The team whose queue the agent works: "support", "billing", "social" or "vip".
    public var team: String

    public init(login: String, name: String, languages: [Language], role: Agent.Role, team: String) {
        self.login = login
        self.name = name
        self.languages = languages
        self.role = role
        self.team = team
    }
}
