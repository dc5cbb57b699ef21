import ConversationEngine
import Foundation

/// A promise an agent made in a demo message ("refund within 5 business days", "I'll call you
/// back tomorrow before noon").
///
/// The ledger of promises is the heart of expectation management, so the demo includes open
/// promises still due, open ones already overdue, and kept and broken ones in history. The
/// message is named by dedupe key because the store assigns message ids only when it ingests.
public struct DemoPromise: Sendable, Hashable {
    /// The dedupe key of the outbound message that made the promise.
    public var messageDedupeKey: String
    /// The commitment in a few words, in the customer's language.
    public var text: String
    public var madeAt: Date
    /// When it is due, computed in the customer's local time ("tomorrow before noon" is their noon).
    public var dueAt: Date
    public var state: Promise.State

    public init(messageDedupeKey: String, text: String, madeAt: Date, dueAt: Date, state: Promise.State) {
        self.messageDedupeKey = messageDedupeKey
        self.text = text
        self.madeAt = madeAt
        self.dueAt = dueAt
        self.state = state
    }
}
