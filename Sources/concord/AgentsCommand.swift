import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord agents`: the team as routing and the supervisor see it, and the settings that
/// steer routing (status, capacity, languages, team) and permissions (role).
struct AgentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agents", abstract: "List agents with status and load; add agents and set their status, capacity, languages, team or role.",
        subcommands: [List.self, Set.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every agent: status and time in it, load against capacity, languages, team, role.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "One JSON object per line.") var json = false

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let now = Date()
            for workload in try opened.workloads() {
                let agent = CurrentAgent.acting(workload.agent, configuration: configuration)
                if json {
                    var object: [String: Any] = [
                        "id": agent.id.rawValue, "login": agent.login, "name": agent.name, "role": agent.role.rawValue,
                        "team": agent.team, "languages": agent.languages.map(\.rawValue), "status": workload.status.rawValue,
                        "capacity": workload.capacity, "load": workload.load,
                    ]
                    object["status_since"] = workload.statusSince.map(CustomerJSON.iso)
                    object["last_routed_at"] = workload.lastRoutedAt.map(CustomerJSON.iso)
                    try JSONLines.print(object)
                } else {
                    let since = workload.statusSince.map { " for " + Self.duration(now.timeIntervalSince($0)) } ?? ""
                    let languages = agent.languages.map(\.rawValue).joined(separator: ",")
                    print("\(TerminalText.safe(agent.login).padded(12)) \(TerminalText.safe(agent.name).padded(20)) "
                        + "\((workload.status.rawValue + since).padded(18)) \("\(workload.load)/\(workload.capacity)".padded(6)) "
                        + "\((languages.isEmpty ? "-" : languages).padded(12)) \(TerminalText.safe(agent.team)) \(agent.role.rawValue)")
                }
            }
        }

        static func duration(_ seconds: TimeInterval) -> String {
            let minutes = max(0, Int(seconds / 60))
            return minutes < 60 ? "\(minutes)m" : minutes < 1440 ? "\(minutes / 60)h\(minutes % 60)m" : "\(minutes / 1440)d"
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Add an agent, or change one: --status and --capacity steer routing; --languages, --team and --role are an admin's.",
            discussion: """
                Agents may set their own status. Changing another agent's status or capacity takes the supervisor or admin role; \
                adding an agent or changing languages, team or role takes admin. The first agent of a new store is its admin.
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The agent's login.") var login: String
        @Option(help: "The name customers and colleagues see (adds the agent when they are new).") var name: String?
        @Option(help: ArgumentHelp("Languages they read, comma-separated: en, ko, zh, ru, fa.", valueName: "codes")) var languages: String?
        @Option(help: "Their team, the queue routing gives them conversations from.") var team: String?
        @Option(help: "agent, supervisor or admin.") var role: String?
        @Option(help: "available, busy or away.") var status: String?
        @Option(help: "The most active conversations routing gives them (0: none).") var capacity: Int?
        @Option(name: .customLong("as"), help: ArgumentHelp("Act as this agent (default: [agent] login in the configuration).", valueName: "login"))
        var actingAs: String?

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: false)
            let actor = try CurrentAgent.resolve(login: actingAs, configuration: configuration, store: opened)
            let parsedLanguages = try languages.map(Self.languages)
            let parsedRole = try role.map { text in
                guard let role = Agent.Role(rawValue: text) else { throw ValidationError("--role takes agent, supervisor or admin, not '\(text)'.") }
                return role
            }
            let parsedStatus = try status.map { text in
                guard let status = AgentStatus(rawValue: text) else { throw ValidationError("--status takes available, busy or away, not '\(text)'.") }
                return status
            }
            let existing = try opened.agent(login: login)
            let profileChange = existing == nil || parsedLanguages != nil || team != nil || parsedRole != nil || name != nil
            if profileChange {
                try RoleGate.require([.admin], to: existing == nil ? "adding an agent" : "changing an agent's profile", agent: actor,
                                     configuration: configuration, store: opened)
            } else if login != actor.login {
                try RoleGate.require(RoleGate.supervisors, to: "changing another agent's status", agent: actor,
                                     configuration: configuration, store: opened)
            }
            let workload = try opened.write { writer -> AgentWorkload in
                var agent = existing
                if profileChange {
                    agent = try writer.upsertAgent(login: login, name: name ?? existing?.name ?? login,
                                                   languages: parsedLanguages ?? existing?.languages ?? [],
                                                   role: parsedRole ?? existing?.role ?? .agent, team: team ?? existing?.team ?? "support")
                }
                guard let agent else { throw CurrentAgent.unknownLogin(login) }
                return try writer.setAgentStatus(agent.id, to: parsedStatus, capacity: capacity, at: Date())
            }
            let languages = workload.agent.languages.map(\.rawValue).joined(separator: ",")
            print("\(workload.agent.login): \(workload.status.rawValue), \(workload.load)/\(workload.capacity) conversations, "
                + "reads \(languages.isEmpty ? "no language yet (routing gives them nothing until --languages)" : languages), "
                + "team \(workload.agent.team), \(workload.agent.role.rawValue).")
        }

        static func languages(_ text: String) throws -> [Language] {
            try text.split(separator: ",").map { code in
                let trimmed = code.trimmingCharacters(in: .whitespaces)
                guard let language = Language(rawValue: trimmed) else {
                    throw ValidationError("--languages takes en, ko, zh, ru and fa, comma-separated; '\(trimmed)' is none of them.")
                }
                return language
            }
        }
    }
}
