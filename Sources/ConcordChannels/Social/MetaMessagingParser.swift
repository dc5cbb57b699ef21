import ConversationEngine
import Foundation

/// Reads a Meta Messenger Platform webhook for a Facebook Page (`"object": "page"`) or an
/// Instagram professional account (`"object": "instagram"`): every `entry[].messaging[]`
/// (and `standby[]`, messages seen while another app controls the thread) message becomes a
/// private Facebook or Instagram event.
///
/// - Dedupe: providerID "meta:<message.mid>", so Meta's retries and a batch seen twice are
///   one message.
/// - Direction: `message.is_echo` (a message the page sent, from the inbox or an app) is
///   outbound and its customer is the `recipient`; otherwise inbound from the `sender`. A
///   sender equal to the entry's page id is treated as an echo too. Echoes are written by
///   `Author.agent("Facebook Page" | "Instagram account")`: Meta does not say which person
///   (or bot) sent them.
/// - Customer identity: the page-scoped user id (PSID / IGSID) as
///   `Identity.external(_, system: "facebook" | "instagram")`; Meta's webhooks carry no name.
/// - Time: `timestamp` in milliseconds.
/// - Attachments: `attachments[].payload.url`, named after the URL's path; size unknown (0).
///   Shared links ("fallback") and locations are added to the text.
/// - Postbacks (a tapped button) are inbound messages with the button's title. Deliveries,
///   reads, reactions, opt-ins and deleted messages are not messages: no events, and a
///   warning counting them. `changes[]` entries (feed, comments) are not read yet: warning.
public struct MetaMessagingParser: SourceParser {
    public init() {}

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let document = try JSONReader.parseObject(item.data, what: "a Meta webhook payload")
        let payload = document.value
        var warnings = document.warnings
        guard let object = payload["object"]?.text else { throw .missingField("object") }
        let channel: Channel
        switch object.lowercased() {
        case "page": channel = .facebook
        case "instagram": channel = .instagram
        case "whatsapp_business_account": throw .unsupported("a WhatsApp webhook: read it as WhatsApp")
        default: throw .unsupported("Meta webhook for object \"\(object.prefix(40))\" (Concord reads page and instagram)")
        }
        guard let entries = payload["entry"]?.arrayValue else { throw .missingField("entry") }

        var events: [InboundEvent] = []
        var skipped: [String: Int] = [:]
        for (entryIndex, entry) in entries.enumerated() {
            let pageID = entry["id"]?.text
            if let changes = entry["changes"]?.arrayValue, !changes.isEmpty {
                let fields = Set(changes.compactMap { $0["field"]?.text }).sorted().joined(separator: ", ")
                warnings.append("entry[\(entryIndex)] has \(changes.count) changes (\(fields)): feed and comment changes are not read yet")
            }
            let messaging = (entry["messaging"]?.arrayValue ?? []) + (entry["standby"]?.arrayValue ?? [])
            for (index, event) in messaging.enumerated() {
                let path = "entry[\(entryIndex)].messaging[\(index)]"
                let kind: String
                let message: JSONValue
                if let value = event["message"], value.objectValue != nil {
                    if value["is_deleted"]?.boolValue == true { skipped["deleted message", default: 0] += 1; continue }
                    kind = "message"
                    message = value
                } else if let value = event["postback"], value.objectValue != nil {
                    kind = "postback"
                    message = value
                } else {
                    let other = ["delivery", "read", "reaction", "optin", "referral", "account_linking", "policy_enforcement",
                                 "pass_thread_control", "take_thread_control", "message_edit"].first { event[$0] != nil } ?? "unknown event"
                    skipped[other, default: 0] += 1
                    continue
                }
                guard let mid = message["mid"]?.text else {
                    if kind == "postback" { skipped["postback without mid", default: 0] += 1; continue }
                    throw .missingField("\(path).message.mid")
                }
                guard let senderID = event["sender"]?["id"]?.text else { throw .missingField("\(path).sender.id") }
                guard let recipientID = event["recipient"]?["id"]?.text else { throw .missingField("\(path).recipient.id") }
                let isEcho = message["is_echo"]?.boolValue == true || (pageID != nil && senderID == pageID)
                let customerID = isEcho ? recipientID : senderID
                let occurredAt: Date
                if let timestamp = event["timestamp"]?.int64Value {
                    guard let date = ProviderTime.unixMilliseconds(timestamp) else {
                        throw .malformed("\(path).timestamp \(timestamp) is not a time in milliseconds")
                    }
                    occurredAt = date
                } else {
                    occurredAt = try EventTime.fallback(field: "\(path).timestamp", item: item, warnings: &warnings)
                }

                var lines: [String] = []
                if let text = kind == "postback" ? message["title"]?.text : message["text"]?.stringValue, !text.isEmpty {
                    lines.append(text)
                }
                var attachments: [Attachment] = []
                for (attachmentIndex, attachment) in (message["attachments"]?.arrayValue ?? []).enumerated() {
                    let type = attachment["type"]?.text?.lowercased() ?? "file"
                    let url = attachment["payload"]?["url"]?.text
                    switch type {
                    case "fallback", "template":
                        let title = attachment["title"]?.text ?? attachment["payload"]?["title"]?.text
                        let link = [title, url].compactMap { $0 }.joined(separator: " ")
                        if !link.isEmpty { lines.append(link) }
                    case "location":
                        let coordinates = attachment["payload"]?["coordinates"]
                        if let lat = coordinates?["lat"]?.text, let long = coordinates?["long"]?.text {
                            lines.append("Location: \(lat), \(long)")
                        }
                    default:
                        let fallbackType = ["image": "image/*", "video": "video/*", "audio": "audio/*"][type]
                            ?? "application/octet-stream"
                        attachments.append(MediaFiles.attachment(url: url, contentType: nil,
                                                                 fallbackName: "\(type)-\(attachmentIndex + 1)",
                                                                 fallbackType: fallbackType))
                    }
                }
                let text = lines.joined(separator: "\n")
                guard !text.isEmpty || !attachments.isEmpty else {
                    skipped["empty message", default: 0] += 1
                    continue
                }
                var hints = CustomerHintsBuilder()
                hints.add(Identity.external(customerID, system: channel.rawValue))
                events.append(InboundEvent(
                    channel: channel, direction: isEcho ? .outbound : .inbound, providerID: "meta:\(mid)",
                    occurredAt: occurredAt, customer: hints.hints,
                    author: isEcho ? .agent(channel == .facebook ? "Facebook Page" : "Instagram account") : nil,
                    text: text,
                    social: SocialDetails(visibility: .private, inReplyToPostID: message["reply_to"]?["mid"]?.text),
                    attachments: attachments))
            }
        }
        if !skipped.isEmpty {
            let list = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            warnings.append("skipped Meta events that are not messages: \(list)")
        }
        return ParsedSource(events: events, warnings: warnings)
    }
}
