import Foundation
import ConcordStore
import ConversationEngine

/// The automatic acknowledgement and the outbox, as `SQLiteWriteSession+Acknowledgements`
/// writes them (the wording and the promise come from `AcknowledgementPlan`).
extension PostgresWriteSession {
    /// Acknowledges the new conversation `receipt` opened with `event`, once: the automatic
    /// message on the timeline, the promise it makes in the ledger, the outbox entry.
    func acknowledge(_ event: InboundEvent, receipt: IngestReceipt) throws {
        let now = automation.clock()
        guard AcknowledgementPlan.applies(to: event, automation: automation, now: now),
              try !outboxHolds(AcknowledgementPlan.key(for: receipt.conversationID)),
              let conversation = try loadConversation(receipt.conversationID),
              let customer = try PostgresStore.customer(receipt.customerID, in: session) else { return }
        let recent = try firstResponseTimes(on: event.channel, since: now.addingTimeInterval(-AcknowledgementPlan.responseWindow))
        let waiting = try waitingCount(on: event.channel, team: conversation.queue, excluding: conversation.id)
        guard let plan = AcknowledgementPlan(event: event, conversation: conversation, customer: customer,
                                             recentResponseTimes: recent, waitingAhead: waiting, automation: automation,
                                             planner: planner, now: now),
              let stored = try storeOwn(plan.event) else { return }
        _ = try recordPromise(conversation: conversation.id, message: stored.messageID, text: plan.promiseText,
                              madeAt: plan.at, dueAt: plan.due, state: .open, closedAt: nil, kind: .reply)
        try enqueue(conversation: conversation.id, message: stored.messageID, kind: "acknowledgement", channel: plan.event.channel,
                    recipient: plan.recipient, subject: plan.subject, body: plan.text, key: plan.key, at: plan.at)
    }

    // MARK: - Queue and outbox

    func outboxHolds(_ key: String) throws -> Bool {
        try session.row("SELECT 1 FROM outbox WHERE idempotency_key = ?", [key]) != nil
    }

    /// Queues a message in the outbox; a second call with the same key changes nothing. The
    /// message on the timeline shows it pending until the dispatcher sends it.
    @discardableResult
    func enqueue(conversation: ConversationID, message: MessageID?, kind: String, channel: Channel, recipient: Identity,
                 subject: String?, body: String, key: String, at: Date, emailMessageID: String? = nil,
                 inReplyTo: String? = nil, references: [String] = [], warnings: [String] = [],
                 author: AgentID? = nil) throws -> Int64? {
        let id = try session.value("""
            INSERT INTO outbox (conversation_id, message_id, kind, channel, recipient, subject, body, idempotency_key,
                                state, created_at, email_message_id, in_reply_to, "references", warnings, author_agent_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?)
            ON CONFLICT (idempotency_key) DO NOTHING RETURNING id
            """, [conversation.rawValue, message?.rawValue, kind, channel.rawValue, IdentityColumn.encode(recipient),
                  subject, body, key, at, emailMessageID, inReplyTo, references.joined(separator: " "),
                  warnings.joined(separator: "\n"), author?.rawValue], as: Int64.self)
        guard let id else { return nil }
        if let message {
            try session.execute("UPDATE messages SET delivery = 'pending' WHERE id = ?", [message.rawValue])
        }
        return id
    }

    func loadConversation(_ id: ConversationID) throws -> Conversation? {
        try session.row(PostgresIngestIndex.conversationSQL, [id.rawValue]).map(PostgresRowDecoding.conversation)
    }

    /// Seconds to the first answer of conversations started on `channel` since `since`.
    func firstResponseTimes(on channel: Channel, since: Date) throws -> [TimeInterval] {
        try session.rows("""
            SELECT extract(epoch FROM first_response_at - created_at)::float8 FROM conversations
            WHERE origin_channel = ? AND created_at >= ? AND first_response_at IS NOT NULL AND first_response_at >= created_at
            """, [channel.rawValue, since]).map { try $0(0, as: Double.self) }
    }

    /// Active conversations on a channel and team whose customer is waiting for an answer.
    func waitingCount(on channel: Channel, team: String, excluding id: ConversationID) throws -> Int {
        Int(try session.value("""
            SELECT count(*) FROM conversations
            WHERE active AND waiting_since IS NOT NULL AND origin_channel = ? AND queue = ? AND id <> ?
            """, [channel.rawValue, team, id.rawValue], as: Int64.self) ?? 0)
    }
}
