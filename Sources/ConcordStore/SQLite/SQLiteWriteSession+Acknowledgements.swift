import Foundation
import GRDB
import ConversationEngine

extension SQLiteWriteSession {
    /// First answers counted for a promised reply time: the last 30 days.
    static let responseWindow: TimeInterval = 30 * 86_400

    /// Acknowledges the new conversation `receipt` opened with `event`, when the channel's
    /// acknowledgement is on and the message is live traffic: records the automatic message
    /// on the timeline, the promise it makes in the ledger, and queues it in the outbox, once.
    func acknowledge(_ event: InboundEvent, receipt: IngestReceipt) throws {
        let settings = automation.acknowledgements
        let now = automation.clock()
        guard settings.acknowledges(channel: event.channel, sentAt: event.occurredAt, ingestedAt: now) else { return }
        // A call somebody answered was answered; nothing to acknowledge.
        if event.call?.outcome == .answered { return }
        let key = "acknowledgement:conversation:\(receipt.conversationID.rawValue)"
        guard try !outboxHolds(key) else { return }
        guard let conversation = try loadConversation(receipt.conversationID),
              let customer = try SQLiteStore.customer(receipt.customerID, in: db) else { return }

        let resolved = automation.policies.resolve(channel: event.channel, priority: conversation.priority,
                                                   isPublic: event.social?.visibility == .public, team: conversation.queue)
        let recent = ResponseTimeDistribution(samples: try firstResponseTimes(on: event.channel, since: now.addingTimeInterval(-Self.responseWindow)))
        let load = QueueLoad(waitingAhead: try waitingCount(on: event.channel, team: conversation.queue, excluding: conversation.id),
                             answeredInWindow: recent.count, window: Self.responseWindow)
        let zone = customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? resolved.calendar.timeZone
        let promise = PromisedReplyTime(at: now, target: resolved.targets.firstResponse, calendar: resolved.calendar,
                                        recent: recent, load: load, customerTimeZone: zone)
        let ack = AcknowledgementComposer(overrides: settings.wording)
            .compose(for: customer, on: event.channel, promise: promise, at: now,
                     seed: "conversation:\(conversation.id.rawValue)", fallbackTimeZone: zone)

        let identities = planner.identityPolicy.apply(to: event).customer.identities
        let recipient = ack.channel == event.channel ? identities.first : identities.first { $0.kind == .phone }
        guard let recipient else { return }
        let at = max(now, event.occurredAt)
        let subject = ack.channel == .email ? Self.replySubject(event.subject ?? conversation.subject) : nil
        var own = InboundEvent(channel: ack.channel, direction: .outbound, providerID: "concord-\(key)", occurredAt: at,
                               customer: CustomerHints(identities: [recipient]), author: .system("Concord"), subject: subject,
                               text: ack.text, thread: ThreadHints(conversationID: conversation.id))
        own.findsPromises = false
        guard let stored = try storeOwn(own) else { return }
        _ = try recordPromise(conversation: conversation.id, message: stored.messageID,
                              text: "Acknowledgement: reply \(ack.promiseText)", madeAt: at, dueAt: promise.due, state: .open,
                              closedAt: nil, kind: .reply)
        try enqueue(conversation: conversation.id, message: stored.messageID, kind: "acknowledgement", channel: ack.channel,
                    recipient: recipient, subject: subject, body: ack.text, key: key, at: at)
    }

    static func replySubject(_ subject: String) -> String {
        subject.lowercased().hasPrefix("re:") ? subject : "Re: \(subject)"
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
