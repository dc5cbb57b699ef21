import ConversationEngine

/// Works out the ways a customer can be answered (`Store.replyRoutes(for:)`) from what a store
/// read: their identities, the identities they wrote from, and the conversation's channel. It is
/// public so that every store (SQLite, PostgreSQL) offers the same routes in the same order;
/// a store only reads the rows.
public enum ReplyRouting {
    /// Reply channels after the conversation's own, in this order.
    public static let channelOrder: [Channel] = [.email, .sms, .whatsapp, .chat, .x, .facebook, .instagram, .telegram]

    /// The identity the customer last wrote from on each channel: `inbound` is their inbound
    /// messages' channel and `IdentityColumn` text, oldest first; identities they no longer own
    /// (split off to another customer) are ignored.
    public static func lastUsed(_ inbound: [(channel: String, identity: String)], among identities: [Identity]) -> [Channel: Identity] {
        var used: [Channel: Identity] = [:]
        for message in inbound {
            if let channel = Channel(rawValue: message.channel), let identity = IdentityColumn.decode(message.identity),
               identities.contains(identity) {
                used[channel] = identity
            }
        }
        return used
    }

    /// Every route, the conversation's own channel first (where the customer last wrote in it,
    /// `latestChannel`, else the channel it started on; a call or a note is answered by SMS), then
    /// the other channels in `channelOrder`.
    /// - Parameter publicPost: the customer wrote a public post on X in this conversation.
    public static func routes(latestChannel: Channel?, originChannel: Channel, identities: [Identity],
                              used: [Channel: Identity], publicPost: Bool) -> [ReplyRoute] {
        var own = latestChannel ?? originChannel
        if own == .phone || own == .note { own = .sms }
        var routes: [ReplyRoute] = []
        for channel in [own] + channelOrder.filter({ $0 != own }) {
            routes += Self.routes(on: channel, identities: identities, used: used, publicPost: publicPost)
        }
        return routes
    }

    /// The routes on one channel, the identity the customer used there first.
    public static func routes(on channel: Channel, identities: [Identity], used: [Channel: Identity], publicPost: Bool) -> [ReplyRoute] {
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
