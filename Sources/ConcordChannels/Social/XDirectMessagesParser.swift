import ConversationEngine
import Foundation

/// Reads X API v2 direct-message events (`GET /2/dm_events` and the per-conversation
/// lookups: `data` is an array of DM events, or one; `dm_events` is accepted as well) into
/// private X events.
///
/// - Only `MessageCreate` events are messages; ParticipantsJoin/ParticipantsLeave are
///   skipped with a warning.
/// - Thread: `socialThreadID` is the `dm_conversation_id`.
/// - A message sent by one of the company's accounts (`ownHandles["x"]`) is an outbound
///   agent reply; its customer is the other participant (from `participant_ids`, or from a
///   one-to-one conversation id "<user id>-<user id>"). Company messages to a group with
///   several other people name no single customer and are skipped with a warning.
/// - Customer identities: handle (from `includes.users`) and X user id (system "x").
/// - providerID: "x-dm:<event id>".
public struct XDirectMessagesParser: SourceParser {
    public init() {}

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let document = try JSONReader.parseObject(item.data, what: "an X direct-message payload")
        let payload = document.value
        var warnings = document.warnings
        let key = payload["dm_events"] != nil ? "dm_events" : "data"
        guard let data = payload[key], !data.isNull else {
            if payload["errors"] != nil { throw .unsupported("an X API error response carries no DM events") }
            throw .missingField("data")
        }
        guard data.arrayValue != nil || data.objectValue != nil else {
            throw .malformed("\(key) must be a DM event object or an array of them")
        }
        let includes = XIncludes(payload, context: context)
        var events: [InboundEvent] = []
        var skipped: [String: Int] = [:]
        for (index, dm) in data.elements.enumerated() {
            let path = data.arrayValue == nil ? key : "\(key)[\(index)]"
            guard dm.objectValue != nil else { throw .malformed("\(path) is not a DM event object") }
            let type = dm["event_type"]?.text ?? "MessageCreate"
            guard type == "MessageCreate" else {
                skipped[type, default: 0] += 1
                continue
            }
            guard let id = dm["id"]?.text else { throw .missingField("\(path).id") }
            guard let senderID = dm["sender_id"]?.text else { throw .missingField("\(path).sender_id (request dm_event.fields=sender_id)") }
            let conversationID = dm["dm_conversation_id"]?.text
            let occurredAt = try EventTime.resolve(dm["created_at"], field: "\(path).created_at", item: item, warnings: &warnings)

            let direction: Direction
            let customerID: String
            if includes.isOwn(senderID) {
                var others = (dm["participant_ids"]?.arrayValue ?? []).compactMap(\.text).filter { $0 != senderID }
                if others.isEmpty, let conversationID {
                    let ids = conversationID.split(separator: "-").map(String.init)
                    if ids.count == 2 { others = ids.filter { $0 != senderID } }
                }
                let customers = Array(Set(others.filter { !includes.isOwn($0) }))
                guard customers.count == 1 else {
                    warnings.append("DM \(id) from the company's account names \(customers.isEmpty ? "no" : "several") other participants: skipped")
                    continue
                }
                direction = .outbound
                customerID = customers[0]
            } else {
                direction = .inbound
                customerID = senderID
            }
            let text = XIncludes.unescape(dm["text"]?.stringValue ?? "")
            let attachments = includes.attachments(for: dm["attachments"]?["media_keys"]?.arrayValue ?? [], ownerID: id)
            guard !text.isEmpty || !attachments.isEmpty else {
                warnings.append("DM \(id) has no text: skipped")
                continue
            }
            events.append(InboundEvent(
                channel: .x, direction: direction, providerID: "x-dm:\(id)", occurredAt: occurredAt,
                customer: includes.hints(for: customerID),
                author: direction == .outbound ? .agent(includes.agentName(for: senderID)) : nil,
                text: text, social: SocialDetails(visibility: .private), attachments: attachments,
                thread: ThreadHints(socialThreadID: conversationID)))
        }
        if !skipped.isEmpty {
            let list = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            warnings.append("skipped DM events that are not messages: \(list)")
        }
        return ParsedSource(events: events, warnings: warnings)
    }
}
