import Foundation
import ConversationEngine

/// Everything the console, the importers and the CLI need from persistent storage.
///
/// Calls are synchronous: the console's event loop is synchronous, SQLite answers its
/// queries in microseconds, and a networked implementation blocks only the calling thread
/// while its own event loop does the I/O. Every query the console makes is indexed and
/// bounded; nothing loads the whole store into memory.
public protocol Store: AnyObject, Sendable {
    /// Runs `body` in one write transaction: all of it is stored, or none of it.
    func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T
    /// Runs a bulk load (many `write`s) with secondary work, such as full-text indexing,
    /// done in parallel; everything is done when it returns.
    func bulk<T>(_ body: () throws -> T) throws -> T
    /// The rules this store plans ingested events by (identity, threading, SLA policies), so
    /// that the work needing no store (reading an event's words) can be done ahead under the
    /// same rules on other threads.
    var ingestPlanner: IngestPlanner { get }

    // MARK: Queue and conversations
    func queue(_ query: QueueQuery) throws -> [QueueItem]
    func queueCount(_ query: QueueQuery) throws -> Int
    func conversation(_ id: ConversationID) throws -> Conversation?
    /// The customer's conversations, most recent activity first.
    func conversations(of customer: CustomerID) throws -> [Conversation]
    /// A conversation's status changes in time order.
    func statusChanges(of conversation: ConversationID) throws -> [StatusChange]
    /// First-answer times of conversations started on `channel` since `since`.
    func responseTimes(on channel: Channel, since: Date) throws -> ResponseTimes

    /// The ways this conversation's customer can be answered: the conversation's own channel
    /// first, then every other channel they have an identity for (an email address, a phone
    /// for SMS and, when they have written on it, WhatsApp, a social handle). A public X post
    /// is answered publicly by default.
    /// - Throws: `StoreError.notFound` for an unknown conversation.
    func replyRoutes(for conversation: ConversationID) throws -> [ReplyRoute]

    // MARK: Customers
    func customer(_ id: CustomerID) throws -> Customer?
    func identities(of customer: CustomerID) throws -> [Identity]
    /// The customer that owns `identity`, if any.
    func customer(with identity: Identity) throws -> CustomerID?
    /// Inbound contacts (messages and calls from the customer) at or after `since`.
    func contactCount(of customer: CustomerID, since: Date) throws -> Int
    func promises(of customer: CustomerID) throws -> [Promise]
    /// One promise by id (nil when there is none).
    func promise(_ id: PromiseID) throws -> Promise?
    /// One conversation's promises, soonest due first.
    func promises(in conversation: ConversationID) throws -> [Promise]
    /// Open promises due before `dueBefore` (every open one when nil), soonest first: the alarms.
    func openPromises(dueBefore: Date?, limit: Int) throws -> [Promise]
    /// The customer with identities, conversations, their newest `messageLimit` messages,
    /// promises and inbound contacts since `contactsSince`, read in one transaction; nil
    /// when the customer does not exist.
    func snapshot(of customer: CustomerID, messageLimit: Int, contactsSince: Date) throws -> CustomerSnapshot?

    // MARK: Messages
    /// The customer's messages across every conversation and channel, newest `limit` of them
    /// before `cursor` (all when nil), returned in chronological order.
    func timeline(of customer: CustomerID, before cursor: TimelineCursor?, limit: Int) throws -> [Message]
    /// A conversation's messages in chronological order.
    func messages(in conversation: ConversationID) throws -> [Message]
    func message(_ id: MessageID) throws -> Message?
    func search(_ query: SearchQuery) throws -> [SearchHit]
    /// How many messages match (the query's limit is ignored).
    func searchCount(_ query: SearchQuery) throws -> Int

    // MARK: Customers, merges and raw sources

    /// Customers not merged into another, by id.
    func customers(limit: Int, offset: Int) throws -> [Customer]
    /// Customers whose name matches `query` (any part, case-insensitive), or who own an
    /// identity containing it.
    func findCustomers(_ query: String, limit: Int) throws -> [Customer]
    /// The customer another one was merged into, if it was.
    func mergedInto(_ customer: CustomerID) throws -> CustomerID?
    func mergeSuggestions(for customer: CustomerID?, state: MergeSuggestion.State?) throws -> [MergeSuggestion]
    func merges(involving customer: CustomerID) throws -> [CustomerMerge]
    func rawSource(_ id: RawSourceID) throws -> RawSourceRecord?
    /// The kept bytes of a source item.
    func rawSourceData(_ id: RawSourceID) throws -> Data?
    /// Source items in a state, oldest first.
    func rawSources(in state: RawSourceRecord.State, limit: Int) throws -> [RawSourceRecord]
    func rawSourceCount(in state: RawSourceRecord.State) throws -> Int
    /// The states of the source items already kept under these digests (unknown ones are absent).
    func rawSourceStates(digests: [String]) throws -> [String: RawSourceRecord.State]

    // MARK: Drafts

    /// The reply draft kept for a conversation, if any.
    func draft(for conversation: ConversationID) throws -> Draft?

    // MARK: Outbox, follow-ups and satisfaction

    /// Messages Concord queued to send (replies, acknowledgements, follow-ups), oldest first; every
    /// state when `state` is nil.
    func outbox(state: OutboxItem.State?, limit: Int) throws -> [OutboxItem]
    /// Follow-up tasks in `states` (all when nil) due at or before `dueBy` (any time when nil), soonest first.
    func followUps(states: Set<FollowUp.State>?, dueBy: Date?, limit: Int) throws -> [FollowUp]
    /// Satisfaction ratings given at or after `since` (all when nil), oldest first.
    func satisfaction(since: Date?) throws -> [SatisfactionRating]
    /// One customer's satisfaction ratings, oldest first.
    func satisfaction(of customer: CustomerID) throws -> [SatisfactionRating]

    // MARK: Agents and statistics
    func agents() throws -> [Agent]
    func agent(login: String) throws -> Agent?
    func statistics() throws -> StoreStatistics
    /// Every agent with their status, capacity, active load and round-robin turn, by login.
    func workloads() throws -> [AgentWorkload]

    // MARK: Working side by side
    /// Says that `agent`'s console now shows `conversation` (nil: nothing, or it was closed),
    /// viewing or drafting. A report that repeats the last one only refreshes its time and,
    /// on PostgreSQL, does not wake every other console; a change does.
    func reportPresence(agent: AgentID, conversation: ConversationID?, activity: Presence.Activity, at: Date) throws
    /// The agents whose consoles show any of the customer's conversations, reported at or
    /// after `freshSince`, most recent first.
    func presence(of customer: CustomerID, freshSince: Date) throws -> [Presence]
    /// Supervisors' notes sent after `after` (all when nil), oldest first, at most `limit`.
    func broadcasts(after: Int64?, limit: Int) throws -> [Broadcast]

    // MARK: Audit
    /// Writes an audit row on its own (a customer's card was viewed). Audited changes write
    /// theirs inside their own transaction instead (`StoreWriter.recordAudit`).
    func recordAudit(_ record: AuditRecord) throws
    /// Audit rows at or after `since` (all when nil), oldest first, at most `limit`.
    func auditLog(since: Date?, limit: Int) throws -> [AuditEntry]

    // MARK: Live activity
    /// The newest message's id (nil in an empty store): the console polls it every second, so
    /// a chat line, a missed call or an SMS that another process stored appears without a key.
    func latestMessageID() throws -> MessageID?
    /// Messages stored after `id`, oldest first, at most `limit`: what arrived since the last poll.
    func messages(after id: MessageID, limit: Int) throws -> [Message]
    /// Calls `onChange` (on a thread of the watch's own) soon after any process commits a
    /// change to the store: within 100 ms on SQLite (its change counter is polled), as the
    /// notification arrives on PostgreSQL (LISTEN/NOTIFY). Calls may be coalesced; each says
    /// what its commit changed as far as the store can tell (`StoreChange`; SQLite's counter
    /// cannot, and always says `.anything`).
    func watchChanges(_ onChange: @escaping @Sendable (StoreChange) -> Void) throws -> any StoreChangeWatch

    // MARK: Supervisor
    /// The supervisor screen's queues (per team and per channel: waiting, oldest wait, breaching
    /// within the risk window, breached, overdue promises), agents with the conversation on
    /// their screen, new conversations per hour per channel and satisfaction per local day, at
    /// `request.now`, read in one transaction. A few grouped statements on indexes (active
    /// conversations, conversations by creation time, open promises by due time, ratings by
    /// time) answer it, so its cost follows the work in hand, not the store's history.
    func supervisorOverview(_ request: SupervisorRequest) throws -> SupervisorOverview

    // MARK: Erasure
    /// Clears what the store's files still keep of rows deleted by an erasure that committed
    /// (`StoreWriter.erase`); `Store.erase` calls it. SQLite: the search index drops the erased
    /// entries' words, free pages are overwritten with zeros and both write-ahead logs are
    /// emptied (`compact` VACUUMs both files first). PostgreSQL: VACUUM of the erased tables,
    /// or with `compact` VACUUM FULL, which rewrites their files and locks each table while it does.
    /// - Returns: what may still hold bytes of the erased rows (nothing when empty).
    func reclaimErasedSpace(compact: Bool) throws -> Set<ErasureReport.Residue>
}

extension Store {
    /// Ingests one event in its own transaction.
    @discardableResult
    public func ingest(_ event: InboundEvent) throws -> IngestOutcome {
        try write { try $0.ingest(event) }
    }

    /// Ingests events in one transaction. An event the pipeline rejects (no identity, empty)
    /// is reported in its slot and does not stop the others.
    public func ingest(_ events: [InboundEvent]) throws -> [Result<IngestOutcome, IngestError>] {
        try write { writer in
            try events.map { event in
                do { return .success(try writer.ingest(event)) } catch let error as IngestError { return .failure(error) }
            }
        }
    }
}
