import Foundation
import GRDB
import ConversationEngine

/// The channel-specific parts of a message as plain columns (call, social, email headers),
/// read and written without a JSON round trip: the timeline decodes hundreds of messages per
/// keypress and ingest writes thousands per second. Only the rare attachment list is JSON.
enum MessageDetailColumns {
    static let insertColumns = """
        call_direction, call_seconds, call_outcome, call_transcript, social_visibility, social_url, social_in_reply_to,
        email_message_id, email_in_reply_to, email_references, attachments
        """
    static let insertPlaceholders = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"

    static func values(_ message: Message) throws -> [(any DatabaseValueConvertible)?] {
        [
            message.call?.direction.rawValue, message.call?.durationSeconds, message.call?.outcome.rawValue,
            message.call?.transcript, message.social?.visibility.rawValue, message.social?.url,
            message.social?.inReplyToPostID, message.email?.messageID, message.email?.inReplyTo,
            message.email.map { $0.references.joined(separator: " ") },
            try attachmentsJSON(message.attachments),
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

    static func attachmentsJSON(_ attachments: [Attachment]) throws -> String? {
        guard !attachments.isEmpty else { return nil }
        return String(decoding: try JSONEncoder().encode(attachments), as: UTF8.self)
    }

    static func attachments(_ json: String?) -> [Attachment] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([Attachment].self, from: Data(json.utf8))) ?? []
    }
}
