import Foundation
import ConcordStore
import ConversationEngine

extension PostgresStore {
    /// Agents with their active load, counted with the index on active conversations' assignees.
    static let workloadSQL = """
        SELECT a.*, (SELECT count(*) FROM conversations c WHERE c.assignee_id = a.id AND c.active) AS load
        FROM agents a
        """

    static func workload(_ row: PostgresRecord) throws -> AgentWorkload {
        AgentWorkload(agent: try PostgresRowDecoding.agent(row), status: AgentStatus(rawValue: try row("status")) ?? .available,
                      statusSince: try row("status_since") as Date?, capacity: Int(try row("capacity") as Int32),
                      load: Int(try row("load") as Int64), lastRoutedAt: try row("last_routed_at") as Date?,
                      routingTurn: try row("routing_turn"))
    }

    public func workloads() throws -> [AgentWorkload] {
        try read { session in try session.rows(Self.workloadSQL + " ORDER BY a.login COLLATE \"C\"").map(Self.workload) }
    }

    /// Heartbeats that change nothing but the time do not notify: fifty consoles reporting
    /// every ten seconds would otherwise make every console look again five times a second.
    public func reportPresence(agent: AgentID, conversation: ConversationID?, activity: Presence.Activity, at: Date) throws {
        _ = try transaction(announcing: { changed, _ in changed ? .presence : nil }) { session in
            guard let conversation else {
                return try session.execute("DELETE FROM presence WHERE agent_id = ?", [agent.rawValue]) > 0
            }
            let before = try session.row("SELECT conversation_id, activity FROM presence WHERE agent_id = ?", [agent.rawValue])
            let unchanged = try before.map { row in
                try row(0) as Int64 == conversation.rawValue && (try row(1) as String) == activity.rawValue
            } ?? false
            try session.execute("""
                INSERT INTO presence (agent_id, conversation_id, customer_id, activity, seen_at)
                SELECT ?, id, customer_id, ?, ? FROM conversations WHERE id = ?
                ON CONFLICT (agent_id) DO UPDATE SET conversation_id = excluded.conversation_id,
                    customer_id = excluded.customer_id, activity = excluded.activity, seen_at = excluded.seen_at
                """, [agent.rawValue, activity.rawValue, at, conversation.rawValue])
            return !unchanged
        }
    }

    public func presence(of customer: CustomerID, freshSince: Date) throws -> [Presence] {
        try read { session in
            try session.rows("""
                SELECT p.agent_id, a.login, a.name, p.conversation_id, c.origin_channel, p.activity, p.seen_at
                FROM presence p JOIN agents a ON a.id = p.agent_id JOIN conversations c ON c.id = p.conversation_id
                WHERE p.customer_id = ? AND p.seen_at >= ?
                ORDER BY p.seen_at DESC, p.agent_id
                """, [customer.rawValue, freshSince]).map { row in
                Presence(agent: AgentID(try row(0) as Int64), login: try row(1), name: try row(2),
                         conversation: ConversationID(try row(3) as Int64), channel: Channel(rawValue: try row(4)) ?? .email,
                         activity: Presence.Activity(rawValue: try row(5)) ?? .viewing, seenAt: try row(6))
            }
        }
    }

    public func broadcasts(after: Int64?, limit: Int) throws -> [Broadcast] {
        try read { session in
            try session.rows("SELECT * FROM broadcasts WHERE id > ? ORDER BY id LIMIT ?", [after ?? 0, Self.limit(limit)]).map { row in
                Broadcast(id: try row("id"), at: try row("at"), author: try row("author"), authorName: try row("author_name"),
                          team: try row("team"), text: try row("text"))
            }
        }
    }

    /// Viewing a card changes nothing another console shows, so it does not notify.
    public func recordAudit(_ record: AuditRecord) throws {
        try read { session in try PostgresWriteSession.insertAudit(record, session: session) }
    }

    public func auditLog(since: Date?, limit: Int) throws -> [AuditEntry] {
        try read { session in
            try session.rows("SELECT * FROM audit_log WHERE at >= ? ORDER BY at, id LIMIT ?",
                             [since ?? Date.distantPast, Self.limit(limit)]).map { row in
                AuditEntry(id: try row("id"), at: try row("at"), actor: try row("actor"),
                           role: Agent.Role(rawValue: try row("role")) ?? .agent,
                           action: AuditEntry.Action(rawValue: try row("action")) ?? .refused,
                           subjectKind: AuditEntry.SubjectKind(rawValue: try row("subject_kind")) ?? .store,
                           subjectID: try row("subject_id"), detail: try row("detail"))
            }
        }
    }
}
