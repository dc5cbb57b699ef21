import ConversationEngine
import Foundation

/// A status a demo conversation moved to that no message implies: resolved and closed
/// conversations in a customer's history, or one waiting on the customer or on a colleague.
///
/// Ingest opens conversations and reopens them on new inbound messages; everything else is an
/// agent's decision, which the demo records with this item.
public struct DemoStatusChange: Sendable, Hashable {
    /// The dedupe key of a message in the conversation.
    public var messageDedupeKey: String
    public var status: ConversationStatus
    public var at: Date

    public init(messageDedupeKey: String, status: ConversationStatus, at: Date) {
        self.messageDedupeKey = messageDedupeKey
        self.status = status
        self.at = at
    }
}
