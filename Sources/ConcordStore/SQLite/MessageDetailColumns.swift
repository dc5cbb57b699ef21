import Foundation
import GRDB
import ConversationEngine

/// The channel-specific parts of a message as plain columns (call, social, email headers),
/// read and written without a JSON round trip: the timeline decodes hundreds of messages per
/// keypress and ingest writes thousands per second. Only the rare attachment list is JSON.
public enum MessageDetailColumns {
    static let insertColumns = """
        call_direction, call_seconds, call_outcome, call_transcript, social_visibility, social_url, social_in_reply_to,
        email_message_id, email_in_reply_to, email_references, attachments
        """
    static let insertPlaceholders = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"

    static func values(_ message: Message) -> [DatabaseValue] {
        [
            message.call?.direction.rawValue.databaseValue ?? .null, message.call?.durationSeconds.databaseValue ?? .null,
            message.call?.outcome.rawValue.databaseValue ?? .null, message.call?.transcript?.databaseValue ?? .null,
            message.social?.visibility.rawValue.databaseValue ?? .null, message.social?.url?.databaseValue ?? .null,
            message.social?.inReplyToPostID?.databaseValue ?? .null, message.email?.messageID?.databaseValue ?? .null,
            message.email?.inReplyTo?.databaseValue ?? .null,
            message.email.map { $0.references.joined(separator: " ") }?.databaseValue ?? .null,
            attachmentsJSON(message.attachments)?.databaseValue ?? .null,
        ]
    }

    /// Call details from the four call columns starting at `index`
    /// (direction, seconds, outcome, transcript).
    static func call(_ row: Row, from index: Int) -> CallDetails? {
        guard let outcome = (row[index + 2] as String?).flatMap(CallDetails.Outcome.init(rawValue:)) else { return nil }
        return CallDetails(direction: (row[index] as String?).flatMap(Direction.init(rawValue:)) ?? .inbound,
                           durationSeconds: row[index + 1] ?? 0, outcome: outcome, transcript: row[index + 3])
    }

    /// Social details from the three social columns starting at `index` (visibility, url, in reply to).
    static func social(_ row: Row, from index: Int) -> SocialDetails? {
        guard let visibility = (row[index] as String?).flatMap(SocialDetails.Visibility.init(rawValue:)) else {
            return nil
        }
        return SocialDetails(visibility: visibility, url: row[index + 1], inReplyToPostID: row[index + 2])
    }

    /// Email headers from the three email columns starting at `index` (message id, in reply to, references).
    static func email(_ row: Row, from index: Int) -> EmailHeaders? {
        let messageID: String? = row[index]
        let inReplyTo: String? = row[index + 1]
        let references: String? = row[index + 2]
        guard messageID != nil || inReplyTo != nil || references != nil else { return nil }
        return EmailHeaders(messageID: messageID, inReplyTo: inReplyTo,
                            references: references.map { $0.split(separator: " ").map(String.init) } ?? [])
    }

    /// The attachment list as a JSON array of `Attachment`'s Codable form, written by hand:
    /// ingest writes it for every message with attachments, and a `JSONEncoder` per message
    /// cost more than the insert it was for. `attachments(_:)` reads it with `JSONDecoder`.
    public static func attachmentsJSON(_ attachments: [Attachment]) -> String? {
        guard !attachments.isEmpty else { return nil }
        var json = "["
        for (index, attachment) in attachments.enumerated() {
            if index > 0 { json += "," }
            json += "{\"filename\":"
            appendJSONString(attachment.filename, to: &json)
            json += ",\"contentType\":"
            appendJSONString(attachment.contentType, to: &json)
            json += ",\"size\":\(attachment.size)}"
        }
        return json + "]"
    }

    /// Appends `text` as a JSON string literal (RFC 8259: quote, backslash and control
    /// characters escaped; everything else as it is, in UTF-8).
    private static func appendJSONString(_ text: String, to json: inout String) {
        json += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case "\n": json += "\\n"
            case "\r": json += "\\r"
            case "\t": json += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: json.unicodeScalars.append(scalar)
            }
        }
        json += "\""
    }

    public static func attachments(_ json: String?) -> [Attachment] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([Attachment].self, from: Data(json.utf8))) ?? []
    }
}
