import ConversationEngine
import Foundation

/// Reads a Chatwoot webhook payload (`message_created`) into one timeline event.
///
/// Chatwoot is often the live-chat widget of a support team and also a hub for its WhatsApp,
/// Telegram, Facebook and SMS inboxes, so the event's channel follows the conversation's
/// inbox (`conversation.channel`, "Channel::WebWidget" is chat). The Chatwoot conversation is
/// the thread: `chatSessionID` (chat) or `socialThreadID` (social inboxes) is
/// "chatwoot:<conversation.id>".
///
/// - `message_type` incoming is the customer, outgoing an agent (`Author.agent`) or a bot
///   (`Author.system`), template an automatic message; `private: true` is an internal note.
///   Activity messages ("Conversation was resolved by …") are not messages: skipped, with a
///   warning. Integer message types (0–3, as in `conversation.messages[]`) are accepted too.
/// - The customer is the contact: `sender` for incoming messages, else the payload's
///   `contact` or `conversation.meta.sender`; identities are its email, phone number (read
///   in the context's region), `identifier` (the company's own user id, system "app-user")
///   and Chatwoot contact id (system "chatwoot").
/// - `providerID` is "chatwoot:<message id>", so a webhook delivered twice is one message.
/// - Other events (`conversation_status_changed`, `contact_updated`, …) carry no message:
///   no events and a warning. `message_updated` is ignored the same way: stored messages are
///   never rewritten. Unknown events are `.unsupported`.
public struct ChatwootParser: SourceParser {
    public init() {}

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let document = try JSONReader.parseObject(item.data, what: "a Chatwoot webhook payload")
        let payload = document.value
        var warnings = document.warnings
        guard let event = payload["event"]?.text else { throw .missingField("event") }
        switch event {
        case "message_created":
            break
        case "message_updated":
            return ParsedSource(events: [], warnings: warnings + ["Chatwoot message_updated ignored: stored messages are not rewritten"])
        default:
            let knownPrefixes = ["conversation_", "contact_", "webwidget_", "inbox_", "automation_", "macro_", "label_"]
            guard knownPrefixes.contains(where: { event.hasPrefix($0) }) else {
                throw .unsupported("Chatwoot event \"\(event.prefix(64))\" is not one Concord reads (it reads message_created)")
            }
            return ParsedSource(events: [], warnings: warnings + ["Chatwoot \(event) event carries no message: nothing to add"])
        }

        guard let messageID = payload["id"]?.text else { throw .missingField("id") }
        guard let typeValue = payload["message_type"], !typeValue.isNull else { throw .missingField("message_type") }
        let messageType = try Self.messageType(typeValue)
        if messageType == "activity" {
            let content = payload["content"]?.text.map { ": \"\($0.prefix(80))\"" } ?? ""
            return ParsedSource(events: [], warnings: warnings + ["Chatwoot activity message \(messageID) skipped\(content)"])
        }
        let occurredAt = try EventTime.resolve(payload["created_at"], field: "created_at", item: item, warnings: &warnings)

        let conversation = payload["conversation"]
        let channel = Self.channel(conversation?["channel"]?.text)
        let isPrivate = payload["private"]?.boolValue ?? false
        let sender = payload["sender"]
        let senderType = sender?["type"]?.text?.lowercased() ?? payload["sender_type"]?.text?.lowercased()

        // The customer: the sender of incoming messages, else the conversation's contact.
        let contact: JSONValue?
        if messageType == "incoming", let sender, senderType == nil || senderType == "contact" {
            contact = sender
        } else {
            contact = payload["contact"] ?? conversation?["meta"]?["sender"]
        }
        var hints = CustomerHintsBuilder()
        if let contact {
            hints.add(contact["email"]?.text.flatMap(Identity.email))
            hints.add(PhoneParties.identity(contact["phone_number"]?.text, region: context.defaultRegion))
            hints.add(contact["identifier"]?.text.flatMap { Identity.external($0, system: "app-user") })
            hints.add(contact["id"]?.text.flatMap { Identity.external($0, system: "chatwoot") })
            if let name = contact["name"]?.text, !Self.isGeneratedVisitorName(name) { hints.setName(name) }
        }
        if channel == .whatsapp || channel == .sms, let sourceID = conversation?["contact_inbox"]?["source_id"]?.text {
            hints.add(PhoneParties.internationalIdentity(sourceID))
        }
        if hints.isEmpty, let contactID = conversation?["contact_inbox"]?["contact_id"]?.text {
            hints.add(Identity.external(contactID, system: "chatwoot"))
        }
        guard !hints.isEmpty else {
            throw .missingField("sender (the contact's id, email or phone_number)")
        }

        let direction: Direction
        let author: Author?
        switch messageType {
        case "incoming":
            direction = .inbound
            author = nil
        case "template":
            direction = .outbound
            author = .system(sender?["name"]?.text ?? "Chatwoot")
        default:  // outgoing
            direction = .outbound
            if senderType == "agent_bot" || senderType == "agentbot" {
                author = .system(sender?["name"]?.text ?? "Chatwoot bot")
            } else if let name = sender?["name"]?.text ?? sender?["available_name"]?.text {
                author = .agent(name)
            } else {
                author = .system("Chatwoot")
            }
        }

        let attachments = (payload["attachments"]?.arrayValue ?? []).enumerated().map { index, attachment in
            Self.attachment(attachment, messageID: messageID, index: index)
        }
        let text = payload["content"]?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if text.isEmpty && attachments.isEmpty {
            return ParsedSource(events: [], warnings: warnings + ["Chatwoot message \(messageID) has no content or attachments: skipped"])
        }

        var thread = ThreadHints()
        if let conversationID = conversation?["id"]?.text {
            let key = "chatwoot:\(conversationID)"
            if channel == .chat { thread.chatSessionID = key } else if channel.isSocial { thread.socialThreadID = key }
        } else if let display = conversation?["display_id"]?.text {
            let key = "chatwoot:\(payload["account"]?["id"]?.text ?? "0")#\(display)"
            if channel == .chat { thread.chatSessionID = key } else if channel.isSocial { thread.socialThreadID = key }
            warnings.append("conversation.id missing: threaded by account and display_id")
        } else {
            warnings.append("no conversation id: the message joins the customer's recent conversation")
        }

        let message = InboundEvent(
            channel: channel, direction: isPrivate ? .internal : direction, providerID: "chatwoot:\(messageID)",
            occurredAt: occurredAt, customer: hints.hints, author: isPrivate ? (author ?? .system("Chatwoot")) : author,
            text: text, social: channel.isSocial ? SocialDetails(visibility: .private) : nil, attachments: attachments,
            thread: thread)
        return ParsedSource(events: [message], warnings: warnings)
    }

    /// "incoming", "outgoing", "activity" or "template", from text or Chatwoot's integer enum.
    static func messageType(_ value: JSONValue) throws(SourceParseError) -> String {
        let names = ["incoming", "outgoing", "activity", "template"]
        if case .number = value, let number = value.int64Value, number >= 0, number < Int64(names.count) {
            return names[Int(number)]
        }
        if let text = value.text?.lowercased(), names.contains(text) { return text }
        throw .malformed("message_type \(value.text.map { "\"\($0.prefix(32))\"" } ?? "") is not incoming, outgoing, activity or template")
    }

    /// The Concord channel of a Chatwoot inbox type ("Channel::Whatsapp").
    static func channel(_ inbox: String?) -> Channel {
        switch inbox?.lowercased() {
        case "channel::whatsapp": .whatsapp
        case "channel::telegram": .telegram
        case "channel::facebookpage": .facebook
        case "channel::instagram": .instagram
        case "channel::twitterprofile": .x
        case "channel::sms", "channel::twiliosms": .sms
        default: .chat
        }
    }

    /// Chatwoot names anonymous widget visitors like "little-haze-776": not a person's name.
    static func isGeneratedVisitorName(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].allSatisfy { $0.isASCII && $0.isLowercase }
            && parts[1].allSatisfy { $0.isASCII && $0.isLowercase } && !parts[2].isEmpty
            && parts[2].allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func attachment(_ value: JSONValue, messageID: String, index: Int) -> Attachment {
        let fileType = value["file_type"]?.text?.lowercased() ?? "file"
        let fallbackType: String
        switch fileType {
        case "image": fallbackType = "image/*"
        case "audio": fallbackType = "audio/*"
        case "video": fallbackType = "video/*"
        default: fallbackType = "application/octet-stream"
        }
        var name = "attachment-\(messageID)-\(index + 1)"
        if let ext = value["extension"]?.text { name += "." + ext }
        let size = value["file_size"]?.int64Value.map { Int(clamping: max(0, $0)) } ?? MediaFiles.unknownSize
        return MediaFiles.attachment(url: value["data_url"]?.text, contentType: nil, fallbackName: name,
                                     fallbackType: fallbackType, size: size)
    }
}
