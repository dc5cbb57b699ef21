import Foundation
import ConversationEngine

/// The writes available inside one transaction (see `Store.write`). Importers and the demo
/// loader batch thousands of events into one transaction; the console writes one at a time.
public protocol StoreWriter {
    /// Runs the ingest pipeline for one event and stores the result.
    func ingest(_ event: InboundEvent) throws -> IngestOutcome
    /// Creates or updates an agent by login.
    @discardableResult
    func upsertAgent(login: String, name: String, languages: [Language], role: Agent.Role, team: String) throws -> Agent
    /// Records a promise made to a customer in a conversation. `closedAt` is when a kept or
    /// broken promise was settled (the due time when nil).
    @discardableResult
    func recordPromise(conversation: ConversationID, message: MessageID?, text: String, madeAt: Date, dueAt: Date,
                       state: Promise.State, closedAt: Date?) throws -> Promise
    /// Assigns a conversation (nil unassigns). `expectedVersion` guards against lost updates.
    @discardableResult
    func assign(conversation: ConversationID, to agent: AgentID?, expectedVersion: Int?) throws -> Conversation
    /// Changes a conversation's status. Resolving stops its clock; reopening does not restart
    /// it until the customer writes again.
    @discardableResult
    func setStatus(conversation: ConversationID, to status: ConversationStatus, at: Date, expectedVersion: Int?) throws -> Conversation
    /// The stored message with this dedupe key, if any.
    func message(withDedupeKey key: String) throws -> Message?
}
