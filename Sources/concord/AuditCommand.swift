import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord audit`: who viewed, exported, merged, reassigned or erased what, and when. It
/// shows ids and actions only: the log holds no personal data, so it can be handed to an auditor.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The audit log: views of customers, exports, merges, reassignments, erasures, refusals.")

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Only entries at or after this time (ISO 8601, like 2026-12-01T09:00:00Z).", valueName: "time"))
    var since: String?
    @Option(help: "At most this many entries (oldest first).") var limit = 1000
    @Flag(help: "One JSON object per line.") var json = false
    @Option(name: .customLong("as"), help: ArgumentHelp("Act as this agent (default: [agent] login in the configuration).", valueName: "login"))
    var actingAs: String?

    mutating func run() throws {
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let actor = try CurrentAgent.resolve(login: actingAs, configuration: configuration, store: opened)
        try RoleGate.require(RoleGate.supervisors, to: "reading the audit log", agent: actor, configuration: configuration, store: opened)
        let start = try since.map { text in
            guard let date = try? Date(text, strategy: .iso8601) else {
                throw ValidationError("--since takes an ISO 8601 time like 2026-12-01T09:00:00Z, not '\(text)'.")
            }
            return date
        }
        for entry in try opened.auditLog(since: start, limit: limit) {
            if json {
                var object: [String: Any] = [
                    "id": entry.id, "at": CustomerJSON.iso(entry.at), "actor": entry.actor, "role": entry.role.rawValue,
                    "action": entry.action.rawValue, "subject": entry.subjectKind.rawValue, "detail": entry.detail,
                ]
                object["subject_id"] = entry.subjectID
                try JSONLines.print(object)
            } else {
                let subject = entry.subjectKind.rawValue + (entry.subjectID.map { " \($0)" } ?? "")
                print("\(CustomerJSON.iso(entry.at))  \(TerminalText.safe(entry.actor).padded(12)) \(entry.action.rawValue.padded(15)) "
                    + "\(subject.padded(18)) \(TerminalText.safe(entry.detail))")
            }
        }
    }
}
