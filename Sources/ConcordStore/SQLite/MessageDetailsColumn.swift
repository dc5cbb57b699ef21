import Foundation
import ConversationEngine

/// The channel-specific parts of a message, stored as one JSON column: they are read with the
/// message and never queried on their own, so columns would only widen every row.
struct MessageDetailsColumn: Codable {
    var call: CallDetails?
    var social: SocialDetails?
    var email: EmailHeaders?
    var attachments: [Attachment]?

    init(_ message: Message) {
        call = message.call
        social = message.social
        email = message.email
        attachments = message.attachments.isEmpty ? nil : message.attachments
    }

    var isEmpty: Bool { call == nil && social == nil && email == nil && attachments == nil }

    /// The JSON text, or nil when there is nothing channel-specific.
    static func encode(_ message: Message) throws -> String? {
        let details = MessageDetailsColumn(message)
        guard !details.isEmpty else { return nil }
        let data = try JSONEncoder().encode(details)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String?) -> MessageDetailsColumn? {
        guard let text, let data = text.data(using: .utf8) else { return nil }
        return try? JSONDecoder().decode(MessageDetailsColumn.self, from: data)
    }
}
