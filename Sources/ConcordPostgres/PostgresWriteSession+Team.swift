import Foundation
import ConcordStore
import ConversationEngine

extension PostgresWriteSession {
    func setAgentStatus(_ agent: AgentID, to status: AgentStatus?, capacity: Int?, at: Date) throws -> AgentWorkload {
        if let capacity, capacity < 0 {
            throw StoreError.invalidValue("capacity \(capacity) is negative; 0 means routing gives the agent none")
        }
        let changed = try session.execute("""
            UPDATE agents SET
                status_since = CASE WHEN ?::text IS NOT NULL AND ?::text <> status THEN ? ELSE status_since END,
                status = coalesce(?::text, status),
                capacity = coalesce(?::integer, capacity)
            WHERE id = ?
            """, [status?.rawValue, status?.rawValue, at, status?.rawValue, capacity, agent.rawValue])
        guard changed > 0, let row = try session.row(PostgresStore.workloadSQL + " WHERE a.id = ?", [agent.rawValue]) else {
            throw StoreError.notFound(what: "agent", id: agent.description)
        }
        return try PostgresStore.workload(row)
    }

    func workloadsForUpdate() throws -> [AgentWorkload] {
        try session.rows(PostgresStore.workloadSQL + " ORDER BY a.login COLLATE \"C\"").map(PostgresStore.workload)
    }

    func markRouted(_ agent: AgentID, at: Date) throws {
        try session.execute("UPDATE agents SET last_routed_at = ?, routing_turn = (SELECT max(routing_turn) + 1 FROM agents) WHERE id = ?", [at, agent.rawValue])
    }

    func recordAudit(_ record: AuditRecord) throws {
        try Self.insertAudit(record, session: session)
    }

    func broadcast(_ text: String, team: String?, from author: Agent, at: Date) throws -> Broadcast {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw ReplyError.emptyBody }
        let id = try session.insert("INSERT INTO broadcasts (at, author, author_name, team, text) VALUES (?, ?, ?, ?, ?)",
                                    [at, author.login, author.name, team, body])
        return Broadcast(id: id, at: at, author: author.login, authorName: author.name, team: team, text: body)
    }

    static func insertAudit(_ record: AuditRecord, session: PostgresSession) throws {
        try session.execute("""
            INSERT INTO audit_log (at, actor, role, action, subject_kind, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [record.at, record.actor, record.role.rawValue, record.action.rawValue, record.subjectKind.rawValue,
                  record.subjectID, record.detail])
    }
}
