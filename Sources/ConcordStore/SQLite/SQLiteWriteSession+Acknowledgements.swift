import Foundation
import GRDB
import ConversationEngine

extension SQLiteWriteSession {
    /// Acknowledges the new conversation `receipt` opened with `event`, when the channel's
    /// acknowledgement is on and the message is live traffic: records the automatic message
    /// on the timeline, the promise it makes in the ledger, and queues it in the outbox, once
    /// (see `AcknowledgementPlan`).
    func acknowledge(_ event: InboundEvent, receipt: IngestReceipt) throws {
        let now = automation.clock()
        guard AcknowledgementPlan.applies(to: event, automation: automation, now: now),
              try !outboxHolds(AcknowledgementPlan.key(for: receipt.conversationID)),
              let conversation = try loadConversation(receipt.conversationID),
              let customer = try SQLiteStore.customer(receipt.customerID, in: db) else { return }
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
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM outbox WHERE idempotency_key = ?"), arguments: [key]) ?? false
    }

    /// Queues a message in the outbox; a second call with the same key changes nothing. The
    /// message on the timeline shows it pending until the dispatcher sends it.
    @discardableResult
    func enqueue(conversation: ConversationID, message: MessageID?, kind: String, channel: Channel, recipient: Identity,
                 subject: String?, body: String, key: String, at: Date, emailMessageID: String? = nil,
                 inReplyTo: String? = nil, references: [String] = [], warnings: [String] = [],
                 author: AgentID? = nil) throws -> Int64? {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO outbox (conversation_id, message_id, kind, channel, recipient, subject, body, idempotency_key,
                                          state, created_at, email_message_id, in_reply_to, "references", warnings, author_agent_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [conversation.rawValue, message?.rawValue, kind, channel.rawValue, IdentityColumn.encode(recipient),
                                     subject, body, key, at.timeIntervalSince1970, emailMessageID, inReplyTo,
                                     references.joined(separator: " "), warnings.joined(separator: "\n"), author?.rawValue])
        guard db.changesCount > 0 else { return nil }
        let id = db.lastInsertedRowID
        if let message {
            try db.cachedStatement(sql: "UPDATE messages SET delivery = 'pending' WHERE id = ?").execute(arguments: [message.rawValue])
        }
        return id
    }

    func loadConversation(_ id: ConversationID) throws -> Conversation? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(RowDecoding.conversationColumns) FROM conversations c WHERE c.id = ?"),
                         arguments: [id.rawValue]).map(RowDecoding.conversation)
    }

    /// Seconds to the first answer of conversations started on `channel` since `since`.
    func firstResponseTimes(on channel: Channel, since: Date) throws -> [TimeInterval] {
        try Double.fetchAll(db.cachedStatement(sql: """
            SELECT first_response_at - created_at FROM conversations
            WHERE origin_channel = ? AND created_at >= ? AND first_response_at IS NOT NULL AND first_response_at >= created_at
            """), arguments: [channel.rawValue, since.timeIntervalSince1970])
    }

    /// Active conversations on a channel and team whose customer is waiting for an answer.
    func waitingCount(on channel: Channel, team: String, excluding id: ConversationID) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM conversations
            WHERE active = 1 AND waiting_since IS NOT NULL AND origin_channel = ? AND queue = ? AND id <> ?
            """), arguments: [channel.rawValue, team, id.rawValue]) ?? 0
    }
}
