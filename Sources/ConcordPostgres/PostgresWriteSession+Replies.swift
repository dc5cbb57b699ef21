import Foundation
import ConcordStore
import ConversationEngine

/// Sending an agent's reply and writing a note, as `SQLiteWriteSession+Replies` does: both go
/// through the ingest pipeline as events Concord wrote itself, so a reply moves the SLA clocks
/// and fills the promise ledger exactly as an agent's reply imported from a mailbox does.
extension PostgresWriteSession {
    func sendReply(_ reply: OutgoingReply, at: Date, setPending: Bool) throws -> SentReply {
        let route = reply.route
        guard !Whitespace.trimmed(reply.body).isEmpty else { throw ReplyError.emptyBody }
        guard let conversation = try loadConversation(reply.conversationID) else {
            throw StoreError.notFound(what: "conversation", id: reply.conversationID.description)
        }
        let routes = try PostgresStore.replyRoutes(for: conversation.id, in: session)
        guard routes.contains(where: { $0.channel == route.channel && $0.recipient == route.recipient && (!route.isPublic || $0.isPublic) })
        else {
            throw ReplyError.noSuchRecipient(channel: route.channel, recipient: route.recipient.description)
        }
        if let basis = reply.basis,
           let stale = StaleDraft(after: basis, messages: try messages(in: conversation.id, after: basis), sender: reply.author) {
            throw ReplyError.staleDraft(conversation.id, stale)
        }
        let usage = route.usage(of: reply.body)
        if usage.isOver { throw ReplyError.overLimit(channel: route.channel, usage: usage.summary) }
        guard let customer = try PostgresStore.customer(conversation.customerID, in: session) else {
            throw StoreError.notFound(what: "customer", id: conversation.customerID.description)
        }

        let token = SurveyToken.random()
        var subject: String?
        var headers: EmailHeaders?
        if route.channel == .email {
            let answered = try lastInboundEmail(in: conversation.id)
            if let given = reply.subject.map(Whitespace.collapsed), !given.isEmpty {
                subject = given
            } else {
                subject = EmailReplyQuoter.replySubject(answered?.subject ?? conversation.subject)
            }
            var references = answered?.email?.references ?? []
            if let id = answered?.email?.messageID, !id.isEmpty {
                references.removeAll { $0 == id }
                references.append(id)
            }
            headers = EmailHeaders(messageID: "reply.\(conversation.id.rawValue).\(token)@concord",
                                   inReplyTo: answered?.email?.messageID, references: references)
        }
        var social: SocialDetails?
        if route.channel.isSocial {
            let post = route.isPublic ? try lastPublicPost(in: conversation.id) : nil
            social = SocialDetails(visibility: route.isPublic ? .public : .private, inReplyToPostID: post)
        }
        let event = InboundEvent(
            channel: route.channel, direction: .outbound, providerID: "concord-reply-\(token)", occurredAt: at,
            customer: CustomerHints(identities: [route.recipient], language: customer.language, timeZone: customer.timeZone),
            author: reply.author, subject: subject, text: reply.body, social: social, email: headers,
            thread: ThreadHints(conversationID: conversation.id))
        guard let stored = try storeOwn(event) else {
            throw StoreError.invalidValue("the reply was already stored")
        }
        let key = "reply:message:\(stored.messageID.rawValue)"
        guard let outboxID = try enqueue(
            conversation: conversation.id, message: stored.messageID, kind: OutboxItem.Kind.reply.rawValue, channel: route.channel,
            recipient: route.recipient, subject: subject, body: reply.body, key: key, at: at, emailMessageID: headers?.messageID,
            inReplyTo: headers?.inReplyTo, references: headers?.references ?? [], warnings: reply.warnings,
            author: reply.author.agentID) else {
            throw StoreError.invalidValue("the outbox already holds \(key)")
        }
        try deleteDraft(conversation.id)
        if setPending, let current = try loadConversation(conversation.id), current.status == .new || current.status == .open {
            // As helpdesks do: answered, the case waits on the customer (and the clock pauses).
            _ = try setStatus(conversation: conversation.id, to: .pendingCustomer, at: at, expectedVersion: nil)
        }
        guard let message = try message(stored.messageID), let outbox = try PostgresStore.outboxItem(outboxID, in: session) else {
            throw StoreError.notFound(what: "message", id: stored.messageID.description)
        }
        let promises = try session.rows("SELECT * FROM promises WHERE message_id = ? ORDER BY due_at, id", [stored.messageID.rawValue])
            .map(PostgresRowDecoding.promise)
        return SentReply(message: message, outbox: outbox, promises: promises)
    }

    func addNote(conversation id: ConversationID, text: String, author: Author, at: Date) throws -> Message {
        guard !Whitespace.trimmed(text).isEmpty else { throw ReplyError.emptyBody }
        guard let conversation = try loadConversation(id) else {
            throw StoreError.notFound(what: "conversation", id: id.description)
        }
        // Filed under the identity the customer last used in the conversation, so a split by
        // identity keeps the note with the conversation it is about.
        let used = try usedIdentities(in: id)
        let latest = try latestChannel(in: id)
        let known = try PostgresStore.identities(of: conversation.customerID, in: session)
        guard let identity = latest.flatMap({ used[$0] }) ?? used.values.first ?? known.first else {
            throw ReplyError.noCustomerIdentity(id)
        }
        let event = InboundEvent(
            channel: .note, direction: .internal, providerID: "concord-note-\(SurveyToken.random())", occurredAt: at,
            customer: CustomerHints(identities: [identity]), author: author, text: text, thread: ThreadHints(conversationID: id))
        guard let stored = try storeOwn(event), let message = try message(stored.messageID) else {
            throw StoreError.invalidValue("the note was already stored")
        }
        return message
    }

    func markOutbox(_ id: Int64, as state: OutboxItem.State, at: Date, error: String?) throws -> OutboxItem {
        guard let item = try PostgresStore.outboxItem(id, in: session) else {
            throw StoreError.notFound(what: "outbox item", id: String(id))
        }
        let note = state == .failed ? error : nil
        var updated = item
        updated.state = state
        updated.updatedAt = at
        updated.lastError = note
        updated.nextAttemptAt = nil
        try session.touching { journal in
            journal?.touch(item.customerID)
            try session.execute("""
                UPDATE outbox SET state = ?, last_error = ?, updated_at = ?, leased_until = NULL, next_attempt_at = NULL WHERE id = ?
                """, [state.rawValue, note, at, id])
            if let message = item.messageID {
                try session.execute("UPDATE messages SET delivery = ?, delivery_note = ? WHERE id = ?",
                                    [updated.delivery.rawValue, note, message.rawValue])
            }
        }
        return updated
    }

    func claimOutbox(dueAt now: Date, leaseUntil: Date, limit: Int, channels: Set<Channel>) throws -> [OutboxItem] {
        guard !channels.isEmpty else { return [] }
        let channelList = channels.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
        // A lease changes nothing a screen shows: no notification. SKIP LOCKED lets two
        // dispatchers claim side by side, each taking different items.
        let ids = try session.touching { _ in
            try session.rows("""
                UPDATE outbox SET leased_until = ?, attempts = attempts + 1 WHERE id IN (
                    SELECT id FROM outbox
                    WHERE state = 'queued' AND coalesce(next_attempt_at, '-infinity') <= ? AND coalesce(leased_until, '-infinity') <= ?
                      AND channel IN (\(channelList))
                    ORDER BY coalesce(next_attempt_at, '-infinity'), id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id
                """, [leaseUntil, now, now, PostgresStore.limit(limit)]).map { try $0("id") as Int64 }
        }
        return try ids.sorted().compactMap { try PostgresStore.outboxItem($0, in: session) }
            .sorted { ($0.nextAttemptAt ?? .distantPast, $0.id) < ($1.nextAttemptAt ?? .distantPast, $1.id) }
    }

    func deferOutbox(_ id: Int64, until nextAttempt: Date, error: String, at: Date) throws -> OutboxItem {
        guard var item = try PostgresStore.outboxItem(id, in: session) else {
            throw StoreError.notFound(what: "outbox item", id: String(id))
        }
        try session.touching { journal in
            journal?.touch(item.customerID)
            try session.execute("""
                UPDATE outbox SET state = 'queued', last_error = ?, next_attempt_at = ?, leased_until = NULL, updated_at = ? WHERE id = ?
                """, [error, nextAttempt, at, id])
            if let message = item.messageID {
                try session.execute("UPDATE messages SET delivery = 'pending', delivery_note = ? WHERE id = ?", [error, message.rawValue])
            }
        }
        item.state = .queued
        item.lastError = error
        item.nextAttemptAt = nextAttempt
        item.updatedAt = at
        return item
    }

    /// The identity the customer last used on each channel of a conversation (a chat visitor id):
    /// where a note is filed and a follow-up is sent.
    func usedIdentities(in conversation: ConversationID) throws -> [Channel: Identity] {
        var used: [Channel: Identity] = [:]
        for row in try session.rows("""
            SELECT channel, customer_identity FROM messages
            WHERE conversation_id = ? AND direction = 'inbound' AND customer_identity IS NOT NULL ORDER BY sent_at, id
            """, [conversation.rawValue]) {
            if let channel = Channel(rawValue: try row(0)), let identity = IdentityColumn.decode(try row(1)) { used[channel] = identity }
        }
        return used
    }

    /// The channel of a conversation's latest message from or to the customer: where the case was solved.
    func latestChannel(in conversation: ConversationID) throws -> Channel? {
        try session.value("""
            SELECT channel FROM messages WHERE conversation_id = ? AND direction <> 'internal' ORDER BY sent_at DESC, id DESC LIMIT 1
            """, [conversation.rawValue], as: String.self).flatMap(Channel.init(rawValue:))
    }

    /// The conversation's messages stored after `basis`: what a stale draft's author has not read.
    private func messages(in conversation: ConversationID, after basis: MessageID) throws -> [Message] {
        try session.rows("SELECT \(PostgresRowDecoding.messageColumns) FROM messages m WHERE m.conversation_id = ? AND m.id > ? ORDER BY m.id",
                         [conversation.rawValue, basis.rawValue]).map(PostgresRowDecoding.message)
    }

    private func message(_ id: MessageID) throws -> Message? {
        try session.row("SELECT \(PostgresRowDecoding.messageColumns) FROM messages m WHERE m.id = ?", [id.rawValue])
            .map(PostgresRowDecoding.message)
    }

    /// The customer's latest email in the conversation: what an email reply answers and threads under.
    private func lastInboundEmail(in conversation: ConversationID) throws -> Message? {
        try session.row("""
            SELECT \(PostgresRowDecoding.messageColumns) FROM messages m
            WHERE m.conversation_id = ? AND m.direction = 'inbound' AND m.channel = 'email' ORDER BY m.sent_at DESC, m.id DESC LIMIT 1
            """, [conversation.rawValue]).map(PostgresRowDecoding.message)
    }

    /// The platform id of the customer's latest public X post in the conversation (see
    /// `SQLiteWriteSession.lastPublicPost`).
    private func lastPublicPost(in conversation: ConversationID) throws -> String? {
        guard var key = try session.value("""
            SELECT dedupe_key FROM messages WHERE conversation_id = ? AND direction = 'inbound' AND channel = 'x'
              AND social_visibility = 'public' ORDER BY sent_at DESC, id DESC LIMIT 1
            """, [conversation.rawValue], as: String.self) else { return nil }
        while key.hasPrefix("x:") { key.removeFirst(2) }
        return key.hasPrefix("hash:") || key.isEmpty ? nil : key
    }
}
