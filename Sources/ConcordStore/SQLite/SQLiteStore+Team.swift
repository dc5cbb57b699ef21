import Foundation
import GRDB
import ConversationEngine

extension SQLiteStore {
    /// Agents with their active load, counted with the index on active conversations' assignees.
    static let workloadSQL = """
        SELECT a.*, (SELECT count(*) FROM conversations c WHERE c.assignee_id = a.id AND c.active = 1) AS load
        FROM agents a ORDER BY a.login
        """

    static func workload(_ row: Row) -> AgentWorkload {
        AgentWorkload(agent: RowDecoding.agent(row), status: AgentStatus(rawValue: row["status"]) ?? .available,
                      statusSince: (row["status_since"] as Double?).map(Date.init(timeIntervalSince1970:)),
                      capacity: row["capacity"], load: row["load"],
                      lastRoutedAt: (row["last_routed_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                      routingTurn: row["routing_turn"])
    }

    public func workloads() throws -> [AgentWorkload] {
        try read { db in try Row.fetchAll(db, sql: Self.workloadSQL).map(Self.workload) }
    }

    public func reportPresence(agent: AgentID, conversation: ConversationID?, activity: Presence.Activity, at: Date) throws {
        do {
            try pool.write { db in try Self.reportPresence(agent: agent, conversation: conversation, activity: activity, at: at, in: db) }
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: path)
        }
    }

    public func presence(of customer: CustomerID, freshSince: Date) throws -> [Presence] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.agent_id, a.login, a.name, p.conversation_id, c.origin_channel, p.activity, p.seen_at
                FROM presence p JOIN agents a ON a.id = p.agent_id JOIN conversations c ON c.id = p.conversation_id
                WHERE p.customer_id = ? AND p.seen_at >= ?
                ORDER BY p.seen_at DESC, p.agent_id
                """, arguments: [customer.rawValue, freshSince.timeIntervalSince1970]).map { row in
                Presence(agent: AgentID(row[0] as Int64), login: row[1], name: row[2], conversation: ConversationID(row[3] as Int64),
                         channel: Channel(rawValue: row[4]) ?? .email, activity: Presence.Activity(rawValue: row[5]) ?? .viewing,
                         seenAt: Date(timeIntervalSince1970: row[6]))
            }
        }
    }

    /// One row per agent: the latest report replaces the one before; nil removes it.
    static func reportPresence(agent: AgentID, conversation: ConversationID?, activity: Presence.Activity, at: Date,
                               in db: Database) throws {
        guard let conversation else {
            try db.execute(sql: "DELETE FROM presence WHERE agent_id = ?", arguments: [agent.rawValue])
            return
        }
        try db.execute(sql: """
            INSERT INTO presence (agent_id, conversation_id, customer_id, activity, seen_at)
            SELECT ?, id, customer_id, ?, ? FROM conversations WHERE id = ?
            ON CONFLICT(agent_id) DO UPDATE SET conversation_id = excluded.conversation_id,
                customer_id = excluded.customer_id, activity = excluded.activity, seen_at = excluded.seen_at
            """, arguments: [agent.rawValue, activity.rawValue, at.timeIntervalSince1970, conversation.rawValue])
    }

    public func broadcasts(after: Int64?, limit: Int) throws -> [Broadcast] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM broadcasts WHERE id > ? ORDER BY id LIMIT ?",
                             arguments: [after ?? 0, max(0, limit)]).map { row in
                Broadcast(id: row["id"], at: Date(timeIntervalSince1970: row["at"]), author: row["author"],
                          authorName: row["author_name"], team: row["team"], text: row["text"])
            }
        }
    }

    public func recordAudit(_ record: AuditRecord) throws {
        try write { try $0.recordAudit(record) }
    }

    public func auditLog(since: Date?, limit: Int) throws -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE at >= ? ORDER BY at, id LIMIT ?",
                             arguments: [since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude, max(0, limit)]).map { row in
                AuditEntry(id: row["id"], at: Date(timeIntervalSince1970: row["at"]), actor: row["actor"],
                           role: Agent.Role(rawValue: row["role"]) ?? .agent, action: AuditEntry.Action(rawValue: row["action"]) ?? .refused,
                           subjectKind: AuditEntry.SubjectKind(rawValue: row["subject_kind"]) ?? .store,
                           subjectID: row["subject_id"], detail: row["detail"])
            }
        }
    }
}
