/// Where a social message was seen: a public post or mention is a complaint in front of
/// everyone and deserves a faster answer than a private message.
public struct SocialDetails: Codable, Sendable, Hashable {
    public enum Visibility: String, Codable, Sendable, Hashable {
        case `public`, `private`
    }

    public var visibility: Visibility
    /// The post or message URL on the platform, for opening it in a browser.
    public var url: String?
    /// The platform's id of the post this one answers, if any.
    public var inReplyToPostID: String?

    public init(visibility: Visibility, url: String? = nil, inReplyToPostID: String? = nil) {
        self.visibility = visibility
        self.url = url
        self.inReplyToPostID = inReplyToPostID
    }
}
