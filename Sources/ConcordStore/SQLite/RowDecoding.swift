import Foundation
import GRDB
import ConversationEngine

/// Turns rows into engine models. Column lists live next to the decoders so that a query and
/// its decoder cannot drift apart.
enum RowDecoding {
    static let customerColumns = """
        id, display_name, given_name, family_name, patronymic, gender, language, time_zone,
        customer_since, loyalty, notes, created_at
        """

    static func customer(_ row: Row) -> Customer {
        Customer(
            id: CustomerID(row["id"] as Int64),
            name: PersonName(displayName: row["display_name"], givenName: row["given_name"], familyName: row["family_name"],
                             patronymic: row["patronymic"], gender: Gender(rawValue: row["gender"]) ?? .unspecified),
            language: Language(rawValue: row["language"]) ?? .en,
            timeZone: row["time_zone"],
            customerSince: date(row["customer_since"]),
            loyalty: LoyaltyTier(rawValue: row["loyalty"]) ?? .none,
            notes: row["notes"],
            createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }

    // Conversations and messages are decoded by position: they are read on every ingested
    // event and hundreds per keypress, and a lookup by column name costs a string search per
    // field. Each query selects these columns first, in this order.

    static let conversationColumns = """
        c.id, c.customer_id, c.subject, c.status, c.priority, c.assignee_id, c.queue, c.origin_channel, c.created_at,
        c.updated_at, c.last_activity_at, c.last_inbound_at, c.last_outbound_at, c.first_response_at, c.waiting_since,
        c.response_due_at, c.tags, c.version, c.sentiment
        """

    static func conversation(_ row: Row) -> Conversation {
        let tags: String = row[16]
        return Conversation(
            id: ConversationID(row[0] as Int64),
            customerID: CustomerID(row[1] as Int64),
            subject: row[2],
            status: ConversationStatus(rawValue: row[3]) ?? .open,
            priority: Priority(rawValue: row[4]) ?? .normal,
            assignee: (row[5] as Int64?).map(AgentID.init(rawValue:)),
            queue: row[6],
            originChannel: Channel(rawValue: row[7]) ?? .email,
            createdAt: Date(timeIntervalSince1970: row[8]),
            updatedAt: Date(timeIntervalSince1970: row[9]),
            lastActivityAt: Date(timeIntervalSince1970: row[10]),
            lastInboundAt: date(row[11]),
            lastOutboundAt: date(row[12]),
            firstResponseAt: date(row[13]),
            waitingSince: date(row[14]),
            responseDueAt: date(row[15]),
            tags: tags.isEmpty ? [] : tags.split(separator: ",").map(String.init),
            version: row[17],
            sentiment: row[18])
    }

    static let messageColumns = """
        m.id, m.conversation_id, m.customer_id, m.channel, m.direction, m.author_kind, m.author_name, m.author_agent_id,
        m.sent_at, m.subject, m.body, m.call_direction, m.call_seconds, m.call_outcome, m.call_transcript,
        m.social_visibility, m.social_url, m.social_in_reply_to, m.email_message_id, m.email_in_reply_to,
        m.email_references, m.attachments, m.dedupe_key, m.delivery, m.delivery_note
        """

    static func message(_ row: Row) -> Message {
        Message(
            id: MessageID(row[0] as Int64),
            conversationID: ConversationID(row[1] as Int64),
            customerID: CustomerID(row[2] as Int64),
            channel: Channel(rawValue: row[3]) ?? .email,
            direction: Direction(rawValue: row[4]) ?? .inbound,
            author: Author(kind: Author.Kind(rawValue: row[5]) ?? .system, name: row[6],
                           agentID: (row[7] as Int64?).map(AgentID.init(rawValue:))),
            sentAt: Date(timeIntervalSince1970: row[8]),
            subject: row[9],
            text: row[10],
            call: MessageDetailColumns.call(row, from: 11),
            social: MessageDetailColumns.social(row, from: 15),
            email: MessageDetailColumns.email(row, from: 18),
            attachments: MessageDetailColumns.attachments(row[21]),
            dedupeKey: row[22],
            delivery: (row[23] as String?).flatMap(Message.Delivery.init(rawValue:)),
            deliveryNote: row[24])
    }

    static func promise(_ row: Row) -> Promise {
        Promise(
            id: PromiseID(row["id"] as Int64),
            conversationID: ConversationID(row["conversation_id"] as Int64),
            customerID: CustomerID(row["customer_id"] as Int64),
            messageID: (row["message_id"] as Int64?).map(MessageID.init(rawValue:)),
            text: row["text"],
            madeAt: Date(timeIntervalSince1970: row["made_at"]),
            dueAt: Date(timeIntervalSince1970: row["due_at"]),
            state: Promise.State(rawValue: row["state"]) ?? .open,
            closedAt: date(row["closed_at"]),
            kind: PromiseKind(rawValue: row["kind"] ?? "") ?? .other)
    }

    static func agent(_ row: Row) -> Agent {
        let languages: String = row["languages"]
        return Agent(
            id: AgentID(row["id"] as Int64), login: row["login"], name: row["name"],
            languages: languages.split(separator: ",").compactMap { Language(rawValue: String($0)) },
            role: Agent.Role(rawValue: row["role"]) ?? .agent, team: row["team"])
    }

    static func identity(_ row: Row) -> Identity {
        Identity(kind: IdentityKind(rawValue: row["kind"]) ?? .external, platform: row["platform"], value: row["value"])
    }

    static let rawSourceColumns = """
        id, digest, format, origin, received_at, stored_at, size, state, reason, warnings, events, attempts
        """

    static func rawSource(_ row: Row) -> RawSourceRecord {
        let warnings: String = row["warnings"]
        return RawSourceRecord(
            id: RawSourceID(row["id"] as Int64), digest: row["digest"], format: row["format"], origin: row["origin"],
            receivedAt: date(row["received_at"]), storedAt: Date(timeIntervalSince1970: row["stored_at"]), size: row["size"],
            state: RawSourceRecord.State(rawValue: row["state"]) ?? .pending, reason: row["reason"],
            warnings: warnings.isEmpty ? [] : warnings.components(separatedBy: "\n"), events: row["events"],
            attempts: row["attempts"])
    }

    static func mergeSuggestion(_ row: Row) -> MergeSuggestion {
        MergeSuggestion(
            id: row["id"], customerA: CustomerID(row["customer_a"] as Int64), customerB: CustomerID(row["customer_b"] as Int64),
            score: row["score"], evidence: row["evidence"], state: MergeSuggestion.State(rawValue: row["state"]) ?? .open,
            createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }

    static func customerMerge(_ row: Row) -> CustomerMerge {
        let identities: String = row["identities"]
        let conversations: String = row["conversations"]
        return CustomerMerge(
            id: row["id"], survivor: CustomerID(row["survivor_id"] as Int64), merged: CustomerID(row["merged_id"] as Int64),
            mergedAt: Date(timeIntervalSince1970: row["merged_at"]),
            identities: identities.split(separator: "\n").compactMap { IdentityColumn.decode(String($0)) },
            conversations: conversations.split(separator: ",").compactMap { Int64($0) }.map(ConversationID.init(rawValue:)),
            undoneAt: date(row["undone_at"]))
    }

    static func date(_ value: Double?) -> Date? {
        value.map(Date.init(timeIntervalSince1970:))
    }
}
