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
        return try store.write { writer in
            // The first agent of a new store is its admin (as the first user of a new Grafana
            // is), so a personal store needs no setup and a team store has someone to give roles.
            let first = try writer.workloadsForUpdate().isEmpty
            return try writer.upsertAgent(login: configuration.agentLogin, name: configuration.agentName, languages: [],
                                          role: first ? .admin : .agent, team: "support")
        }
    }

    /// An agent the store does not know, named where a command expected one.
    static func unknownLogin(_ login: String) -> CLIError {
        CLIError("There is no agent '\(login)'; add them with `concord agents set \(login) --name NAME --languages en`.")
    }

    /// The configured agent's id, without creating them (nil when the store does not know them).
    static func configured(_ configuration: ConcordConfiguration, store: any Store) throws -> Agent? {
        try store.agent(login: configuration.agentLogin)
    }

    /// The agent's role in force: the configuration's `[roles]` when it names them, else the store's.
    static func role(of agent: Agent, configuration: ConcordConfiguration) -> Agent.Role {
        configuration.roles[agent.login] ?? agent.role
    }

    /// The agent as they act: with the role in force.
    static func acting(_ agent: Agent, configuration: ConcordConfiguration) -> Agent {
        var acting = agent
        acting.role = role(of: agent, configuration: configuration)
        return acting
    }

    static func unknown(_ login: String, store: any Store) throws -> CLIError {
        let known = try store.agents().map(\.login).sorted()
        return CLIError("There is no agent '\(login)' in this store"
                        + (known.isEmpty ? "." : "; known agents: \(known.joined(separator: ", ")).")
                        + " Agents are added by [agent] login in the configuration.")
    }
}
