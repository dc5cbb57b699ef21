import ConcordConsole
import ConcordStore
import ConversationEngine

/// Who is acting from the command line: `--as LOGIN` (an agent the store knows), else the
/// agent of the configuration's [agent] section, added to the store the first time they act.
enum CurrentAgent {
    /// The agent to write as. Creates the configured agent when the store does not know them yet.
    static func resolve(login: String?, configuration: ConcordConfiguration, store: any Store) throws -> Agent {
        if let login, login != configuration.agentLogin {
            guard let agent = try store.agent(login: login) else { throw try unknown(login, store: store) }
            return agent
        }
        if let agent = try store.agent(login: configuration.agentLogin) { return agent }
        return try store.write {
            try $0.upsertAgent(login: configuration.agentLogin, name: configuration.agentName, languages: [], role: .agent,
                               team: "support")
        }
    }

    /// The configured agent's id, without creating them (nil when the store does not know them).
    static func configured(_ configuration: ConcordConfiguration, store: any Store) throws -> Agent? {
        try store.agent(login: configuration.agentLogin)
    }

    static func unknown(_ login: String, store: any Store) throws -> CLIError {
        let known = try store.agents().map(\.login).sorted()
        return CLIError("There is no agent '\(login)' in this store"
                        + (known.isEmpty ? "." : "; known agents: \(known.joined(separator: ", ")).")
                        + " Agents are added by [agent] login in the configuration.")
    }
}
