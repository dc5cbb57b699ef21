import ConversationEngine

/// One way to answer a customer: a channel and the customer's address on it. The console
/// offers a conversation's routes (see `Store.replyRoutes(for:)`) so the agent can answer on
/// the channel the customer wrote on, or move to another one they have.
public struct ReplyRoute: Sendable, Hashable {
    public var channel: Channel
    /// The customer's identity the reply goes to (an address, a number, a handle).
    public var recipient: Identity
    /// What the agent sees: "Email", "SMS", "X reply, public", "X direct message".
    public var label: String
    /// On X: a public reply under the customer's post, seen by everyone, rather than a
    /// direct message. False on every other channel.
    public var isPublic: Bool

    public init(channel: Channel, recipient: Identity, label: String, isPublic: Bool = false) {
        self.channel = channel
        self.recipient = recipient
        self.label = label
        self.isPublic = isPublic
    }

    /// The limit a reply on this route is held to.
    public func usage(of text: String) -> ChannelUsage {
        ChannelUsage.measure(text, on: channel, isPublic: channel == .x ? isPublic : nil)
    }
}
