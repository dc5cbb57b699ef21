import Foundation

/// The questions the ingest planner asks of what is already stored.
///
/// A store answers them inside the write transaction that applies the plan, so the decision
/// and the write are atomic. The engine never performs I/O itself; it only asks.
public protocol IngestIndex {
    /// The message already stored under `dedupeKey`, if any.
    func message(withDedupeKey key: String) throws -> MessageID?
    /// For each identity that is known, the customer it belongs to.
    func owners(of identities: [Identity]) throws -> [Identity: CustomerID]
    /// The conversation registered under the first of `keys` that is known, tried in order.
    func conversation(forThreadKeys keys: [String]) throws -> Conversation?
    /// A conversation by id (for notes and console replies).
    func conversation(id: ConversationID) throws -> Conversation?
    /// The customer's active conversation with the most recent activity at or after `since`.
    func latestActiveConversation(of customer: CustomerID, since: Date) throws -> Conversation?
    /// The customer's most recent conversation whose normalised subject is `subjectKey`, active
    /// or not, with activity at or after `since`.
    func conversation(of customer: CustomerID, subjectKey: String, since: Date) throws -> Conversation?
}
