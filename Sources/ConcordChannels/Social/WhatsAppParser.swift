import ConversationEngine
import Foundation

/// Reads a WhatsApp Cloud API webhook (`"object": "whatsapp_business_account"`): every
/// `entry[].changes[].value.messages[]` becomes a private WhatsApp event.
///
/// - Customer: `from` (equal to the contact's `wa_id`) is the customer's phone number
///   without "+": prefixed with "+" it is E.164, the same identity as an SMS or a call from
///   that number, so channels link automatically. The contact's `profile.name` is the name
///   hint.
/// - Text per `type`: text.body; the caption of an image, video or document (the media
///   itself becomes an attachment named after the document's filename or the media id, with
///   its mime_type, size 0 = unknown); the title of a button or interactive reply; a
///   location or shared contact as a line of text. Reactions and system notices are not
///   messages (skipped, warning); a type Concord does not know is kept as a line saying so,
///   so the customer's message is never lost from the timeline.
/// - `context.id` (the message replied to) is `SocialDetails.inReplyToPostID`.
/// - `statuses[]` (sent, delivered, read) and `errors[]` carry no message: no events, with a
///   warning. Changes of other fields (template status, account updates) likewise.
/// - Messages the business sent from the WhatsApp Business app (`smb_message_echoes`) are
///   outbound, to `to`.
/// - Time: `timestamp`, Unix seconds. providerID: "whatsapp:<wamid>".
/// - No thread id: a WhatsApp chat never ends, so messages join the customer's recent
///   conversation, like SMS.
public struct WhatsAppParser: SourceParser {
    public init() {}

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let document = try JSONReader.parseObject(item.data, what: "a WhatsApp webhook payload")
        let payload = document.value
        var warnings = document.warnings
        guard let object = payload["object"]?.text else { throw .missingField("object") }
        guard object == "whatsapp_business_account" else {
            throw .unsupported("webhook object \"\(object.prefix(40))\" is not whatsapp_business_account")
        }
        guard let entries = payload["entry"]?.arrayValue else { throw .missingField("entry") }

        var events: [InboundEvent] = []
        var statusCount = 0
        var skipped: [String: Int] = [:]
        for (entryIndex, entry) in entries.enumerated() {
            for (changeIndex, change) in (entry["changes"]?.arrayValue ?? []).enumerated() {
                let path = "entry[\(entryIndex)].changes[\(changeIndex)].value"
                let field = change["field"]?.text ?? "messages"
                guard let value = change["value"], value.objectValue != nil else { throw .missingField(path) }
                switch field {
                case "messages":
                    statusCount += value["statuses"]?.arrayValue?.count ?? 0
                    for error in value["errors"]?.arrayValue ?? [] {
                        warnings.append("WhatsApp error \(error["code"]?.text ?? "?"): \(error["title"]?.text ?? error["message"]?.text ?? "")")
                    }
                    let contacts = value["contacts"]?.arrayValue ?? []
                    for (index, message) in (value["messages"]?.arrayValue ?? []).enumerated() {
                        if let event = try messageEvent(message, path: "\(path).messages[\(index)]", outbound: false,
                                                        contacts: contacts, item: item, context: context,
                                                        skipped: &skipped, warnings: &warnings) {
                            events.append(event)
                        }
                    }
                case "smb_message_echoes":
                    for (index, message) in (value["message_echoes"]?.arrayValue ?? []).enumerated() {
                        if let event = try messageEvent(message, path: "\(path).message_echoes[\(index)]", outbound: true,
                                                        contacts: [], item: item, context: context,
                                                        skipped: &skipped, warnings: &warnings) {
                            events.append(event)
                        }
                    }
                default:
                    skipped["\(field) change", default: 0] += 1
                }
            }
        }
        if statusCount > 0 { warnings.append("ignored \(statusCount) delivery status\(statusCount == 1 ? "" : "es") (sent, delivered, read): not messages") }
        if !skipped.isEmpty {
            let list = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            warnings.append("skipped WhatsApp items that are not messages: \(list)")
        }
        return ParsedSource(events: events, warnings: warnings)
    }

    private func messageEvent(_ message: JSONValue, path: String, outbound: Bool, contacts: [JSONValue], item: SourceItem,
                              context: ParseContext, skipped: inout [String: Int],
                              warnings: inout [String]) throws(SourceParseError) -> InboundEvent? {
        guard message.objectValue != nil else { throw .malformed("\(path) is not a message object") }
        guard let id = message["id"]?.text else { throw .missingField("\(path).id") }
        let customerField = outbound ? "to" : "from"
        guard let number = message[customerField]?.text else { throw .missingField("\(path).\(customerField)") }
        guard let phone = PhoneParties.internationalIdentity(number) else {
            throw .malformed("\(path).\(customerField) \"\(number.prefix(32))\" is not a phone number")
        }
        let type = message["type"]?.text?.lowercased() ?? "text"
        var text = ""
        var attachments: [Attachment] = []
        switch type {
        case "text":
            text = message["text"]?["body"]?.stringValue ?? ""
        case "image", "video", "audio", "document", "sticker":
            let media = message[type]
            text = media?["caption"]?.stringValue ?? ""
            let mediaID = media?["id"]?.text ?? id
            let fallbackName = media?["filename"]?.text ?? "\(type)-\(mediaID)"
            attachments.append(MediaFiles.attachment(url: nil, contentType: media?["mime_type"]?.text,
                                                     fallbackName: fallbackName))
        case "button":
            text = message["button"]?["text"]?.text ?? message["button"]?["payload"]?.text ?? ""
        case "interactive":
            let reply = message["interactive"]?["button_reply"] ?? message["interactive"]?["list_reply"]
            text = [reply?["title"]?.text, reply?["description"]?.text].compactMap { $0 }.joined(separator: "\n")
        case "location":
            let location = message["location"]
            let place = [location?["name"]?.text, location?["address"]?.text].compactMap { $0 }.joined(separator: ", ")
            let coordinates = [location?["latitude"]?.text, location?["longitude"]?.text].compactMap { $0 }.joined(separator: ", ")
            text = "Location: " + [place, coordinates.isEmpty ? "" : "(\(coordinates))"].filter { !$0.isEmpty }.joined(separator: " ")
        case "contacts":
            let names = (message["contacts"]?.arrayValue ?? []).compactMap { $0["name"]?["formatted_name"]?.text }
            text = "Shared contact: " + (names.isEmpty ? "(no name)" : names.joined(separator: ", "))
        case "reaction", "system", "ephemeral", "request_welcome":
            skipped["\(type) message", default: 0] += 1
            return nil
        default:
            let errorTitle = message["errors"]?[0]?["title"]?.text.map { ": \($0)" } ?? ""
            text = "(a WhatsApp message of type \(type.prefix(32)) Concord cannot show\(errorTitle))"
            warnings.append("message \(id) has type \(type.prefix(32)): kept as a placeholder line")
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty || !attachments.isEmpty else {
            skipped["empty message", default: 0] += 1
            return nil
        }
        let occurredAt = try EventTime.resolve(message["timestamp"], field: "\(path).timestamp", item: item, warnings: &warnings)

        var hints = CustomerHintsBuilder()
        hints.add(phone)
        let contact = contacts.first { $0["wa_id"]?.text == number } ?? (contacts.count == 1 ? contacts[0] : nil)
        if let waID = contact?["wa_id"]?.text {
            hints.add(PhoneParties.internationalIdentity(waID))
        }
        hints.setName(contact?["profile"]?["name"]?.text)
        return InboundEvent(
            channel: .whatsapp, direction: outbound ? .outbound : .inbound, providerID: "whatsapp:\(id)",
            occurredAt: occurredAt, customer: hints.hints, author: outbound ? .agent("WhatsApp Business app") : nil,
            text: text, social: SocialDetails(visibility: .private, inReplyToPostID: message["context"]?["id"]?.text),
            attachments: attachments)
    }
}
