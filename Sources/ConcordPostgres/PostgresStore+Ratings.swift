import Foundation
import ConcordStore
import ConversationEngine

/// One customer's satisfaction ratings as a session sees them, as `SQLiteStore.satisfaction(of:in:)`
/// reads them: the customer snapshot reads them in its own transaction, and
/// `satisfaction(of:)` (the aftercare reads) answers with them.
extension PostgresStore {
    static let ratingColumns = "s.id, c.customer_id, s.conversation_id, s.score, s.comment, s.at, s.message_id, s.channel, s.agent_id, s.source"

    /// A rating from `ratingColumns`, selected first, by position.
    static func rating(_ row: PostgresRecord) throws -> SatisfactionRating {
        let message: Int64? = try row(6), agent: Int64? = try row(8)
        let channel: String = try row(7), source: String = try row(9)
        return SatisfactionRating(
            id: try row(0), customerID: CustomerID(try row(1) as Int64), conversationID: ConversationID(try row(2) as Int64),
            score: try row(3), comment: try row(4), at: try row(5), messageID: message.map(MessageID.init(rawValue:)),
            channel: Channel(rawValue: channel) ?? .email, agentID: agent.map(AgentID.init(rawValue:)),
            source: SatisfactionRating.Source(rawValue: source) ?? .reply)
    }

    /// The customer's ratings, oldest first.
    static func satisfaction(of customer: CustomerID, in session: PostgresSession) throws -> [SatisfactionRating] {
        try session.rows("""
            SELECT \(ratingColumns) FROM satisfaction s JOIN conversations c ON c.id = s.conversation_id
            WHERE c.customer_id = ? ORDER BY s.at, s.id
            """, [customer.rawValue]).map(rating)
    }
}
