import Foundation
import GRDB
import ConversationEngine

/// The ways a customer can be answered, worked out from their identities and from what they
/// have used: an address is only worth offering on a channel that can carry it.
extension SQLiteStore {
    public func replyRoutes(for conversation: ConversationID) throws -> [ReplyRoute] {
        try read { db in try Self.replyRoutes(for: conversation, in: db) }
    }

    /// Reply channels after the conversation's own, in this order.
    static let routeOrder: [Channel] = [.email, .sms, .whatsapp, .chat, .x, .facebook, .instagram, .telegram]

    static func replyRoutes(for id: ConversationID, in db: Database) throws -> [ReplyRoute] {
        guard let conversation = try Row.fetchOne(db.cachedStatement(sql:
            "SELECT \(RowDecoding.conversationColumns) FROM conversations c WHERE c.id = ?"), arguments: [id.rawValue])
            .map(RowDecoding.conversation) else {
            throw StoreError.notFound(what: "conversation", id: id.description)
        }
        let identities = try identities(of: conversation.customerID, in: db)
        // The identity the customer last wrote from on each channel, across all their conversations.
        var used: [Channel: Identity] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT channel, customer_identity FROM messages
            WHERE customer_id = ? AND direction = 'inbound' AND customer_identity IS NOT NULL ORDER BY sent_at, id
            """), arguments: [conversation.customerID.rawValue]) {
            if let channel = Channel(rawValue: row[0]), let identity = IdentityColumn.decode(row[1]), identities.contains(identity) {
                used[channel] = identity
            }
        }
        // The conversation's own channel: where the customer last wrote in it.
        let latest = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT channel, social_visibility FROM messages
            WHERE conversation_id = ? AND direction = 'inbound' AND channel <> 'note' ORDER BY sent_at DESC, id DESC LIMIT 1
            """), arguments: [id.rawValue])
        var own = (latest?[0] as String?).flatMap(Channel.init(rawValue:)) ?? conversation.originChannel
        if own == .phone || own == .note { own = .sms }
        let publicOnX = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT 1 FROM messages WHERE conversation_id = ? AND direction = 'inbound' AND channel = 'x' AND social_visibility = 'public'
            LIMIT 1
            """), arguments: [id.rawValue]) ?? false

        var routes: [ReplyRoute] = []
        for channel in [own] + routeOrder.filter({ $0 != own }) {
            routes += Self.routes(on: channel, identities: identities, used: used, publicPost: publicOnX)
        }
        return routes
    }

    /// The routes on one channel, the identity the customer used there first.
    static func routes(on channel: Channel, identities: [Identity], used: [Channel: Identity], publicPost: Bool) -> [ReplyRoute] {
        var candidates: [Identity]
        switch channel {
        case .email:
            candidates = identities.filter { $0.kind == .email }
        case .sms:
            candidates = identities.filter { $0.kind == .phone }
        case .whatsapp:
            // Only a number the customer has written from on WhatsApp is known to have it.
            candidates = used[.whatsapp].map { [$0] } ?? identities.filter { $0.kind != .phone && $0.platform == "whatsapp" }
        case .chat:
            // A chat visitor is reached in the chat they came from, nowhere else.
            candidates = used[.chat].map { [$0] } ?? []
        case .x, .facebook, .instagram, .telegram:
            let own = identities.filter { ($0.kind == .handle || $0.kind == .external) && $0.platform == channel.rawValue }
            // One route per platform account: the identity used last, else the handle, else the id.
            candidates = (used[channel].map { [$0] } ?? own.sorted { ($0.kind == .handle ? 0 : 1) < ($1.kind == .handle ? 0 : 1) }).prefix(1).map { $0 }
        case .phone, .note:
            candidates = []
        }
        if let preferred = used[channel], let index = candidates.firstIndex(of: preferred), index > 0 {
            candidates.insert(candidates.remove(at: index), at: 0)
        }
        let several = candidates.count > 1
        return candidates.flatMap { identity -> [ReplyRoute] in
            let suffix = several ? " (\(identity.description))" : ""
            switch channel {
            case .x:
                let direct = ReplyRoute(channel: .x, recipient: identity, label: "X direct message" + suffix)
                return publicPost ? [ReplyRoute(channel: .x, recipient: identity, label: "X reply, public" + suffix, isPublic: true), direct]
                    : [direct]
            case .facebook:
                return [ReplyRoute(channel: channel, recipient: identity, label: "Messenger" + suffix)]
            case .instagram:
                return [ReplyRoute(channel: channel, recipient: identity, label: "Instagram direct message" + suffix)]
            default:
                return [ReplyRoute(channel: channel, recipient: identity, label: channel.label + suffix)]
            }
        }
    }
}
