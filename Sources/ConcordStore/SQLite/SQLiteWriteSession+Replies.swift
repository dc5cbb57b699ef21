import Foundation
import GRDB
import ConversationEngine

/// Sending an agent's reply and writing a note: both go through the ingest pipeline as events
/// Concord wrote itself, so a reply moves the SLA clocks and fills the promise ledger exactly
/// as an agent's reply imported from a mailbox does.
extension SQLiteWriteSession {
    func sendReply(_ reply: OutgoingReply, at: Date, setPending: Bool) throws -> SentReply {
        let route = reply.route
        guard !Whitespace.trimmed(reply.body).isEmpty else { throw ReplyError.emptyBody }
        guard let conversation = try loadConversation(reply.conversationID) else {
            throw StoreError.notFound(what: "conversation", id: reply.conversationID.description)
        }
        let routes = try SQLiteStore.replyRoutes(for: conversation.id, in: db)
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
        guard let customer = try SQLiteStore.customer(conversation.customerID, in: db) else {
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
        guard let message = try message(stored.messageID), let outbox = try SQLiteStore.outboxItem(outboxID, in: db) else {
            throw StoreError.notFound(what: "message", id: stored.messageID.description)
        }
        let promises = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM promises WHERE message_id = ? ORDER BY due_at, id"),
                                        arguments: [stored.messageID.rawValue]).map(RowDecoding.promise)
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
        let latest = try Channel.fetchLatest(in: id, db: db)
        let known = try SQLiteStore.identities(of: conversation.customerID, in: db)
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
        guard let item = try SQLiteStore.outboxItem(id, in: db) else {
            throw StoreError.notFound(what: "outbox item", id: String(id))
        }
        let note = state == .failed ? error : nil
        try db.cachedStatement(sql: """
            UPDATE outbox SET state = ?, last_error = ?, updated_at = ?, leased_until = NULL, next_attempt_at = NULL WHERE id = ?
            """).execute(arguments: [state.rawValue, note, at.timeIntervalSince1970, id])
        var updated = item
        updated.state = state
        updated.updatedAt = at
        updated.lastError = note
        updated.nextAttemptAt = nil
        if let message = item.messageID {
            try db.cachedStatement(sql: "UPDATE messages SET delivery = ?, delivery_note = ? WHERE id = ?")
                .execute(arguments: [updated.delivery.rawValue, note, message.rawValue])
        }
        return updated
    }

    func claimOutbox(dueAt now: Date, leaseUntil: Date, limit: Int, channels: Set<Channel>) throws -> [OutboxItem] {
        guard !channels.isEmpty else { return [] }
        let channelList = channels.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
        let ids = try Int64.fetchAll(db, sql: """
            SELECT id FROM outbox WHERE state = 'queued' AND coalesce(next_attempt_at, 0) <= ? AND coalesce(leased_until, 0) <= ?
              AND channel IN (\(channelList))
            ORDER BY coalesce(next_attempt_at, 0), id LIMIT ?
            """, arguments: [now.timeIntervalSince1970, now.timeIntervalSince1970, max(0, limit)])
        var items: [OutboxItem] = []
        for id in ids {
            try db.cachedStatement(sql: "UPDATE outbox SET leased_until = ?, attempts = attempts + 1 WHERE id = ?")
                .execute(arguments: [leaseUntil.timeIntervalSince1970, id])
            if let item = try SQLiteStore.outboxItem(id, in: db) { items.append(item) }
        }
        return items
    }

    func deferOutbox(_ id: Int64, until nextAttempt: Date, error: String, at: Date) throws -> OutboxItem {
        guard var item = try SQLiteStore.outboxItem(id, in: db) else {
            throw StoreError.notFound(what: "outbox item", id: String(id))
        }
        try db.cachedStatement(sql: """
            UPDATE outbox SET state = 'queued', last_error = ?, next_attempt_at = ?, leased_until = NULL, updated_at = ? WHERE id = ?
            """).execute(arguments: [error, nextAttempt.timeIntervalSince1970, at.timeIntervalSince1970, id])
        if let message = item.messageID {
            try db.cachedStatement(sql: "UPDATE messages SET delivery = 'pending', delivery_note = ? WHERE id = ?")
                .execute(arguments: [error, message.rawValue])
        }
        item.state = .queued
        item.lastError = error
        item.nextAttemptAt = nextAttempt
        item.updatedAt = at
        return item
    }

    /// The conversation's messages stored after `basis`: what a stale draft's author has not read.
    private func messages(in conversation: ConversationID, after basis: MessageID) throws -> [Message] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(RowDecoding.messageColumns) FROM messages m WHERE m.conversation_id = ? AND m.id > ? ORDER BY m.id"),
                         arguments: [conversation.rawValue, basis.rawValue]).map(RowDecoding.message)
    }

    private func message(_ id: MessageID) throws -> Message? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(RowDecoding.messageColumns) FROM messages m WHERE m.id = ?"),
                         arguments: [id.rawValue]).map(RowDecoding.message)
    }

    /// The customer's latest email in the conversation: what an email reply answers and threads under.
    private func lastInboundEmail(in conversation: ConversationID) throws -> Message? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(RowDecoding.messageColumns) FROM messages m
            WHERE m.conversation_id = ? AND m.direction = 'inbound' AND m.channel = 'email' ORDER BY m.sent_at DESC, m.id DESC LIMIT 1
            """), arguments: [conversation.rawValue]).map(RowDecoding.message)
    }

    /// The platform id of the customer's latest public X post in the conversation (its dedupe
    /// key is "x:" and the provider's "x:<id>").
    private func lastPublicPost(in conversation: ConversationID) throws -> String? {
        guard var key = try String.fetchOne(db.cachedStatement(sql: """
            SELECT dedupe_key FROM messages WHERE conversation_id = ? AND direction = 'inbound' AND channel = 'x'
              AND social_visibility = 'public' ORDER BY sent_at DESC, id DESC LIMIT 1
            """), arguments: [conversation.rawValue]) else { return nil }
        while key.hasPrefix("x:") { key.removeFirst(2) }
        return key.hasPrefix("hash:") || key.isEmpty ? nil : key
    }
}
