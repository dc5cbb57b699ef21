/// The headers that thread an email, kept with the message so threading can be redone and
/// replies can carry correct References.
public struct EmailHeaders: Codable, Sendable, Hashable {
    /// Message-ID without angle brackets.
    public var messageID: String?
    public var inReplyTo: String?
    public var references: [String]

    public init(messageID: String? = nil, inReplyTo: String? = nil, references: [String] = []) {
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
    }
}
