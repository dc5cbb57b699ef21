/// A person working the queues.
public struct Agent: Codable, Sendable, Hashable, Identifiable {
    public enum Role: String, Codable, Sendable, CaseIterable, Hashable {
        case agent, supervisor, admin
    }

    public var id: AgentID
    /// The login name, unique; used in `:assign @login`.
    public var login: String
    public var name: String
    public var languages: [Language]
    public var role: Role
    public var team: String

    public init(id: AgentID, login: String, name: String, languages: [Language], role: Role = .agent, team: String = "support") {
        self.id = id
        self.login = login
        self.name = name
        self.languages = languages
        self.role = role
        self.team = team
    }
}
