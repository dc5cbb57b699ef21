import ConversationEngine
import Foundation

/// Reads a Twilio Programmable Messaging webhook (the form Twilio posts for an incoming SMS,
/// MMS or WhatsApp message, or the same fields as a flat JSON object) into one event.
///
/// - Id: `MessageSid` (older bodies: `SmsMessageSid`, `SmsSid`); providerID "twilio:<sid>".
/// - Direction: inbound unless `From` is one of the company's `ownPhoneNumbers`, in which
///   case it is outbound and the customer is `To`. An outbound message has no author (Twilio
///   does not say which agent sent it), so it reads as an automatic message.
/// - Channel: WhatsApp when the numbers are "whatsapp:+…" (Twilio's WhatsApp sender), else
///   SMS; either way the customer's identity is the E.164 number, so texts, calls and
///   WhatsApp messages from one number are one customer. `ProfileName` (WhatsApp) is the
///   name hint.
/// - Media: `MediaUrl{N}`/`MediaContentType{N}` for N below `NumMedia` (at most 10, Twilio's
///   limit) become attachments named after the URL's last path component plus an extension
///   from the content type ("ME8c1f….jpg"); size 0 means unknown (Concord does not download
///   media).
/// - Time: Twilio's messaging webhook carries none, so the item's `receivedAt` (when the
///   receiver got the POST) is used; a `Timestamp`, `DateSent` or `DateCreated` field, as
///   exports carry, wins when present. Without any, the item fails with `.missingField`.
/// - Status callbacks (`MessageStatus` sent, delivered, failed… without a `Body`) report on a
///   message already known: no events, with a warning.
public struct TwilioSMSParser: SourceParser {
    /// Twilio attaches at most ten media items to a message.
    static let maximumMedia = 10

    public init() {}

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let fields = try TwilioVoiceParser.fields(of: item, what: "a Twilio messaging webhook")
        var warnings = fields.warnings
        guard let sid = fields.first("MessageSid", "SmsMessageSid", "SmsSid") else {
            if fields["CallSid"] != nil { throw .unsupported("a Twilio voice callback, not a message: ingest it as a call record") }
            throw .missingField("MessageSid")
        }
        let status = fields.first("MessageStatus", "SmsStatus")?.lowercased()
        let body = fields.raw("Body")
        let mediaCount = fields.count("NumMedia", limit: Self.maximumMedia) ?? 0
        if body == nil, mediaCount == 0, let status, status != "received" {
            return ParsedSource(events: [], warnings: warnings + ["delivery status \(status) of message \(sid): nothing to add"])
        }
        guard let from = fields["From"] else { throw .missingField("From") }
        guard let to = fields["To"] else { throw .missingField("To") }

        let channel: Channel = from.lowercased().hasPrefix("whatsapp:") || to.lowercased().hasPrefix("whatsapp:") ? .whatsapp : .sms
        let parties = PhoneParties(context: context)
        guard case .customer(let number, let direction, let resolved) = parties.resolve(from: from, to: to, hint: status == "received" ? .inbound : nil) else {
            return ParsedSource(events: [], warnings: warnings + ["message \(sid) is between company numbers: skipped"])
        }
        let field = direction == .inbound ? "From" : "To"
        guard let identity = resolved else {
            throw .malformed("\(field) \"\(number.prefix(40))\" is not a phone number Concord can normalise")
        }
        var hints = CustomerHintsBuilder()
        hints.add(identity)
        if direction == .inbound {
            hints.add(PhoneParties.internationalIdentity(fields["WaId"]))
            hints.setName(fields["ProfileName"])
        }

        var attachments: [Attachment] = []
        for index in 0..<Self.maximumMedia {
            guard let url = fields["MediaUrl\(index)"] else {
                if index < mediaCount { warnings.append("NumMedia is \(mediaCount) but MediaUrl\(index) is missing") }
                continue
            }
            attachments.append(MediaFiles.attachment(url: url, contentType: fields["MediaContentType\(index)"],
                                                     fallbackName: "\(sid)-media-\(index)"))
        }
        let text = body?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if text.isEmpty && attachments.isEmpty {
            return ParsedSource(events: [], warnings: warnings + ["message \(sid) has no body and no media: nothing to add"])
        }
        let time = fields.first("Timestamp", "DateSent", "DateCreated", "date_sent", "date_created")
        if time == nil, item.receivedAt == nil {
            throw .missingField("Timestamp (Twilio's messaging webhook carries no time: the item needs its receivedAt)")
        }
        let occurredAt = try EventTime.resolve(time, field: "Timestamp", item: item, warnings: &warnings)
        let event = InboundEvent(
            channel: channel, direction: direction, providerID: "twilio:\(sid)", occurredAt: occurredAt,
            customer: hints.hints, text: text,
            social: channel == .whatsapp ? SocialDetails(visibility: .private) : nil, attachments: attachments)
        return ParsedSource(events: [event], warnings: warnings)
    }
}
