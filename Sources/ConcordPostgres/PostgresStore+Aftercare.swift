import Foundation
import ConcordStore
import ConversationEngine

/// Reads of what happens around a conversation rather than in it, as `SQLiteStore+Aftercare`
/// reads them: the outbox, follow-ups and satisfaction ratings.
extension PostgresStore {
    public func outbox(state: OutboxItem.State?, limit: Int) throws -> [OutboxItem] {
        try read { session in
            var sql = "SELECT \(Self.outboxColumns) FROM outbox o JOIN conversations c ON c.id = o.conversation_id"
            var values: [(any PostgresBindable)?] = []
            if let state {
                sql += " WHERE o.state = ?"
                values.append(state.rawValue)
            }
            sql += " ORDER BY o.id LIMIT ?"
            values.append(Self.limit(limit))
            return try session.rows(sql, values).map(Self.outboxItem)
        }
    }

    static let outboxColumns = """
        o.id, o.conversation_id, c.customer_id, o.message_id, o.kind, o.channel, o.recipient, o.subject, o.body,
        o.idempotency_key, o.state, o.created_at, o.email_message_id, o.in_reply_to, o."references", o.warnings, o.updated_at,
        o.attempts, o.last_error, o.next_attempt_at
        """

    static func outboxItem(_ row: PostgresRecord) throws -> OutboxItem {
        let references: String = try row("references")
        let warnings: String = try row("warnings")
        let recipient: String = try row("recipient")
        return OutboxItem(
            id: try row("id"), conversationID: ConversationID(try row("conversation_id") as Int64),
            customerID: CustomerID(try row("customer_id") as Int64),
            messageID: (try row("message_id") as Int64?).map { MessageID($0) },
            kind: OutboxItem.Kind(rawValue: try row("kind")) ?? .acknowledgement,
            channel: Channel(rawValue: try row("channel")) ?? .email,
            recipient: IdentityColumn.decode(recipient) ?? Identity(kind: .external, value: recipient), subject: try row("subject"),
            body: try row("body"), idempotencyKey: try row("idempotency_key"),
            state: OutboxItem.State(rawValue: try row("state")) ?? .queued,
            createdAt: try row("created_at"), emailMessageID: try row("email_message_id"), inReplyTo: try row("in_reply_to"),
            references: references.split(separator: " ").map(String.init),
            warnings: warnings.isEmpty ? [] : warnings.components(separatedBy: "\n"),
            updatedAt: try row("updated_at"), attempts: Int(try row("attempts") as Int32), lastError: try row("last_error"),
            nextAttemptAt: try row("next_attempt_at"))
    }

    static func outboxItem(_ id: Int64, in session: PostgresSession) throws -> OutboxItem? {
        try session.row("""
            SELECT \(outboxColumns) FROM outbox o JOIN conversations c ON c.id = o.conversation_id WHERE o.id = ?
            """, [id]).map(outboxItem)
    }

    public func followUps(states: Set<FollowUp.State>?, dueBy: Date?, limit: Int) throws -> [FollowUp] {
        try read { session in
            var conditions: [String] = []
            var values: [(any PostgresBindable)?] = []
            if let states {
                conditions.append("f.state IN (\(states.map { _ in "?" }.joined(separator: ", ")))")
                values += states.sorted { $0.rawValue < $1.rawValue }.map(\.rawValue)
            }
            if let dueBy {
                conditions.append("f.due_at <= ?")
                values.append(dueBy)
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            values.append(Self.limit(limit))
            return try session.rows("""
                SELECT \(Self.followUpColumns) FROM follow_ups f JOIN conversations c ON c.id = f.conversation_id\(filter)
                ORDER BY f.due_at, f.id LIMIT ?
                """, values).map(Self.followUp)
        }
    }

    /// The follow-up columns every follow-up query selects (joined with its conversation as `c`).
    static let followUpColumns = """
        f.id, f.conversation_id, c.customer_id, f.fix_channel, f.channel, f.recipient, f.resolved_at, f.due_at, f.state,
        f.survey_token, f.agent_id, f.queued_at, f.reason
        """

    static func followUp(_ row: PostgresRecord) throws -> FollowUp {
        FollowUp(
            id: try row("id"), conversationID: ConversationID(try row("conversation_id") as Int64),
            customerID: CustomerID(try row("customer_id") as Int64),
            fixChannel: Channel(rawValue: try row("fix_channel")) ?? .email,
            channel: (try row("channel") as String?).flatMap(Channel.init(rawValue:)),
            recipient: (try row("recipient") as String?).flatMap(IdentityColumn.decode), resolvedAt: try row("resolved_at"),
            dueAt: try row("due_at"), state: FollowUp.State(rawValue: try row("state")) ?? .scheduled,
            surveyToken: try row("survey_token"), agentID: (try row("agent_id") as Int64?).map { AgentID($0) },
            queuedAt: try row("queued_at"), reason: try row("reason"))
    }

    public func satisfaction(since: Date?) throws -> [SatisfactionRating] {
        try read { session in
            try session.rows("""
                SELECT \(Self.ratingColumns) FROM satisfaction s JOIN conversations c ON c.id = s.conversation_id
                WHERE s.at >= ? ORDER BY s.at, s.id
                """, [since ?? Date.distantPast]).map(Self.rating)
        }
    }

    public func satisfaction(of customer: CustomerID) throws -> [SatisfactionRating] {
        try read { session in try Self.satisfaction(of: customer, in: session) }
    }
}
