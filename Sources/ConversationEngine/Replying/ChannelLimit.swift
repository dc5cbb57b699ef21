/// How long a reply may be on a channel, and how its length is counted there: the providers
/// refuse (or silently cut) what is longer, so the agent must see the count while writing.
public struct ChannelLimit: Sendable, Hashable {
    /// How a channel counts the length of a text.
    public enum Counting: Sendable, Hashable {
        /// Characters as people see them (grapheme clusters).
        case characters
        /// twitter-text's weighted length: most non-Latin scripts and every emoji weigh 2, a
        /// link weighs 23 however long it is.
        case twitterWeighted
        /// SMS parts: GSM 03.38 septets when every character fits the GSM-7 alphabet, UTF-16
        /// code units (UCS-2) otherwise.
        case smsSegments
    }

    /// The most a reply may count; for SMS the most segments one reply is split into.
    public var maximum: Int
    public var counting: Counting

    public init(maximum: Int, counting: Counting) {
        self.maximum = maximum
        self.counting = counting
    }

    /// Segments Concord sends as one SMS reply at most: carriers deliver longer concatenations
    /// unreliably, and Twilio recommends staying within ten.
    public static let smsMaximumSegments = 10
    /// A public X post (twitter-text config v3's `maxWeightedTweetLength`).
    public static let xPost = ChannelLimit(maximum: 280, counting: .twitterWeighted)
    /// An X direct message.
    public static let xDirectMessage = ChannelLimit(maximum: 10_000, counting: .characters)

    /// The limit of `channel`, or nil where there is none (email, chat, a call, a note).
    /// - Parameter isPublic: for X, a public post (280 weighted) or a direct message (10,000);
    ///   nil means a post, the stricter of the two.
    public static func of(_ channel: Channel, isPublic: Bool? = nil) -> ChannelLimit? {
        switch channel {
        case .sms: ChannelLimit(maximum: smsMaximumSegments, counting: .smsSegments)
        case .x: isPublic == false ? xDirectMessage : xPost
        case .whatsapp, .telegram: ChannelLimit(maximum: 4_096, counting: .characters)
        case .facebook: ChannelLimit(maximum: 2_000, counting: .characters)
        case .instagram: ChannelLimit(maximum: 1_000, counting: .characters)
        case .email, .chat, .phone, .note: nil
        }
    }
}
