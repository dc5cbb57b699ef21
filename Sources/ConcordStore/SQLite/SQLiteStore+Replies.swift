import Foundation
import GRDB
import ConversationEngine

/// The ways a customer can be answered, worked out from their identities and from what they
/// have used (see `ReplyRouting`): an address is only worth offering on a channel that can carry it.
extension SQLiteStore {
    public func replyRoutes(for conversation: ConversationID) throws -> [ReplyRoute] {
        try read { db in try Self.replyRoutes(for: conversation, in: db) }
    }

    static func replyRoutes(for id: ConversationID, in db: Database) throws -> [ReplyRoute] {
        guard let conversation = try Row.fetchOne(db.cachedStatement(sql:
            "SELECT \(RowDecoding.conversationColumns) FROM conversations c WHERE c.id = ?"), arguments: [id.rawValue])
            .map(RowDecoding.conversation) else {
            throw StoreError.notFound(what: "conversation", id: id.description)
        }
        let identities = try identities(of: conversation.customerID, in: db)
        // The identity the customer last wrote from on each channel, across all their conversations.
        let inbound = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT channel, customer_identity FROM messages
            WHERE customer_id = ? AND direction = 'inbound' AND customer_identity IS NOT NULL ORDER BY sent_at, id
            """), arguments: [conversation.customerID.rawValue]).map { row in (channel: row[0] as String, identity: row[1] as String) }
        // The conversation's own channel: where the customer last wrote in it.
        let latest = try String.fetchOne(db.cachedStatement(sql: """
            SELECT channel FROM messages
            WHERE conversation_id = ? AND direction = 'inbound' AND channel <> 'note' ORDER BY sent_at DESC, id DESC LIMIT 1
            """), arguments: [id.rawValue])
        let publicOnX = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT 1 FROM messages WHERE conversation_id = ? AND direction = 'inbound' AND channel = 'x' AND social_visibility = 'public'
            LIMIT 1
            """), arguments: [id.rawValue]) ?? false
        return ReplyRouting.routes(latestChannel: latest.flatMap(Channel.init(rawValue:)), originChannel: conversation.originChannel,
                                   identities: identities, used: ReplyRouting.lastUsed(inbound, among: identities),
                                   publicPost: publicOnX)
    }
}
