import Foundation

/// The JSON object `concord parse email FILE... --json` prints for one file: one line per
/// file, keys sorted so output is stable and diffable, absent values as `null`, dates in ISO
/// 8601 UTC with "Z", control characters escaped (a message can never break the line format
/// or reach the terminal raw).
///
/// ```json
/// {"attachments":[{"content_type":"application/pdf","filename":"invoice.pdf","size":48213}],"cc":[],
///  "date":"2024-03-01T09:30:00Z","file":"cur/1709285400.M1P2.host:2,S","from":{"address":"kim@example.kr",
///  "name":"김민지"},"in_reply_to":null,"message_id":"abc@example.kr","references":[],"subject":"환불 문의",
///  "text":"...","to":[{"address":"support@acme.example","name":null}],"warnings":[]}
/// ```
public struct EmailJSONRecord: Encodable, Sendable, Hashable {
    public struct Address: Encodable, Sendable, Hashable {
        public var name: String?
        public var address: String

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(address, forKey: .address)
        }

        enum CodingKeys: String, CodingKey { case name, address }
    }

    public struct Attachment: Encodable, Sendable, Hashable {
        public var filename: String?
        public var contentType: String
        public var size: Int

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(filename, forKey: .filename)
            try container.encode(contentType, forKey: .contentType)
            try container.encode(size, forKey: .size)
        }

        enum CodingKeys: String, CodingKey {
            case filename, size
            case contentType = "content_type"
        }
    }

    public var file: String
    public var messageID: String?
    public var inReplyTo: String?
    public var references: [String]
    /// ISO 8601 in UTC ("2024-03-01T09:30:00Z").
    public var date: String?
    public var from: Address?
    public var to: [Address]
    public var cc: [Address]
    public var subject: String?
    public var text: String
    public var attachments: [Attachment]
    public var warnings: [String]

    /// The record of `email`, read from `file` (printed as given).
    public init(file: String, email: ParsedEmail) {
        self.file = file
        messageID = email.messageID
        inReplyTo = email.inReplyTo
        references = email.references
        date = email.date.map { $0.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)) }
        from = email.from.map(Address.init)
        to = email.to.map(Address.init)
        cc = email.cc.map(Address.init)
        subject = email.subject
        text = email.text
        attachments = email.attachments.map { Attachment(filename: $0.filename, contentType: $0.contentType, size: $0.size) }
        warnings = email.warnings
    }

    /// The record as one line of JSON (no trailing newline).
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(messageID, forKey: .messageID)
        try container.encode(inReplyTo, forKey: .inReplyTo)
        try container.encode(references, forKey: .references)
        try container.encode(date, forKey: .date)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(cc, forKey: .cc)
        try container.encode(subject, forKey: .subject)
        try container.encode(text, forKey: .text)
        try container.encode(attachments, forKey: .attachments)
        try container.encode(warnings, forKey: .warnings)
    }

    enum CodingKeys: String, CodingKey {
        case file, references, date, from, to, cc, subject, text, attachments, warnings
        case messageID = "message_id"
        case inReplyTo = "in_reply_to"
    }
}

extension EmailJSONRecord.Address {
    init(_ address: EmailAddress) {
        self.init(name: address.name, address: address.address)
    }
}
