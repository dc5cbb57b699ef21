import Foundation
import ConcordStore
import ConversationEngine

/// Turns PostgreSQL rows into engine models. The column lists live next to the decoders, so a
/// query and its decoder cannot drift apart; columns are read by name (a network round trip
/// costs far more than the lookup).
enum PostgresRowDecoding {
    static let customerColumns = """
        id, display_name, given_name, family_name, patronymic, gender, language, time_zone,
        customer_since, loyalty, notes, created_at
        """

    static func customer(_ row: PostgresRecord) throws -> Customer {
        Customer(
            id: CustomerID(try row("id") as Int64),
            name: try personName(row),
            language: Language(rawValue: try row("language")) ?? .en,
            timeZone: try row("time_zone"),
            customerSince: try row("customer_since"),
            loyalty: LoyaltyTier(rawValue: try row("loyalty")) ?? .none,
            notes: try row("notes"),
            createdAt: try row("created_at"))
    }

    /// The name columns (display_name, given_name, family_name, patronymic, gender).
    static func personName(_ row: PostgresRecord) throws -> PersonName {
        PersonName(displayName: try row("display_name"), givenName: try row("given_name"), familyName: try row("family_name"),
                   patronymic: try row("patronymic"), gender: Gender(rawValue: try row("gender")) ?? .unspecified)
    }

    static let conversationColumns = """
        c.id, c.customer_id, c.subject, c.status, c.priority, c.assignee_id, c.queue, c.origin_channel, c.created_at,
        c.updated_at, c.last_activity_at, c.last_inbound_at, c.last_outbound_at, c.first_response_at, c.waiting_since,
        c.response_due_at, c.tags, c.version, c.sentiment
        """

    /// A conversation from `conversationColumns`, which a query selects first (by position:
    /// other tables joined in have columns of the same names).
    static func conversation(_ row: PostgresRecord) throws -> Conversation {
        let tags: String = try row(16)
        return Conversation(
            id: ConversationID(try row(0) as Int64),
            customerID: CustomerID(try row(1) as Int64),
            subject: try row(2),
            status: ConversationStatus(rawValue: try row(3)) ?? .open,
            priority: Priority(rawValue: try row(4)) ?? .normal,
            assignee: (try row(5) as Int64?).map(AgentID.init(rawValue:)),
            queue: try row(6),
            originChannel: Channel(rawValue: try row(7)) ?? .email,
            createdAt: try row(8),
            updatedAt: try row(9),
            lastActivityAt: try row(10),
            lastInboundAt: try row(11),
            lastOutboundAt: try row(12),
            firstResponseAt: try row(13),
            waitingSince: try row(14),
            responseDueAt: try row(15),
            tags: tags.isEmpty ? [] : tags.split(separator: ",").map(String.init),
            version: try row(17),
            sentiment: try row(18))
    }

    static let messageColumns = """
        m.id, m.conversation_id, m.customer_id, m.channel, m.direction, m.author_kind, m.author_name, m.author_agent_id,
        m.sent_at, m.subject, m.body, m.call_direction, m.call_seconds, m.call_outcome, m.call_transcript,
        m.social_visibility, m.social_url, m.social_in_reply_to, m.email_message_id, m.email_in_reply_to,
        m.email_references, m.attachments, m.dedupe_key, m.delivery, m.delivery_note
        """

    /// A message from `messageColumns`, selected first, by position.
    static func message(_ row: PostgresRecord) throws -> Message {
        Message(
            id: MessageID(try row(0) as Int64),
            conversationID: ConversationID(try row(1) as Int64),
            customerID: CustomerID(try row(2) as Int64),
            channel: Channel(rawValue: try row(3)) ?? .email,
            direction: Direction(rawValue: try row(4)) ?? .inbound,
            author: Author(kind: Author.Kind(rawValue: try row(5)) ?? .system, name: try row(6),
                           agentID: (try row(7) as Int64?).map(AgentID.init(rawValue:))),
            sentAt: try row(8),
            subject: try row(9),
            text: try row(10),
            call: try call(row),
            social: try social(row),
            email: try email(row),
            attachments: MessageDetailColumns.attachments(try row(21)),
            dedupeKey: try row(22),
            delivery: (try row(23) as String?).flatMap(Message.Delivery.init(rawValue:)),
            deliveryNote: try row(24))
    }

    private static func call(_ row: PostgresRecord) throws -> CallDetails? {
        guard let outcome = (try row(13) as String?).flatMap(CallDetails.Outcome.init(rawValue:)) else { return nil }
        return CallDetails(direction: (try row(11) as String?).flatMap(Direction.init(rawValue:)) ?? .inbound,
                           durationSeconds: try row(12, as: Int?.self) ?? 0, outcome: outcome, transcript: try row(14))
    }

    private static func social(_ row: PostgresRecord) throws -> SocialDetails? {
        guard let visibility = (try row(15) as String?).flatMap(SocialDetails.Visibility.init(rawValue:)) else { return nil }
        return SocialDetails(visibility: visibility, url: try row(16), inReplyToPostID: try row(17))
    }

    private static func email(_ row: PostgresRecord) throws -> EmailHeaders? {
        let messageID: String? = try row(18)
        let inReplyTo: String? = try row(19)
        let references: String? = try row(20)
        guard messageID != nil || inReplyTo != nil || references != nil else { return nil }
        return EmailHeaders(messageID: messageID, inReplyTo: inReplyTo,
                            references: references.map { $0.split(separator: " ").map(String.init) } ?? [])
    }

    static func promise(_ row: PostgresRecord) throws -> Promise {
        Promise(
            id: PromiseID(try row("id") as Int64),
            conversationID: ConversationID(try row("conversation_id") as Int64),
            customerID: CustomerID(try row("customer_id") as Int64),
            messageID: (try row("message_id") as Int64?).map(MessageID.init(rawValue:)),
            text: try row("text"),
            madeAt: try row("made_at"),
            dueAt: try row("due_at"),
            state: Promise.State(rawValue: try row("state")) ?? .open,
            closedAt: try row("closed_at"),
            kind: PromiseKind(rawValue: try row("kind")) ?? .other)
    }

    static func agent(_ row: PostgresRecord) throws -> Agent {
        let languages: String = try row("languages")
        return Agent(
            id: AgentID(try row("id") as Int64), login: try row("login"), name: try row("name"),
            languages: languages.split(separator: ",").compactMap { Language(rawValue: String($0)) },
            role: Agent.Role(rawValue: try row("role")) ?? .agent, team: try row("team"))
    }

    static func identity(_ row: PostgresRecord) throws -> Identity {
        Identity(kind: IdentityKind(rawValue: try row("kind")) ?? .external, platform: try row("platform"), value: try row("value"))
    }

    static let rawSourceColumns = """
        id, digest, format, origin, received_at, stored_at, size, state, reason, warnings, events, attempts
        """

    static func rawSource(_ row: PostgresRecord) throws -> RawSourceRecord {
        let warnings: String = try row("warnings")
        return RawSourceRecord(
            id: RawSourceID(try row("id") as Int64), digest: try row("digest"), format: try row("format"), origin: try row("origin"),
            receivedAt: try row("received_at"), storedAt: try row("stored_at"), size: try row("size"),
            state: RawSourceRecord.State(rawValue: try row("state")) ?? .pending, reason: try row("reason"),
            warnings: warnings.isEmpty ? [] : warnings.components(separatedBy: "\n"), events: try row("events"),
            attempts: try row("attempts"))
    }

    static func mergeSuggestion(_ row: PostgresRecord) throws -> MergeSuggestion {
        MergeSuggestion(
            id: try row("id"), customerA: CustomerID(try row("customer_a") as Int64),
            customerB: CustomerID(try row("customer_b") as Int64),
            score: try row("score"), evidence: try row("evidence"),
            state: MergeSuggestion.State(rawValue: try row("state")) ?? .open, createdAt: try row("created_at"))
    }

    static func customerMerge(_ row: PostgresRecord) throws -> CustomerMerge {
        let identities: String = try row("identities")
        let conversations: String = try row("conversations")
        return CustomerMerge(
            id: try row("id"), survivor: CustomerID(try row("survivor_id") as Int64), merged: CustomerID(try row("merged_id") as Int64),
            mergedAt: try row("merged_at"),
            identities: identities.split(separator: "\n").compactMap { IdentityColumn.decode(String($0)) },
            conversations: conversations.split(separator: ",").compactMap { Int64($0) }.map(ConversationID.init(rawValue:)),
            undoneAt: try row("undone_at"))
    }
}
