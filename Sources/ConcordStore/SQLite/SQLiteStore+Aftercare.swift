import Foundation
import GRDB
import ConversationEngine

/// Reads of what happens around a conversation rather than in it: the outbox, follow-ups and
/// satisfaction ratings.
extension SQLiteStore {
    public func outbox(state: OutboxItem.State?, limit: Int) throws -> [OutboxItem] {
        try read { db in
            var sql = "SELECT \(Self.outboxColumns) FROM outbox o JOIN conversations c ON c.id = o.conversation_id"
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let state {
                sql += " WHERE o.state = ?"
                arguments.append(state.rawValue)
            }
            sql += " ORDER BY o.id LIMIT ?"
            arguments.append(limit)
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Self.outboxItem)
        }
    }

    static let outboxColumns = """
        o.id, o.conversation_id, c.customer_id, o.message_id, o.kind, o.channel, o.recipient, o.subject, o.body,
        o.idempotency_key, o.state, o.created_at, o.email_message_id, o.in_reply_to, o."references", o.warnings, o.updated_at,
        o.attempts, o.last_error, o.next_attempt_at
        """

    static func outboxItem(_ row: Row) -> OutboxItem {
        let references: String = row[14]
        let warnings: String = row[15]
        return OutboxItem(
            id: row[0], conversationID: ConversationID(row[1] as Int64), customerID: CustomerID(row[2] as Int64),
            messageID: (row[3] as Int64?).map { MessageID($0) }, kind: OutboxItem.Kind(rawValue: row[4]) ?? .acknowledgement,
            channel: Channel(rawValue: row[5]) ?? .email,
            recipient: IdentityColumn.decode(row[6]) ?? Identity(kind: .external, value: row[6]), subject: row[7],
            body: row[8], idempotencyKey: row[9], state: OutboxItem.State(rawValue: row[10]) ?? .queued,
            createdAt: Date(timeIntervalSince1970: row[11]), emailMessageID: row[12], inReplyTo: row[13],
            references: references.split(separator: " ").map(String.init),
            warnings: warnings.isEmpty ? [] : warnings.components(separatedBy: "\n"),
            updatedAt: RowDecoding.date(row[16]), attempts: row[17], lastError: row[18], nextAttemptAt: RowDecoding.date(row[19]))
    }

    static func outboxItem(_ id: Int64, in db: Database) throws -> OutboxItem? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(outboxColumns) FROM outbox o JOIN conversations c ON c.id = o.conversation_id WHERE o.id = ?
            """), arguments: [id]).map(outboxItem)
    }

    public func followUps(states: Set<FollowUp.State>?, dueBy: Date?, limit: Int) throws -> [FollowUp] {
        try read { db in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let states {
                conditions.append("f.state IN (\(states.map { _ in "?" }.joined(separator: ", ")))")
                arguments += states.sorted { $0.rawValue < $1.rawValue }.map(\.rawValue)
            }
            if let dueBy {
                conditions.append("f.due_at <= ?")
                arguments.append(dueBy.timeIntervalSince1970)
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            arguments.append(limit)
            return try Row.fetchAll(db, sql: """
                SELECT \(FollowUpColumns.select) FROM follow_ups f JOIN conversations c ON c.id = f.conversation_id\(filter)
                ORDER BY f.due_at, f.id LIMIT ?
                """, arguments: StatementArguments(arguments)).map(FollowUpColumns.decode)
        }
    }

    public func satisfaction(since: Date?) throws -> [SatisfactionRating] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(Self.ratingColumns) FROM satisfaction s JOIN conversations c ON c.id = s.conversation_id
                WHERE s.at >= ? ORDER BY s.at, s.id
                """), arguments: [since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude]).map(Self.rating)
        }
    }

    public func satisfaction(of customer: CustomerID) throws -> [SatisfactionRating] {
        try read { db in try Self.satisfaction(of: customer, in: db) }
    }

    static func satisfaction(of customer: CustomerID, in db: Database) throws -> [SatisfactionRating] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(ratingColumns) FROM satisfaction s JOIN conversations c ON c.id = s.conversation_id
            WHERE c.customer_id = ? ORDER BY s.at, s.id
            """), arguments: [customer.rawValue]).map(rating)
    }

    static let ratingColumns = "s.id, c.customer_id, s.conversation_id, s.score, s.comment, s.at, s.message_id, s.channel, s.agent_id, s.source"

    static func rating(_ row: Row) -> SatisfactionRating {
        let message: Int64? = row[6], agent: Int64? = row[8]
        let channel: String = row[7], source: String = row[9]
        return SatisfactionRating(
            id: row[0], customerID: CustomerID(row[1] as Int64), conversationID: ConversationID(row[2] as Int64), score: row[3],
            comment: row[4], at: Date(timeIntervalSince1970: row[5]), messageID: message.map { MessageID($0) },
            channel: Channel(rawValue: channel) ?? .email, agentID: agent.map { AgentID($0) },
            source: SatisfactionRating.Source(rawValue: source) ?? .reply)
    }
}
