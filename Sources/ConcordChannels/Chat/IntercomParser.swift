import ConversationEngine
import Foundation

/// Reads an Intercom conversation (as the REST API returns it, or wrapped in a webhook
/// `notification_event` under `data.item`) into one event per message: the conversation's
/// `source` (the first message) and every `conversation_parts.conversation_parts[]` entry
/// with a body.
///
/// - Authors of type user, lead or contact are the customer (inbound); admin and team are
///   agents (outbound, `Author.agent(name)`); bot and operator are automatic (outbound,
///   `Author.system`). `note` parts are internal notes (direction `.internal`, same channel,
///   same thread), so colleagues' remarks stay with the conversation but never count as an
///   answer. Parts without a body (assignment, open, close, snoozed…) are state changes,
///   skipped and counted in one warning; an assignment *with* a body is a reply and kept.
/// - Bodies are HTML: converted to text.
/// - The customer is the first user/lead/contact author, else `contacts.contacts[0]`;
///   identities are its email, Intercom id (system "intercom") and `external_id` (the
///   company's own user id, system "app-user").
/// - Thread: "intercom:<conversation id>" as `chatSessionID` (or `socialThreadID` for a
///   conversation that came from WhatsApp, Facebook, Instagram or Twitter).
/// - `providerID`: "intercom:message:<source id>" and "intercom:part:<part id>", so
///   re-reading a conversation that has grown adds only its new parts.
/// - A bare `conversation_part` is read alone when its author is the customer; notification
///   topics that carry no conversation (contact.created, ping) give no events and a warning.
public struct IntercomParser: SourceParser {
    public init() {}

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let document = try JSONReader.parseObject(item.data, what: "an Intercom payload")
        var warnings = document.warnings
        var root = document.value
        if root["type"]?.text == "notification_event" {
            let topic = root["topic"]?.text ?? "(no topic)"
            guard let wrapped = root["data"]?["item"], wrapped.objectValue != nil else {
                throw .missingField("data.item")
            }
            guard wrapped["type"]?.text == "conversation" else {
                return ParsedSource(events: [], warnings: warnings + ["Intercom \(topic.prefix(64)) notification carries no conversation: nothing to add"])
            }
            root = wrapped
        }
        switch root["type"]?.text {
        case "conversation":
            return try conversationEvents(root, item: item, context: context, warnings: &warnings)
        case "conversation_part":
            return try barePart(root, item: item, context: context, warnings: &warnings)
        case let other?:
            throw .unsupported("Intercom object of type \"\(other.prefix(64))\" (Concord reads conversations)")
        case nil:
            if root["conversation_parts"] != nil || root["source"] != nil {
                return try conversationEvents(root, item: item, context: context, warnings: &warnings)
            }
            throw .missingField("type")
        }
    }

    // MARK: - Conversations

    private func conversationEvents(_ conversation: JSONValue, item: SourceItem, context: ParseContext,
                                    warnings: inout [String]) throws(SourceParseError) -> ParsedSource {
        guard let conversationID = conversation["id"]?.text else { throw .missingField("id") }
        let source = conversation["source"]
        let parts = conversation["conversation_parts"]?["conversation_parts"]?.arrayValue
            ?? conversation["conversation_parts"]?.arrayValue ?? []
        let channel = Self.channel(source?["type"]?.text)

        // The customer: the first author who is the customer, else the listed contact.
        var hints = CustomerHintsBuilder()
        let authors = [source?["author"]].compactMap { $0 } + parts.compactMap { $0["author"] }
        if let customer = authors.first(where: { Self.isCustomer($0["type"]?.text) }) {
            addIdentities(of: customer, to: &hints, context: context)
        }
        // The first listed contact is the customer (it adds the external_id an author lacks).
        let contacts = conversation["contacts"]?["contacts"]?.arrayValue ?? conversation["contacts"]?.arrayValue ?? []
        if let contact = contacts.first { addIdentities(of: contact, to: &hints, context: context) }
        if hints.isEmpty, let user = conversation["user"] { addIdentities(of: user, to: &hints, context: context) }
        guard !hints.isEmpty else {
            throw .missingField("contacts (no customer author or contact with an id or email)")
        }
        var thread = ThreadHints()
        if channel == .chat { thread.chatSessionID = "intercom:\(conversationID)" } else if channel.isSocial {
            thread.socialThreadID = "intercom:\(conversationID)"
        }

        var events: [InboundEvent] = []
        if let source, source.objectValue != nil {
            let body = Self.text(source["body"])
            let attachments = Self.attachments(source["attachments"])
            if !body.isEmpty || !attachments.isEmpty {
                let id = source["id"]?.text.map { "intercom:message:\($0)" } ?? "intercom:conversation:\(conversationID)"
                let time = try EventTime.resolve(conversation["created_at"], field: "created_at", item: item, warnings: &warnings)
                let (direction, author) = Self.directionAndAuthor(source["author"], note: false,
                                                                  initiated: source["delivered_as"]?.text)
                let subject = source["subject"].map { Self.text($0) }.flatMap { $0.isEmpty ? nil : $0 }
                events.append(InboundEvent(
                    channel: channel, direction: direction, providerID: id, occurredAt: time, customer: hints.hints,
                    author: author, subject: subject, text: body,
                    social: channel.isSocial ? SocialDetails(visibility: .private) : nil,
                    attachments: attachments, thread: thread))
            }
        }

        var skippedKinds: [String: Int] = [:]
        for (index, part) in parts.enumerated() {
            let kind = String((part["part_type"]?.text ?? "comment").prefix(40))
            let body = Self.text(part["body"])
            let attachments = Self.attachments(part["attachments"])
            guard !body.isEmpty || !attachments.isEmpty else {
                skippedKinds[kind, default: 0] += 1
                continue
            }
            guard let partID = part["id"]?.text else {
                throw .missingField("conversation_parts[\(index)].id")
            }
            let time = try EventTime.resolve(part["created_at"], field: "conversation_parts[\(index)].created_at",
                                             item: item, warnings: &warnings)
            let isNote = kind.hasPrefix("note")
            let (direction, author) = Self.directionAndAuthor(part["author"], note: isNote, initiated: nil)
            events.append(InboundEvent(
                channel: channel, direction: direction, providerID: "intercom:part:\(partID)", occurredAt: time,
                customer: hints.hints, author: author, text: body,
                social: channel.isSocial && !isNote ? SocialDetails(visibility: .private) : nil,
                attachments: attachments, thread: thread))
        }
        if !skippedKinds.isEmpty {
            let list = skippedKinds.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            warnings.append("skipped Intercom conversation parts without a message: \(list)")
        }
        return ParsedSource(events: events, warnings: warnings)
    }

    private func barePart(_ part: JSONValue, item: SourceItem, context: ParseContext,
                          warnings: inout [String]) throws(SourceParseError) -> ParsedSource {
        guard let partID = part["id"]?.text else { throw .missingField("id") }
        guard let author = part["author"], Self.isCustomer(author["type"]?.text) else {
            throw .unsupported("a conversation part on its own names no customer unless the customer wrote it; send the whole conversation")
        }
        var hints = CustomerHintsBuilder()
        addIdentities(of: author, to: &hints, context: context)
        guard !hints.isEmpty else { throw .missingField("author.id") }
        let body = Self.text(part["body"])
        let attachments = Self.attachments(part["attachments"])
        guard !body.isEmpty || !attachments.isEmpty else {
            return ParsedSource(events: [], warnings: warnings + ["Intercom part \(partID) has no body: nothing to add"])
        }
        let time = try EventTime.resolve(part["created_at"], field: "created_at", item: item, warnings: &warnings)
        warnings.append("a conversation part without its conversation: it joins the customer's recent conversation")
        let event = InboundEvent(channel: .chat, direction: .inbound, providerID: "intercom:part:\(partID)", occurredAt: time,
                                 customer: hints.hints, text: body, attachments: attachments)
        return ParsedSource(events: [event], warnings: warnings)
    }

    // MARK: - Helpers

    private func addIdentities(of person: JSONValue, to hints: inout CustomerHintsBuilder, context: ParseContext) {
        hints.add(person["email"]?.text.flatMap(Identity.email))
        hints.add(PhoneParties.identity(person["phone"]?.text, region: context.defaultRegion))
        hints.add(person["id"]?.text.flatMap { Identity.external($0, system: "intercom") })
        hints.add(person["external_id"]?.text.flatMap { Identity.external($0, system: "app-user") })
        hints.add(person["user_id"]?.text.flatMap { Identity.external($0, system: "app-user") })
        hints.setName(person["name"]?.text)
    }

    static func isCustomer(_ type: String?) -> Bool {
        switch type?.lowercased() {
        case "user", "lead", "contact": true
        default: false
        }
    }

    /// The direction and author of a message by `author`.
    /// - Parameter initiated: the source's `delivered_as` ("admin_initiated", "automated"…).
    static func directionAndAuthor(_ author: JSONValue?, note: Bool, initiated: String?) -> (Direction, Author?) {
        let type = author?["type"]?.text?.lowercased()
        let name = author?["name"]?.text ?? author?["email"]?.text
        if note { return (.internal, .agent(name ?? "Intercom admin")) }
        switch type {
        case "user", "lead", "contact":
            return (.inbound, nil)
        case "admin", "team":
            return (.outbound, .agent(name ?? "Intercom admin"))
        case "bot", "operator":
            return (.outbound, .system(name ?? "Intercom bot"))
        default:
            if let initiated, initiated != "customer_initiated" { return (.outbound, .system(name ?? "Intercom")) }
            return (.inbound, nil)
        }
    }

    /// The Concord channel of an Intercom source type.
    static func channel(_ sourceType: String?) -> Channel {
        switch sourceType?.lowercased() {
        case "whatsapp": .whatsapp
        case "facebook": .facebook
        case "instagram": .instagram
        case "twitter": .x
        case "sms": .sms
        default: .chat
        }
    }

    static func text(_ body: JSONValue?) -> String {
        guard let html = body?.stringValue else { return "" }
        return MarkupText.looksLikeHTML(html) ? MarkupText.text(from: html) : html.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func attachments(_ value: JSONValue?) -> [Attachment] {
        (value?.arrayValue ?? []).enumerated().map { index, attachment in
            let size = attachment["filesize"]?.int64Value.map { Int(clamping: max(0, $0)) } ?? MediaFiles.unknownSize
            let url = attachment["url"]?.text
            let name = attachment["name"]?.text
            return MediaFiles.attachment(url: name == nil ? url : nil, contentType: attachment["content_type"]?.text,
                                         fallbackName: name ?? "attachment-\(index + 1)", size: size)
        }
    }
}
