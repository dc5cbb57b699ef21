import Foundation

/// Everything Concord reads from one RFC 5322 message, decoded to plain Swift values.
///
/// This is the parser's whole answer: the ingest pipeline turns it into an `InboundEvent`
/// (see `EmailSourceParser`) and `concord parse email --json` prints it (see
/// `EmailJSONRecord`), so both always agree on what a message says.
public struct ParsedEmail: Codable, Sendable, Hashable {
    /// Message-ID without angle brackets.
    public var messageID: String?
    /// The message this one replies to (the first id of In-Reply-To), without angle brackets;
    /// nil when the header is missing or empty.
    public var inReplyTo: String?
    /// The References header, oldest first, without angle brackets.
    public var references: [String]
    /// The Date header; nil (with a warning) when missing or unreadable.
    public var date: Date?
    public var from: EmailAddress?
    public var to: [EmailAddress]
    public var cc: [EmailAddress]
    public var replyTo: [EmailAddress]
    /// The subject, decoded (RFC 2047) and unfolded; nil when there is no Subject header.
    public var subject: String?
    /// The best plain-text body: the text/plain part, else the HTML part as readable text.
    /// Line endings are "\n".
    public var text: String
    public var attachments: [EmailAttachment]
    /// What was broken in the message and how it was repaired, for people.
    public var warnings: [String]

    public init(messageID: String? = nil, inReplyTo: String? = nil, references: [String] = [], date: Date? = nil,
                from: EmailAddress? = nil, to: [EmailAddress] = [], cc: [EmailAddress] = [], replyTo: [EmailAddress] = [],
                subject: String? = nil, text: String = "", attachments: [EmailAttachment] = [], warnings: [String] = []) {
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.date = date
        self.from = from
        self.to = to
        self.cc = cc
        self.replyTo = replyTo
        self.subject = subject
        self.text = text
        self.attachments = attachments
        self.warnings = warnings
    }
}
