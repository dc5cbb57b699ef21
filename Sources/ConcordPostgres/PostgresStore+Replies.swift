import Foundation
import ConcordStore
import ConversationEngine

/// The ways a customer can be answered: the rows `ReplyRouting` works them out from, read as
/// `SQLiteStore+Replies` reads them.
extension PostgresStore {
    public func replyRoutes(for conversation: ConversationID) throws -> [ReplyRoute] {
        try readConsistently { session in try Self.replyRoutes(for: conversation, in: session) }
    }

    /// The routes as `session` sees them (also for writers, in their transaction).
    static func replyRoutes(for id: ConversationID, in session: PostgresSession) throws -> [ReplyRoute] {
        guard let conversation = try session.row(PostgresIngestIndex.conversationSQL, [id.rawValue])
            .map(PostgresRowDecoding.conversation) else {
            throw StoreError.notFound(what: "conversation", id: id.description)
        }
        let identities = try identities(of: conversation.customerID, in: session)
        // The identity the customer last wrote from on each channel, across all their conversations.
        let inbound = try session.rows("""
            SELECT channel, customer_identity FROM messages
            WHERE customer_id = ? AND direction = 'inbound' AND customer_identity IS NOT NULL ORDER BY sent_at, id
            """, [conversation.customerID.rawValue]).map { row in (channel: try row(0, as: String.self), identity: try row(1, as: String.self)) }
        // The conversation's own channel: where the customer last wrote in it.
        let latest = try session.value("""
            SELECT channel FROM messages
            WHERE conversation_id = ? AND direction = 'inbound' AND channel <> 'note' ORDER BY sent_at DESC, id DESC LIMIT 1
            """, [id.rawValue], as: String.self)
        let publicOnX = try session.row("""
            SELECT 1 FROM messages WHERE conversation_id = ? AND direction = 'inbound' AND channel = 'x' AND social_visibility = 'public'
            LIMIT 1
            """, [id.rawValue]) != nil
        return ReplyRouting.routes(latestChannel: latest.flatMap(Channel.init(rawValue:)), originChannel: conversation.originChannel,
                                   identities: identities, used: ReplyRouting.lastUsed(inbound, among: identities),
                                   publicPost: publicOnX)
    }
}
