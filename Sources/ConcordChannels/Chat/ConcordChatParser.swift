import ConversationEngine
import Foundation

/// Reads one line of Concord's own chat JSON Lines schema (documented for users in the README,
/// "Concord chat JSON Lines"): the way to bring any chat, messenger or phone history Concord has no adapter
/// for, by converting it with a short script.
///
/// Strict by design: it is the format people write themselves, so a mistake should stop at
/// the line that has it, with a reason naming the field (`missing field: customer.email,
/// customer.phone, customer.external_id or customer.handle`), rather than store a message
/// without a customer or at the wrong time. Unknown members are ignored (with a warning), so
/// an export can carry extra fields of its own.
public struct ConcordChatParser: SourceParser {
    /// Members the schema defines; anything else is reported once per line.
    static let knownMembers: Set<String> = [
        "id", "session", "time", "direction", "channel", "customer", "author", "text", "subject", "attachments", "call",
        "visibility", "url", "in_reply_to", "queue", "priority",
    ]
    static let knownCustomerMembers: Set<String> = [
        "email", "phone", "name", "language", "external_id", "external_system", "handle", "time_zone",
    ]

    public init() {}

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let document = try JSONReader.parseObject(item.data, what: "a Concord chat line")
        let line = document.value
        var warnings = document.warnings
        if let members = line.objectValue {
            let unknown = members.keys.filter { !Self.knownMembers.contains($0) }.sorted()
            if !unknown.isEmpty { warnings.append("ignored unknown members: \(unknown.prefix(10).joined(separator: ", "))") }
        }

        guard let id = line["id"]?.text else { throw .missingField("id") }
        guard let timeValue = line["time"], !timeValue.isNull else { throw .missingField("time") }
        let occurredAt = try Self.time(timeValue)

        let call = try Self.call(line["call"])
        let channel = try Self.channel(line["channel"], hasCall: call != nil)
        let direction = try Self.direction(line["direction"], channel: channel)
        if channel == .phone, call == nil { throw .missingField("call (a phone event needs call.outcome)") }
        if channel != .phone, call != nil {
            throw .malformed("call is only for channel \"phone\", not \"\(channel.rawValue)\"")
        }

        guard let customerValue = line["customer"], customerValue.objectValue != nil else {
            throw .missingField("customer")
        }
        let customer = try Self.customer(customerValue, channel: channel, context: context, warnings: &warnings)

        let attachments = try Self.attachments(line["attachments"])
        let text = line["text"]?.stringValue ?? ""
        if line["text"] != nil, line["text"]?.isNull == false, line["text"]?.stringValue == nil {
            throw .malformed("text must be a string")
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, call == nil, attachments.isEmpty {
            throw .missingField("text (or call, or attachments)")
        }

        let author = try Self.author(line["author"], direction: direction)
        var thread = ThreadHints()
        if let session = line["session"]?.text {
            if channel == .chat || channel == .note {
                thread.chatSessionID = session
            } else if channel.isSocial {
                thread.socialThreadID = session
            } else {
                warnings.append("session is ignored for channel \(channel.rawValue): such events join the customer's recent conversation")
            }
        }
        var social: SocialDetails?
        if channel.isSocial {
            let visibility: SocialDetails.Visibility
            switch line["visibility"]?.text?.lowercased() {
            case nil, "private": visibility = .private
            case "public": visibility = .public
            case let other?: throw .malformed("visibility \"\(other.prefix(32))\" is not public or private")
            }
            social = SocialDetails(visibility: visibility, url: line["url"]?.text, inReplyToPostID: line["in_reply_to"]?.text)
        }
        let priority = try Self.priority(line["priority"])

        // Notes are kept with their chat session: channel chat, direction internal.
        let eventChannel: Channel = channel == .note && thread.chatSessionID != nil ? .chat : channel
        let event = InboundEvent(
            channel: eventChannel, direction: direction, providerID: id, occurredAt: occurredAt, customer: customer,
            author: author, subject: line["subject"]?.text, text: text,
            call: call.map { CallDetails(direction: $0.direction ?? direction, durationSeconds: $0.duration,
                                         outcome: $0.outcome, transcript: $0.transcript) },
            social: social, attachments: attachments, thread: thread, queue: line["queue"]?.text, priority: priority)
        return ParsedSource(events: [event], warnings: warnings)
    }

    // MARK: - Fields

    static func time(_ value: JSONValue) throws(SourceParseError) -> Date {
        guard let reading = ProviderTime.parse(value) else {
            throw .malformed("time \(value.text.map { "\"\($0.prefix(64))\"" } ?? "") is not an ISO 8601 time or Unix seconds")
        }
        guard reading.hadOffset else {
            throw .malformed("time \"\(value.text ?? "")\" has no UTC offset: write Z or +09:00")
        }
        return reading.date
    }

    static func channel(_ value: JSONValue?, hasCall: Bool) throws(SourceParseError) -> Channel {
        guard let value, !value.isNull else { return hasCall ? .phone : .chat }
        guard let name = value.text?.lowercased() else { throw .malformed("channel must be a string") }
        if name == "email" {
            throw .unsupported("channel email: ingest mail with concord ingest maildir, mbox or email")
        }
        guard let channel = Channel(rawValue: name) else {
            throw .malformed("channel \"\(name.prefix(32))\" is not one of chat, sms, whatsapp, telegram, x, facebook, instagram, phone, note")
        }
        return channel
    }

    static func direction(_ value: JSONValue?, channel: Channel) throws(SourceParseError) -> Direction {
        guard let value, !value.isNull else { return channel == .note ? .internal : .inbound }
        guard let name = value.text?.lowercased(), let direction = Direction(rawValue: name) else {
            throw .malformed("direction must be inbound, outbound or internal")
        }
        if channel == .note, direction != .internal { throw .malformed("a note's direction is internal") }
        return direction
    }

    static func customer(_ value: JSONValue, channel: Channel, context: ParseContext,
                         warnings: inout [String]) throws(SourceParseError) -> CustomerHints {
        var hints = CustomerHintsBuilder()
        if let unknown = value.objectValue?.keys.filter({ !knownCustomerMembers.contains($0) }).sorted(), !unknown.isEmpty {
            warnings.append("ignored unknown customer members: \(unknown.prefix(10).joined(separator: ", "))")
        }
        if let tag = value["language"]?.text { hints.language = Language(bcp47: tag) }
        if let zone = value["time_zone"]?.text {
            if TimeZone(identifier: zone) != nil { hints.timeZone = zone } else {
                throw .malformed("customer.time_zone \"\(zone.prefix(64))\" is not an IANA time zone (Asia/Seoul)")
            }
        }
        if let email = value["email"]?.text {
            guard let identity = Identity.email(email) else {
                throw .malformed("customer.email \"\(email.prefix(64))\" is not an email address")
            }
            hints.add(identity)
        }
        if let phone = value["phone"]?.text {
            guard let identity = PhoneParties.identity(phone, region: context.defaultRegion) else {
                let regionNote = context.defaultRegion == nil ? " (write it with +country code, or set a default region)" : ""
                throw .malformed("customer.phone \"\(phone.prefix(64))\" is not a phone number\(regionNote)")
            }
            hints.add(identity)
        }
        if let handle = value["handle"]?.text {
            hints.add(try Self.handle(handle, channel: channel))
        }
        if let externalID = value["external_id"]?.text {
            hints.add(Identity.external(externalID, system: value["external_system"]?.text ?? "app-user"))
        }
        guard !hints.isEmpty else {
            throw .missingField("customer.email, customer.phone, customer.external_id or customer.handle")
        }
        hints.setName(value["name"]?.text)
        return hints.hints
    }

    /// "@minji" on the line's social channel, or "instagram:@minji" on a named one.
    static func handle(_ text: String, channel: Channel) throws(SourceParseError) -> Identity {
        var platform = channel
        var name = text
        if let colon = text.firstIndex(of: ":") {
            let prefix = text[..<colon].lowercased()
            guard let named = Channel(rawValue: prefix), named.isSocial else {
                throw .malformed("customer.handle \"\(text.prefix(64))\": \(prefix.prefix(16)) is not a social platform")
            }
            platform = named
            name = String(text[text.index(after: colon)...])
        } else if !channel.isSocial {
            throw .malformed("customer.handle \"\(text.prefix(64))\" needs a platform on channel \(channel.rawValue): write x:@name")
        }
        guard let identity = Identity.handle(name, on: platform) else {
            throw .malformed("customer.handle \"\(text.prefix(64))\" is not a handle")
        }
        return identity
    }

    static func author(_ value: JSONValue?, direction: Direction) throws(SourceParseError) -> Author? {
        guard let value, !value.isNull else { return nil }
        if let name = value.text { return direction == .inbound ? .customer(name) : .agent(name) }
        guard value.objectValue != nil, let name = value["name"]?.text else {
            throw .malformed("author must be a name or {\"name\": …, \"kind\": agent|system|customer}")
        }
        switch value["kind"]?.text?.lowercased() {
        case nil: return direction == .inbound ? .customer(name) : .agent(name)
        case "agent": return .agent(name)
        case "system", "bot": return .system(name)
        case "customer": return .customer(name)
        case let other?: throw .malformed("author.kind \"\(other.prefix(32))\" is not agent, system or customer")
        }
    }

    static func attachments(_ value: JSONValue?) throws(SourceParseError) -> [Attachment] {
        guard let value, !value.isNull else { return [] }
        guard let list = value.arrayValue else { throw .malformed("attachments must be an array") }
        var result: [Attachment] = []
        for (index, entry) in list.enumerated() {
            guard let filename = entry["filename"]?.text else { throw .missingField("attachments[\(index)].filename") }
            let size = entry["size"]?.int64Value ?? 0
            guard size >= 0 else { throw .malformed("attachments[\(index)].size is negative") }
            let type = entry["content_type"]?.text ?? MediaFiles.contentType(forFilename: filename) ?? "application/octet-stream"
            result.append(Attachment(filename: filename, contentType: type, size: Int(clamping: size)))
        }
        return result
    }

    struct Call {
        var outcome: CallDetails.Outcome
        var duration: Int
        var transcript: String?
        var direction: Direction?
    }

    static func call(_ value: JSONValue?) throws(SourceParseError) -> Call? {
        guard let value, !value.isNull else { return nil }
        guard value.objectValue != nil else { throw .malformed("call must be an object") }
        guard let outcomeName = value["outcome"]?.text else { throw .missingField("call.outcome") }
        guard let outcome = CallDetails.Outcome(rawValue: outcomeName.lowercased()) else {
            throw .malformed("call.outcome \"\(outcomeName.prefix(32))\" is not answered, missed or voicemail")
        }
        var duration = 0
        if let raw = value["duration"], !raw.isNull {
            guard let seconds = raw.int64Value, seconds >= 0 else {
                throw .malformed("call.duration must be a whole number of seconds")
            }
            duration = Int(clamping: seconds)
        }
        var direction: Direction?
        if let name = value["direction"]?.text {
            guard let parsed = Direction(rawValue: name.lowercased()), parsed != .internal else {
                throw .malformed("call.direction must be inbound or outbound")
            }
            direction = parsed
        }
        return Call(outcome: outcome, duration: duration, transcript: value["transcript"]?.text, direction: direction)
    }

    static func priority(_ value: JSONValue?) throws(SourceParseError) -> Priority? {
        guard let value, !value.isNull else { return nil }
        guard let name = value.text, let priority = Priority(label: name) else {
            throw .malformed("priority must be low, normal, high or urgent")
        }
        return priority
    }
}
