import Foundation
import ConcordStore
import ConversationEngine

/// Follow-ups, scheduled, cancelled and queued as `SQLiteWriteSession+FollowUps` does it (what
/// a due one sends comes from `FollowUpDelivery`).
extension PostgresWriteSession {
    /// Schedules the follow-up of a conversation just resolved: on the channel configured for
    /// the channel it was solved on, after that channel's delay, with a survey token.
    func scheduleFollowUp(for conversation: Conversation, resolvedAt: Date) throws {
        let settings = automation.followUps
        guard settings.isEnabled else { return }
        let fix = try latestChannel(in: conversation.id) ?? conversation.originChannel
        let route = settings.route(after: fix, identities: try PostgresStore.identities(of: conversation.customerID, in: session),
                                   used: try usedIdentities(in: conversation.id))
        try session.execute("""
            INSERT INTO follow_ups (conversation_id, fix_channel, channel, recipient, resolved_at, due_at, state,
                                    survey_token, agent_id)
            VALUES (?, ?, ?, ?, ?, ?, 'scheduled', ?, ?)
            ON CONFLICT DO NOTHING
            """, [conversation.id.rawValue, fix.rawValue, route?.channel.rawValue, route.map { IdentityColumn.encode($0.recipient) },
                  resolvedAt, resolvedAt.addingTimeInterval(settings.delay(after: fix)),
                  settings.survey ? SurveyToken.random() : nil, conversation.assignee?.rawValue])
    }

    /// Cancels a conversation's follow-ups that are not yet due: the customer wrote again, so
    /// "did it work?" would be a question they have just answered.
    func cancelFollowUps(of conversation: ConversationID, at: Date, reason: String) throws {
        try session.execute("""
            UPDATE follow_ups SET state = 'cancelled', closed_at = ?, reason = ?
            WHERE conversation_id = ? AND state = 'scheduled' AND due_at > ?
            """, [at, reason, conversation.rawValue, at])
    }

    /// Cancels the customer's follow-ups not yet due when they write again, on any conversation:
    /// a new message about the same problem often starts a new case (an SMS after the case was
    /// closed), and asking "did it work?" the day after they said it did not would be tone-deaf.
    /// One statement (every inbound message asks): a round trip costs more than an update that
    /// finds nothing, which the partial index of scheduled follow-ups answers.
    func cancelFollowUps(ofCustomer customer: CustomerID, at: Date) throws {
        try session.execute("""
            UPDATE follow_ups f SET state = 'cancelled', closed_at = ?, reason = 'the customer wrote again'
            FROM conversations c
            WHERE c.id = f.conversation_id AND c.customer_id = ? AND f.state = 'scheduled' AND f.due_at > ?
            """, [at, customer.rawValue, at])
    }

    func queueDueFollowUps(at now: Date) throws -> [FollowUp] {
        let due = try session.rows("""
            SELECT \(PostgresStore.followUpColumns) FROM follow_ups f JOIN conversations c ON c.id = f.conversation_id
            WHERE f.state = 'scheduled' AND f.due_at <= ? ORDER BY f.due_at, f.id
            """, [now]).map(PostgresStore.followUp)
        var queued: [FollowUp] = []
        for followUp in due {
            guard let conversation = try loadConversation(followUp.conversationID),
                  let customer = try PostgresStore.customer(conversation.customerID, in: session) else { continue }
            guard let delivery = try FollowUpDelivery(
                followUp, conversation: conversation, customer: customer,
                identities: try PostgresStore.identities(of: customer.id, in: session),
                settings: automation.followUps, now: now, used: { try usedIdentities(in: conversation.id) }) else {
                try session.execute("UPDATE follow_ups SET state = 'unreachable', closed_at = ?, reason = ? WHERE id = ?",
                                    [now, FollowUpDelivery.unreachableReason, followUp.id])
                var unreachable = followUp
                unreachable.state = .unreachable
                queued.append(unreachable)
                continue
            }
            let message = try storeOwn(delivery.event)?.messageID
            let outbox = try enqueue(conversation: conversation.id, message: message, kind: "follow_up", channel: delivery.channel,
                                     recipient: delivery.recipient, subject: delivery.subject, body: delivery.text,
                                     key: delivery.key, at: now)
            try session.execute("""
                UPDATE follow_ups SET state = 'queued', queued_at = ?, channel = ?, recipient = ?, outbox_id = ? WHERE id = ?
                """, [now, delivery.channel.rawValue, IdentityColumn.encode(delivery.recipient), outbox, followUp.id])
            queued.append(delivery.followUp)
        }
        return queued
    }
}
