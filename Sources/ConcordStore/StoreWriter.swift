import Foundation
import ConversationEngine

/// The writes available inside one transaction (see `Store.write`). Importers and the demo
/// loader batch thousands of events into one transaction; the console writes one at a time.
public protocol StoreWriter {
    /// Runs the ingest pipeline for one event and stores the result, linked to the raw source
    /// item it came from (nil for events made in Concord, like the demo's).
    func ingest(_ event: InboundEvent, rawSource: RawSourceID?, preparation: IngestPreparation?) throws -> IngestOutcome
    /// Creates or updates an agent by login.
    @discardableResult
    func upsertAgent(login: String, name: String, languages: [Language], role: Agent.Role, team: String) throws -> Agent
    /// Records a promise made to a customer in a conversation. `closedAt` is when a kept or
    /// broken promise was settled (the due time when nil).
    @discardableResult
    func recordPromise(conversation: ConversationID, message: MessageID?, text: String, madeAt: Date, dueAt: Date,
                       state: Promise.State, closedAt: Date?, kind: PromiseKind) throws -> Promise
    /// Changes what a promise says or when it is due (nil leaves it): an agent correcting the ledger.
    /// - Throws: `StoreError.notFound` for an unknown id, `.invalidValue` for empty text or a due
    ///   time before the promise was made.
    @discardableResult
    func revisePromise(_ id: PromiseID, text: String?, dueAt: Date?) throws -> Promise
    /// Settles a promise by hand: kept (done), broken (the agent knows it will not be met, and
    /// says so), or open again.
    @discardableResult
    func settlePromise(_ id: PromiseID, as state: Promise.State, at: Date) throws -> Promise
    /// Assigns a conversation (nil unassigns). `expectedVersion` guards against lost updates.
    @discardableResult
    func assign(conversation: ConversationID, to agent: AgentID?, expectedVersion: Int?) throws -> Conversation
    /// Changes a conversation's status. Resolving stops its clock; reopening does not restart
    /// it until the customer writes again.
    @discardableResult
    func setStatus(conversation: ConversationID, to status: ConversationStatus, at: Date, expectedVersion: Int?) throws -> Conversation
    /// The stored message with this dedupe key, if any.
    func message(withDedupeKey key: String) throws -> Message?
    /// The conversation as this transaction sees it: no other writer can change it before the
    /// transaction ends (see `Store.claim`).
    func conversationForUpdate(_ id: ConversationID) throws -> Conversation?

    // MARK: Replying and triage

    /// Sends an agent's reply, in this one transaction: the outbound message on the timeline
    /// (delivery pending), the outbox item the dispatcher delivers (for email with In-Reply-To
    /// and References of the customer's last email), the promises its words make in the
    /// ledger, the SLA response recorded as for any agent's reply, the conversation's draft
    /// deleted, and a new or open conversation set pending on the customer when `setPending`.
    /// - Throws: `ReplyError.emptyBody`, `.noSuchRecipient` for a route the customer has no
    ///   identity for, `.overLimit` for a text longer than the channel takes;
    ///   `StoreError.notFound` for an unknown conversation.
    func sendReply(_ reply: OutgoingReply, at: Date, setPending: Bool) throws -> SentReply
    /// Adds an internal note to a conversation's timeline: never sent, and it answers nothing
    /// (the customer is still waiting).
    /// - Throws: `ReplyError.emptyBody`; `StoreError.notFound` for an unknown conversation.
    @discardableResult
    func addNote(conversation: ConversationID, text: String, author: Author, at: Date) throws -> Message
    /// Changes a conversation's priority (and with it when its answer is due).
    @discardableResult
    func setPriority(conversation: ConversationID, to: Priority, at: Date, expectedVersion: Int?) throws -> Conversation
    /// Adds and removes tags (normalised by `ConversationTags`); unknown tags to remove are ignored.
    @discardableResult
    func tag(conversation: ConversationID, adding: [String], removing: [String], at: Date) throws -> Conversation
    /// Moves a conversation to another team's queue ("billing"); its assignee stays until someone changes it.
    /// - Throws: `StoreError.invalidValue` for an empty name; `.notFound` for an unknown conversation.
    @discardableResult
    func moveToQueue(conversation: ConversationID, queue: String, at: Date) throws -> Conversation
    /// Records what became of an outbox item (the dispatcher calls it), and shows it on the
    /// timeline as the message's delivery. `error` is kept for a failure.
    @discardableResult
    func markOutbox(_ id: Int64, as state: OutboxItem.State, at: Date, error: String?) throws -> OutboxItem
    /// Takes up to `limit` queued items due at `now` that no dispatcher holds, soonest due
    /// first, and holds them until `leaseUntil`; each take counts as an attempt. Two dispatchers
    /// (two `concord serve`s, a cron `concord send --once`) never hold the same item, and an
    /// item held by one that crashed is taken again once its lease has run out. Only items on
    /// `channels` are taken: the ones this dispatcher is configured to deliver.
    func claimOutbox(dueAt now: Date, leaseUntil: Date, limit: Int, channels: Set<Channel>) throws -> [OutboxItem]
    /// Keeps a held item queued for another attempt at `nextAttempt` and notes why this one
    /// failed, on the item and beside the message on the timeline.
    /// - Throws: `StoreError.notFound` for an unknown item.
    @discardableResult
    func deferOutbox(_ id: Int64, until nextAttempt: Date, error: String, at: Date) throws -> OutboxItem

    // MARK: Raw sources (never losing a message)

    /// Keeps the bytes of a source item under its digest, as pending; returns the existing
    /// record instead when the same bytes were kept before.
    func keepRawSource(_ bytes: RawBytes, digest: String, format: String, origin: String, receivedAt: Date?,
                       at: Date) throws -> RawSourceRecord
    /// Keeps a source item whose fate is already known (parsed ahead, in bulk ingest): one
    /// statement when the bytes are new. Returns the existing record, and false, when the same
    /// bytes were kept before.
    func keepRawSource(_ bytes: RawBytes, digest: String, format: String, origin: String, receivedAt: Date?, at: Date,
                       state: RawSourceRecord.State, reason: String?, warnings: [String],
                       events: Int) throws -> (record: RawSourceRecord, isNew: Bool)
    func rawSource(digest: String) throws -> RawSourceRecord?
    /// Counts a parse attempt, before parsing: an item left pending with attempts after a
    /// crash is known to have been tried.
    func beginAttempt(on id: RawSourceID) throws
    func finishRawSource(_ id: RawSourceID, state: RawSourceRecord.State, reason: String?, warnings: [String],
                         events: Int) throws
    /// Runs `body` all-or-nothing inside the transaction (one source item's events).
    func savepoint<T>(_ body: () throws -> T) throws -> T

    // MARK: Drafts

    /// Keeps `draft` as the conversation's only draft, replacing the one before.
    func saveDraft(_ draft: Draft) throws
    /// Removes the conversation's draft (sent, or emptied by the agent); no error when there is none.
    func deleteDraft(_ conversation: ConversationID) throws

    // MARK: Follow-ups and satisfaction

    /// Queues every follow-up due at `now` in the outbox (with its message on the timeline) and
    /// returns them; running it again queues nothing twice.
    func queueDueFollowUps(at now: Date) throws -> [FollowUp]
    /// Records the answer to the survey with `token` (a one-click link); a second answer replaces the first.
    @discardableResult
    func recordSurveyAnswer(token: String, score: Int, comment: String?, at: Date) throws -> SatisfactionRating
    /// Records a satisfaction rating of a conversation that came from elsewhere (a chat platform's CSAT).
    @discardableResult
    func recordSatisfaction(conversation: ConversationID, score: Int, comment: String?, at: Date, message: MessageID?,
                            source: SatisfactionRating.Source) throws -> SatisfactionRating

    // MARK: Customers

    /// Merges `merged` into `survivor`; the merge is recorded and can be undone.
    @discardableResult
    func merge(_ merged: CustomerID, into survivor: CustomerID, at: Date) throws -> CustomerMerge
    @discardableResult
    func undoMerge(_ id: Int64, at: Date) throws -> CustomerMerge
    /// Splits identities (and the conversations that only they used) off into a new customer.
    func split(_ customer: CustomerID, identities: [Identity], at: Date) throws -> CustomerID
    func suggestMerge(_ a: CustomerID, _ b: CustomerID, score: Double, evidence: String, at: Date) throws
    func setMergeSuggestion(_ id: Int64, to state: MergeSuggestion.State) throws

    // MARK: Agents, routing and audit

    /// Sets an agent's status (their time in status starts again when it changes) and, when
    /// given, their capacity.
    /// - Throws: `StoreError.notFound` for an unknown agent, `.invalidValue` for a negative capacity.
    @discardableResult
    func setAgentStatus(_ agent: AgentID, to status: AgentStatus?, capacity: Int?, at: Date) throws -> AgentWorkload
    /// Every agent's workload as this transaction sees it (routing decides on it, then assigns).
    func workloadsForUpdate() throws -> [AgentWorkload]
    /// Records that routing just gave `agent` a conversation: round robin's turn moves on.
    func markRouted(_ agent: AgentID, at: Date) throws
    /// Writes an audit row in this transaction, so the change and its record stand or fall together.
    func recordAudit(_ record: AuditRecord) throws
    /// Sends a supervisor's note to every agent's console (of `team`, or everyone when nil).
    /// - Throws: `ReplyError.emptyBody` for a blank text.
    @discardableResult
    func broadcast(_ text: String, team: String?, from author: Agent, at: Date) throws -> Broadcast

    // MARK: Erasure

    /// Erases a customer's personal data in this transaction: the customer and everyone merged
    /// into them, their identities, conversations with every message (the customer's, agents'
    /// replies, notes), search entries, thread keys, status changes, promises, drafts, outbox
    /// items, follow-ups, ratings, presence, merge suggestions and merges, and the kept source
    /// items only their messages came from (see `CustomerErasure`). Writes the `.erase` audit
    /// row, with counts only. Use `Store.erase`, which also clears what the store's files keep
    /// of the deleted rows once this commits.
    /// - Throws: `ErasureError.notAllowed` unless `agent` is a supervisor or admin, `.merged`
    ///   for a customer merged into another; `StoreError.notFound` for an unknown customer.
    func erase(_ customer: CustomerID, by agent: Agent, at: Date) throws -> ErasureReport
}

extension StoreWriter {
    /// Sends a reply and sets a new or open conversation pending on the customer.
    public func sendReply(_ reply: OutgoingReply, at: Date) throws -> SentReply {
        try sendReply(reply, at: at, setPending: true)
    }

    /// Records what became of an outbox item, with no error text.
    @discardableResult
    public func markOutbox(_ id: Int64, as state: OutboxItem.State, at: Date) throws -> OutboxItem {
        try markOutbox(id, as: state, at: at, error: nil)
    }

    /// Records a promise whose subject is not known (a hand-entered one, a demo's).
    @discardableResult
    public func recordPromise(conversation: ConversationID, message: MessageID?, text: String, madeAt: Date, dueAt: Date,
                              state: Promise.State, closedAt: Date?) throws -> Promise {
        try recordPromise(conversation: conversation, message: message, text: text, madeAt: madeAt, dueAt: dueAt, state: state,
                          closedAt: closedAt, kind: .other)
    }

    /// Ingests an event made in Concord (no raw source item).
    public func ingest(_ event: InboundEvent) throws -> IngestOutcome {
        try ingest(event, rawSource: nil, preparation: nil)
    }

    public func ingest(_ event: InboundEvent, rawSource: RawSourceID?) throws -> IngestOutcome {
        try ingest(event, rawSource: rawSource, preparation: nil)
    }
}
