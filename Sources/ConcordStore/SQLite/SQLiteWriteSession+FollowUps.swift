import Foundation
import GRDB
import ConversationEngine

extension SQLiteWriteSession {
    /// Schedules the follow-up of a conversation just resolved: on the channel configured for
    /// the channel it was solved on, after that channel's delay, with a survey token.
    func scheduleFollowUp(for conversation: Conversation, resolvedAt: Date) throws {
        let settings = automation.followUps
        guard settings.isEnabled else { return }
        let fix = try Channel.fetchLatest(in: conversation.id, db: db) ?? conversation.originChannel
        let route = settings.route(after: fix, identities: try SQLiteStore.identities(of: conversation.customerID, in: db),
                                   used: try usedIdentities(in: conversation.id))
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO follow_ups (conversation_id, fix_channel, channel, recipient, resolved_at, due_at, state,
                                              survey_token, agent_id)
            VALUES (?, ?, ?, ?, ?, ?, 'scheduled', ?, ?)
            """).execute(arguments: [conversation.id.rawValue, fix.rawValue, route?.channel.rawValue,
                                     route.map { IdentityColumn.encode($0.recipient) }, resolvedAt.timeIntervalSince1970,
                                     resolvedAt.addingTimeInterval(settings.delay(after: fix)).timeIntervalSince1970,
                                     settings.survey ? Self.newSurveyToken() : nil, conversation.assignee?.rawValue])
    }

    /// Cancels a conversation's follow-ups that are not yet due: the customer wrote again, so
    /// "did it work?" would be a question they have just answered.
    func cancelFollowUps(of conversation: ConversationID, at: Date, reason: String) throws {
        try db.cachedStatement(sql: """
            UPDATE follow_ups SET state = 'cancelled', closed_at = ?, reason = ?
            WHERE conversation_id = ? AND state = 'scheduled' AND due_at > ?
            """).execute(arguments: [at.timeIntervalSince1970, reason, conversation.rawValue, at.timeIntervalSince1970])
    }

    /// Cancels the customer's follow-ups not yet due when they write again, on any conversation:
    /// a new message about the same problem often starts a new case (an SMS after the case was
    /// closed), and asking "did it work?" the day after they said it did not would be tone-deaf.
    func cancelFollowUps(ofCustomer customer: CustomerID, at: Date) throws {
        // Asked first with a read (every inbound message asks, and nearly always there is none):
        // an UPDATE with the same condition costs several times as much even when it changes nothing.
        let scheduled = try db.cachedStatement(sql: """
            SELECT f.id FROM conversations c JOIN follow_ups f ON f.conversation_id = c.id AND f.state = 'scheduled'
            WHERE c.customer_id = ? AND f.due_at > ?
            """).integers(binding: [customer.rawValue.databaseValue, at.timeIntervalSince1970.databaseValue], in: db)
        let cancel = try db.cachedStatement(sql:
            "UPDATE follow_ups SET state = 'cancelled', closed_at = ?, reason = 'the customer wrote again' WHERE id = ?")
        for id in scheduled {
            try cancel.execute(arguments: [at.timeIntervalSince1970, id])
        }
    }

    func queueDueFollowUps(at now: Date) throws -> [FollowUp] {
        let due = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(FollowUpColumns.select) FROM follow_ups f JOIN conversations c ON c.id = f.conversation_id
            WHERE f.state = 'scheduled' AND f.due_at <= ? ORDER BY f.due_at, f.id
            """), arguments: [now.timeIntervalSince1970]).map(FollowUpColumns.decode)
        var queued: [FollowUp] = []
        for var followUp in due {
            guard let conversation = try loadConversation(followUp.conversationID),
                  let customer = try SQLiteStore.customer(conversation.customerID, in: db) else { continue }
            let identities = try SQLiteStore.identities(of: customer.id, in: db)
            // The identity may have changed since the resolution (a merge, a new address).
            if followUp.channel == nil || followUp.recipient.map({ !identities.contains($0) }) == true,
               let route = automation.followUps.route(after: followUp.fixChannel, identities: identities,
                                                      used: try usedIdentities(in: conversation.id)) {
                followUp.channel = route.channel
                followUp.recipient = route.recipient
            }
            guard let channel = followUp.channel, let recipient = followUp.recipient else {
                try db.execute(sql: "UPDATE follow_ups SET state = 'unreachable', closed_at = ?, reason = ? WHERE id = ?",
                               arguments: [now.timeIntervalSince1970, "no address the customer can be written to", followUp.id])
                followUp.state = .unreachable
                queued.append(followUp)
                continue
            }
            let text = FollowUpComposer(settings: automation.followUps)
                .compose(for: customer, subject: conversation.subject, fixedOn: followUp.fixChannel, sentOn: channel,
                         surveyToken: followUp.surveyToken, seed: "follow-up:\(followUp.id)")
            let key = "follow-up:conversation:\(conversation.id.rawValue):\(followUp.id)"
            let subject = channel == .email ? Self.replySubject(conversation.subject) : nil
            var own = InboundEvent(channel: channel, direction: .outbound, providerID: "concord-\(key)", occurredAt: now,
                                   customer: CustomerHints(identities: [recipient]), author: .system("Concord"), subject: subject,
                                   text: text, thread: ThreadHints(conversationID: conversation.id))
            own.findsPromises = false
            let message = try storeOwn(own)?.messageID
            let outbox = try enqueue(conversation: conversation.id, message: message, kind: "follow_up", channel: channel,
                                     recipient: recipient, subject: subject, body: text, key: key, at: now)
            try db.execute(sql: """
                UPDATE follow_ups SET state = 'queued', queued_at = ?, channel = ?, recipient = ?, outbox_id = ? WHERE id = ?
                """, arguments: [now.timeIntervalSince1970, channel.rawValue, IdentityColumn.encode(recipient), outbox, followUp.id])
            followUp.state = .queued
            followUp.queuedAt = now
            queued.append(followUp)
        }
        return queued
    }

    /// The identity the customer last used on each channel of a conversation (a chat visitor id).
    func usedIdentities(in conversation: ConversationID) throws -> [Channel: Identity] {
        var used: [Channel: Identity] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT channel, customer_identity FROM messages
            WHERE conversation_id = ? AND direction = 'inbound' AND customer_identity IS NOT NULL ORDER BY sent_at, id
            """), arguments: [conversation.rawValue]) {
            if let channel = Channel(rawValue: row[0]), let identity = IdentityColumn.decode(row[1]) { used[channel] = identity }
        }
        return used
    }

    /// 128 random bits as 32 hex digits: a survey link must not be guessable.
    static func newSurveyToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return [generator.next(), generator.next()].map { (value: UInt64) in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}

extension Channel {
    /// The channel of a conversation's latest message from or to the customer: where the case was solved.
    static func fetchLatest(in conversation: ConversationID, db: Database) throws -> Channel? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT channel FROM messages WHERE conversation_id = ? AND direction <> 'internal' ORDER BY sent_at DESC, id DESC LIMIT 1
            """), arguments: [conversation.rawValue]).flatMap(Channel.init(rawValue:))
    }
}
