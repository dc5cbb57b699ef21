import Foundation
import GRDB
import ConversationEngine

extension SQLiteWriteSession {
    func setAgentStatus(_ agent: AgentID, to status: AgentStatus?, capacity: Int?, at: Date) throws -> AgentWorkload {
        if let capacity, capacity < 0 {
            throw StoreError.invalidValue("capacity \(capacity) is negative; 0 means routing gives the agent none")
        }
        try db.execute(sql: """
            UPDATE agents SET
                status_since = CASE WHEN ?1 IS NOT NULL AND ?1 <> status THEN ?2 ELSE status_since END,
                status = coalesce(?1, status),
                capacity = coalesce(?3, capacity)
            WHERE id = ?4
            """, arguments: [status?.rawValue, at.timeIntervalSince1970, capacity, agent.rawValue])
        guard db.changesCount > 0,
              let row = try Row.fetchOne(db, sql: Self.workloadSQL(where: "a.id = ?"), arguments: [agent.rawValue]) else {
            throw StoreError.notFound(what: "agent", id: agent.description)
        }
        return SQLiteStore.workload(row)
    }

    func workloadsForUpdate() throws -> [AgentWorkload] {
        try Row.fetchAll(db, sql: SQLiteStore.workloadSQL).map(SQLiteStore.workload)
    }

    func markRouted(_ agent: AgentID, at: Date) throws {
        try db.execute(sql: "UPDATE agents SET last_routed_at = ?, routing_turn = (SELECT max(routing_turn) + 1 FROM agents) WHERE id = ?", arguments: [at.timeIntervalSince1970, agent.rawValue])
    }

    func recordAudit(_ record: AuditRecord) throws {
        try db.execute(sql: """
            INSERT INTO audit_log (at, actor, role, action, subject_kind, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [record.at.timeIntervalSince1970, record.actor, record.role.rawValue, record.action.rawValue,
                             record.subjectKind.rawValue, record.subjectID, record.detail])
    }

    func broadcast(_ text: String, team: String?, from author: Agent, at: Date) throws -> Broadcast {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw ReplyError.emptyBody }
        try db.execute(sql: "INSERT INTO broadcasts (at, author, author_name, team, text) VALUES (?, ?, ?, ?, ?)",
                       arguments: [at.timeIntervalSince1970, author.login, author.name, team, body])
        return Broadcast(id: db.lastInsertedRowID, at: at, author: author.login, authorName: author.name, team: team, text: body)
    }

    private static func workloadSQL(where condition: String) -> String {
        SQLiteStore.workloadSQL.replacingOccurrences(of: "FROM agents a", with: "FROM agents a WHERE \(condition)")
    }
}
