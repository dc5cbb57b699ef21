import ArgumentParser
import ConcordConsole
import ConcordStore
import ConversationEngine
import Foundation

/// What only some roles may do (the supervisor screen, exports, erasure, routing), checked
/// before anything is read or written. A refusal is one line on standard error naming the
/// role it takes, exit status 5, and a `refused` row in the audit log.
enum RoleGate {
    /// The exit status of a refusal.
    static let notAllowed: Int32 = 5

    /// Returns the acting agent (with the role in force) when their role is one of `roles`.
    /// - Parameter what: the action in a few words, for the message and the audit row ("export", "supervise").
    @discardableResult
    static func require(_ roles: Set<Agent.Role>, to what: String, agent: Agent, configuration: ConcordConfiguration,
                        store: any Store) throws -> Agent {
        let acting = CurrentAgent.acting(agent, configuration: configuration)
        guard !roles.contains(acting.role) else { return acting }
        try store.recordAudit(AuditRecord(at: Date(), actor: acting.login, role: acting.role, action: .refused,
                                          subjectKind: .store, subjectID: nil, detail: what))
        let needed = Agent.Role.allCases.filter(roles.contains).map(\.rawValue).joined(separator: " or ")
        FileHandle.standardError.write(Data(("\(acting.login) is \(article(acting.role)) \(acting.role.rawValue); \(what) takes "
            + "the \(needed) role (an admin sets it with `concord agents set \(acting.login) --role supervisor`, "
            + "or [roles] in the configuration).\n").utf8))
        throw ExitCode(notAllowed)
    }

    /// Customer records leaving Concord as JSON (`customers show --json`, `customers list --json`): only
    /// supervisors and admins may, and each export is written to the audit log (ids and counts,
    /// never the data).
    /// - Parameters:
    ///   - actingAs: `--as LOGIN`, else the configured agent.
    ///   - customer: the one customer exported, if it is one.
    static func export(_ what: String, customer: Int64? = nil, actingAs: String? = nil, configuration: ConcordConfiguration,
                       store: any Store) throws {
        let agent = try CurrentAgent.resolve(login: actingAs, configuration: configuration, store: store)
        let acting = try require(supervisors, to: "exporting (\(what))", agent: agent, configuration: configuration, store: store)
        try store.recordAudit(AuditRecord(at: Date(), actor: acting.login, role: acting.role, action: .export,
                                          subjectKind: customer == nil ? .store : .customer, subjectID: customer, detail: what))
    }

    /// Supervisors and admins.
    static let supervisors: Set<Agent.Role> = [.supervisor, .admin]

    private static func article(_ role: Agent.Role) -> String { role == .agent || role == .admin ? "an" : "a" }
}
