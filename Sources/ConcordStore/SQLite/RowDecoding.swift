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

    static let conversationColumns = """
        c.id, c.customer_id, c.subject, c.status, c.priority, c.assignee_id, c.queue, c.origin_channel, c.created_at,
        c.updated_at, c.last_activity_at, c.last_inbound_at, c.last_outbound_at, c.first_response_at, c.waiting_since,
        c.response_due_at, c.tags, c.version
        """

    static func conversation(_ row: Row) -> Conversation {
        let tags: String = row["tags"]
        return Conversation(
            id: ConversationID(row["id"] as Int64),
            customerID: CustomerID(row["customer_id"] as Int64),
            subject: row["subject"],
            status: ConversationStatus(rawValue: row["status"]) ?? .open,
            priority: Priority(rawValue: row["priority"]) ?? .normal,
            assignee: (row["assignee_id"] as Int64?).map(AgentID.init(rawValue:)),
            queue: row["queue"],
            originChannel: Channel(rawValue: row["origin_channel"]) ?? .email,
            createdAt: Date(timeIntervalSince1970: row["created_at"]),
            updatedAt: Date(timeIntervalSince1970: row["updated_at"]),
            lastActivityAt: Date(timeIntervalSince1970: row["last_activity_at"]),
            lastInboundAt: date(row["last_inbound_at"]),
            lastOutboundAt: date(row["last_outbound_at"]),
            firstResponseAt: date(row["first_response_at"]),
            waitingSince: date(row["waiting_since"]),
            responseDueAt: date(row["response_due_at"]),
            tags: tags.isEmpty ? [] : tags.split(separator: ",").map(String.init),
            version: row["version"])
    }

    static let messageColumns = """
        m.id, m.conversation_id, m.customer_id, m.channel, m.direction, m.author_kind, m.author_name, m.author_agent_id,
        m.sent_at, m.subject, m.body, m.details, m.dedupe_key
        """

    static func message(_ row: Row) -> Message {
        let details = MessageDetailsColumn.decode(row["details"])
        return Message(
            id: MessageID(row["id"] as Int64),
            conversationID: ConversationID(row["conversation_id"] as Int64),
            customerID: CustomerID(row["customer_id"] as Int64),
            channel: Channel(rawValue: row["channel"]) ?? .email,
            direction: Direction(rawValue: row["direction"]) ?? .inbound,
            author: Author(kind: Author.Kind(rawValue: row["author_kind"]) ?? .system, name: row["author_name"],
                           agentID: (row["author_agent_id"] as Int64?).map(AgentID.init(rawValue:))),
            sentAt: Date(timeIntervalSince1970: row["sent_at"]),
            subject: row["subject"],
            text: row["body"],
            call: details?.call,
            social: details?.social,
            email: details?.email,
            attachments: details?.attachments ?? [],
            dedupeKey: row["dedupe_key"])
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
            closedAt: date(row["closed_at"]))
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

    static func date(_ value: Double?) -> Date? {
        value.map(Date.init(timeIntervalSince1970:))
    }
}
