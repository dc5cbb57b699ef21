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
                                     settings.survey ? SurveyToken.random() : nil, conversation.assignee?.rawValue])
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
        for followUp in due {
            guard let conversation = try loadConversation(followUp.conversationID),
                  let customer = try SQLiteStore.customer(conversation.customerID, in: db) else { continue }
            guard let delivery = try FollowUpDelivery(
                followUp, conversation: conversation, customer: customer, identities: try SQLiteStore.identities(of: customer.id, in: db),
                settings: automation.followUps, now: now, used: { try usedIdentities(in: conversation.id) }) else {
                try db.execute(sql: "UPDATE follow_ups SET state = 'unreachable', closed_at = ?, reason = ? WHERE id = ?",
                               arguments: [now.timeIntervalSince1970, FollowUpDelivery.unreachableReason, followUp.id])
                var unreachable = followUp
                unreachable.state = .unreachable
                queued.append(unreachable)
                continue
            }
            let message = try storeOwn(delivery.event)?.messageID
            let outbox = try enqueue(conversation: conversation.id, message: message, kind: "follow_up", channel: delivery.channel,
                                     recipient: delivery.recipient, subject: delivery.subject, body: delivery.text,
                                     key: delivery.key, at: now)
            try db.execute(sql: """
                UPDATE follow_ups SET state = 'queued', queued_at = ?, channel = ?, recipient = ?, outbox_id = ? WHERE id = ?
                """, arguments: [now.timeIntervalSince1970, delivery.channel.rawValue, IdentityColumn.encode(delivery.recipient),
                                 outbox, followUp.id])
            queued.append(delivery.followUp)
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
}

extension Channel {
    /// The channel of a conversation's latest message from or to the customer: where the case was solved.
    static func fetchLatest(in conversation: ConversationID, db: Database) throws -> Channel? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT channel FROM messages WHERE conversation_id = ? AND direction <> 'internal' ORDER BY sent_at DESC, id DESC LIMIT 1
            """), arguments: [conversation.rawValue]).flatMap(Channel.init(rawValue:))
    }
}
