import ConversationEngine
import Foundation

/// Turns one email source item (a Maildir file, an mbox message, a message on stdin) into the
/// one timeline event it is.
///
/// Direction comes from the company's own addresses: a message *from* one of
/// `ParseContext.ownEmailAddresses` is outbound (an imported sent mail, written by an agent)
/// and its customer is the first To/Cc recipient who is not the company; anything else is
/// inbound from its sender. The Message-ID is the provider id, so re-ingesting the same mail is
/// a no-op; a message without one falls back to the content hash of `InboundEvent.dedupeKey`.
///
/// ```swift
/// let parser = EmailSourceParser()
/// let item = SourceItem(format: .email, origin: path, data: bytes, receivedAt: modified)
/// let parsed = try parser.parse(item, context: ParseContext(ownEmailAddresses: ["support@acme.example"]))
/// ```
public struct EmailSourceParser: SourceParser {
    public var parser: EmailParser

    public init(parser: EmailParser = EmailParser()) {
        self.parser = parser
    }

    /// Parses `item` (format `.email`).
    /// - Throws: `.malformed` when the bytes are not a message, `.missingField("From")` when no
    ///   customer address can be found, `.missingField("Date")` when neither the message nor
    ///   the item has a time, `.unsupported` for an item of another format.
    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        guard item.format == .email else {
            throw .unsupported("the email parser reads email, not \(item.format.rawValue)")
        }
        let email: ParsedEmail
        do {
            email = try parser.parse(item.data)
        } catch {
            throw .malformed(error.description)
        }
        var warnings = email.warnings
        let event = try event(for: email, receivedAt: item.receivedAt, context: context, warnings: &warnings)
        return ParsedSource(events: [event], warnings: warnings)
    }

    /// The timeline event for an already parsed message (the CLI parses once and both prints
    /// and stores). Notes about the mapping itself (a time taken from the item) go to `warnings`.
    public func event(for email: ParsedEmail, receivedAt: Date?, context: ParseContext,
                      warnings: inout [String]) throws(SourceParseError) -> InboundEvent {
        // ParseContext holds own addresses lower-cased, as the normaliser writes them.
        let own = context.ownEmailAddresses
        let direction: Direction
        let customer: EmailAddress
        let identity: Identity
        let author: Author?
        let sender = email.from.flatMap { from in Identity.email(from.address).map { (from, $0) } }
        if let (from, fromIdentity) = sender, own.contains(fromIdentity.value) {
            let recipients = (email.to + email.cc).lazy.compactMap { address in Identity.email(address.address).map { (address, $0) } }
            guard let (recipient, recipientIdentity) = recipients.first(where: { !own.contains($0.1.value) }) else {
                throw .missingField("From")
            }
            direction = .outbound
            customer = recipient
            identity = recipientIdentity
            author = .agent(from.name ?? from.address)
        } else if let (from, fromIdentity) = sender {
            direction = .inbound
            customer = from
            identity = fromIdentity
            author = nil
        } else {
            throw .missingField("From")
        }

        let occurredAt: Date
        if let date = email.date {
            occurredAt = date
        } else if let receivedAt {
            occurredAt = receivedAt
            warnings.append("no usable Date header; used the time the message was received")
        } else {
            throw .missingField("Date")
        }

        let hints = CustomerHints(identities: [identity], name: customer.name.map { PersonNameParser.parse($0) })
        let attachments = email.attachments.enumerated().map { index, attachment in
            Attachment(filename: attachment.filename ?? "attachment-\(index + 1)", contentType: attachment.contentType,
                       size: attachment.size)
        }
        return InboundEvent(
            channel: .email, direction: direction, providerID: email.messageID, occurredAt: occurredAt,
            customer: hints, author: author, subject: email.subject, text: email.text,
            email: EmailHeaders(messageID: email.messageID, inReplyTo: email.inReplyTo, references: email.references),
            attachments: attachments)
    }
}
