import Foundation
import GRDB
import ConversationEngine

extension SQLiteStore {
    // MARK: Queue

    public func queue(_ query: QueueQuery) throws -> [QueueItem] {
        let (filter, arguments) = Self.queueFilter(query)
        let order: String = switch query.ordering {
        case .dueFirst: "coalesce(c.response_due_at, 9e15), c.priority DESC, c.id"
        case .priority: "c.priority DESC, coalesce(c.response_due_at, 9e15), c.id"
        case .longestWait: "coalesce(c.waiting_since, 9e15), c.id"
        case .recent: "c.last_activity_at DESC, c.id"
        case .sentiment: "coalesce(c.sentiment, 0), coalesce(c.response_due_at, 9e15), c.priority DESC, c.id"
        }
        // The page is chosen on the index alone; the joins and per-row subqueries then run for
        // the page's rows only, so a deep offset costs an index walk, not thousands of lookups.
        let sql = """
            WITH page AS (
                SELECT c.id FROM conversations c WHERE \(filter) ORDER BY \(order) LIMIT ? OFFSET ?)
            SELECT \(RowDecoding.conversationColumns),
                   cu.display_name, cu.given_name, cu.family_name, cu.patronymic, cu.gender, cu.language,
                   lm.channel AS last_channel, lm.body AS last_body, lm.sent_at AS last_sent_at,
                   lm.call_outcome AS last_call_outcome, lm.call_transcript AS last_call_transcript,
                   (SELECT count(*) FROM promises p
                     WHERE p.conversation_id = c.id AND p.state = 'open' AND p.due_at < ?) AS overdue
            FROM page
            JOIN conversations c ON c.id = page.id
            JOIN customers cu ON cu.id = c.customer_id
            LEFT JOIN messages lm ON lm.id = coalesce(
                (SELECT m.id FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'inbound'
                 ORDER BY m.sent_at DESC, m.id DESC LIMIT 1),
                (SELECT m.id FROM messages m WHERE m.conversation_id = c.id ORDER BY m.sent_at DESC, m.id DESC LIMIT 1))
            ORDER BY \(order)
            """
        var all = arguments
        all += [query.limit, query.offset, query.asOf.timeIntervalSince1970]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(all)).map { row in
                let conversation = RowDecoding.conversation(row)
                let name = PersonName(displayName: row["display_name"], givenName: row["given_name"],
                                      familyName: row["family_name"], patronymic: row["patronymic"],
                                      gender: Gender(rawValue: row["gender"]) ?? .unspecified)
                let body: String = row["last_body"] ?? ""
                let transcript: String? = row["last_call_transcript"]
                let outcome = (row["last_call_outcome"] as String?).flatMap(CallDetails.Outcome.init(rawValue:))
                return QueueItem(
                    conversation: conversation, customerName: name,
                    customerLanguage: Language(rawValue: row["language"]) ?? .en,
                    lastChannel: (row["last_channel"] as String?).flatMap(Channel.init(rawValue:)) ?? conversation.originChannel,
                    lastSummary: QueueSummary.firstLine(body.isEmpty ? (transcript ?? "") : body, callOutcome: outcome),
                    lastMessageAt: RowDecoding.date(row["last_sent_at"]) ?? conversation.lastActivityAt,
                    overduePromises: row["overdue"])
            }
        }
    }

    public func queueCount(_ query: QueueQuery) throws -> Int {
        let (filter, arguments) = Self.queueFilter(query)
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM conversations c WHERE \(filter)",
                             arguments: StatementArguments(arguments)) ?? 0
        }
    }

    /// The WHERE clause of a queue query. `c.active = 1` is added whenever only active
    /// statuses are asked for, so SQLite can use the partial queue indexes.
    static func queueFilter(_ query: QueueQuery) -> (String, [(any DatabaseValueConvertible)?]) {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        let statuses = query.statuses.map(\.rawValue).sorted()
        let active = Set(ConversationStatus.allCases.filter(\.isActive))
        if query.statuses.isSubset(of: active) {
            clauses.append("c.active = 1")
        }
        if query.statuses.isEmpty {
            clauses.append("0")
        } else if query.statuses != active {
            // Only when narrower than "active": the status is not in the queue indexes, so
            // testing it costs a table lookup per row.
            clauses.append("c.status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))")
            arguments += statuses
        }
        if let channels = query.channels, !channels.isEmpty {
            clauses.append("c.origin_channel IN (\(channels.map { _ in "?" }.joined(separator: ",")))")
            arguments += channels.map(\.rawValue).sorted()
        }
        if let queue = query.queueName {
            clauses.append("c.queue = ?")
            arguments.append(queue)
        }
        if let assignee = query.assignee {
            clauses.append("c.assignee_id = ?")
            arguments.append(assignee.rawValue)
        }
        if query.unassignedOnly { clauses.append("c.assignee_id IS NULL") }
        if let languages = query.languages, !languages.isEmpty {
            clauses.append("c.customer_id IN (SELECT id FROM customers WHERE language IN (\(languages.map { _ in "?" }.joined(separator: ","))))")
            arguments += languages.map(\.rawValue).sorted()
        }
        if let tags = query.tags, !tags.isEmpty {
            // Tags are stored comma-joined ("vip,billing"); any of the asked ones will do.
            let wanted = tags.compactMap(ConversationTags.normalized).sorted()
            if wanted.isEmpty {
                clauses.append("0")
            } else {
                clauses.append("(" + wanted.map { _ in "instr(',' || c.tags || ',', ?) > 0" }.joined(separator: " OR ") + ")")
                arguments += wanted.map { ",\($0)," }
            }
        }
        if let customers = query.customers {
            // A live refresh of the rows a change touched (at most a few hundred customers).
            clauses.append(customers.isEmpty ? "0" : "c.customer_id IN (\(customers.map { _ in "?" }.joined(separator: ",")))")
            arguments += customers.map(\.rawValue).sorted()
        }
        if clauses.isEmpty { clauses.append("1") }
        return (clauses.joined(separator: " AND "), arguments)
    }

    // MARK: Conversations and customers

    public func conversation(_ id: ConversationID) throws -> Conversation? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(RowDecoding.conversationColumns) FROM conversations c WHERE c.id = ?",
                             arguments: [id.rawValue]).map(RowDecoding.conversation)
        }
    }

    public func conversations(of customer: CustomerID) throws -> [Conversation] {
        try read { db in try Self.conversations(of: customer, in: db) }
    }

    public func responseTimes(on channel: Channel, since: Date) throws -> ResponseTimes {
        try read { db in
            ResponseTimes(samples: try Double.fetchAll(db.cachedStatement(sql: """
                SELECT first_response_at - created_at FROM conversations
                WHERE origin_channel = ? AND created_at >= ? AND first_response_at IS NOT NULL AND first_response_at >= created_at
                """), arguments: [channel.rawValue, since.timeIntervalSince1970]))
        }
    }

    public func statusChanges(of conversation: ConversationID) throws -> [StatusChange] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT status, at FROM status_changes WHERE conversation_id = ? ORDER BY at, id"),
                             arguments: [conversation.rawValue]).compactMap { row in
                guard let status = ConversationStatus(rawValue: row[0]) else { return nil }
                return StatusChange(conversationID: conversation, status: status, at: Date(timeIntervalSince1970: row[1]))
            }
        }
    }

    public func customer(_ id: CustomerID) throws -> Customer? {
        try read { db in try Self.customer(id, in: db) }
    }

    public func identities(of customer: CustomerID) throws -> [Identity] {
        try read { db in try Self.identities(of: customer, in: db) }
    }

    public func snapshot(of id: CustomerID, messageLimit: Int, contactsSince: Date) throws -> CustomerSnapshot? {
        try read { db in
            guard let customer = try Self.customer(id, in: db) else { return nil }
            let messages = try Self.timeline(of: id, before: nil, limit: messageLimit + 1, in: db)
            return CustomerSnapshot(
                customer: customer, identities: try Self.identities(of: id, in: db),
                conversations: try Self.conversations(of: id, in: db),
                messages: Array(messages.suffix(messageLimit)), hasOlderMessages: messages.count > messageLimit,
                promises: try Self.promises(of: id, in: db),
                recentContacts: try Self.contactCount(of: id, since: contactsSince, in: db),
                satisfaction: try Self.satisfaction(of: id, in: db))
        }
    }

    static func conversations(of customer: CustomerID, in db: Database) throws -> [Conversation] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(RowDecoding.conversationColumns) FROM conversations c WHERE c.customer_id = ?
            ORDER BY c.last_activity_at DESC, c.id DESC
            """), arguments: [customer.rawValue]).map(RowDecoding.conversation)
    }

    static func customer(_ id: CustomerID, in db: Database) throws -> Customer? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(RowDecoding.customerColumns) FROM customers WHERE id = ?"),
                         arguments: [id.rawValue]).map(RowDecoding.customer)
    }

    static func identities(of customer: CustomerID, in db: Database) throws -> [Identity] {
        try Row.fetchAll(db.cachedStatement(sql:
            "SELECT kind, platform, value FROM identities WHERE customer_id = ? ORDER BY kind, platform, value"),
            arguments: [customer.rawValue]).map(RowDecoding.identity)
    }

    public func customer(with identity: Identity) throws -> CustomerID? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT customer_id FROM identities WHERE kind = ? AND platform = ? AND value = ?",
                               arguments: [identity.kind.rawValue, identity.platform, identity.value]).map(CustomerID.init(rawValue:))
        }
    }

    public func contactCount(of customer: CustomerID, since: Date) throws -> Int {
        try read { db in try Self.contactCount(of: customer, since: since, in: db) }
    }

    public func promises(of customer: CustomerID) throws -> [Promise] {
        try read { db in try Self.promises(of: customer, in: db) }
    }

    static func contactCount(of customer: CustomerID, since: Date, in db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM messages WHERE customer_id = ? AND sent_at >= ? AND direction = 'inbound'
            """), arguments: [customer.rawValue, since.timeIntervalSince1970]) ?? 0
    }

    static func promises(of customer: CustomerID, in db: Database) throws -> [Promise] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM promises WHERE customer_id = ? ORDER BY due_at, id"),
                         arguments: [customer.rawValue]).map(RowDecoding.promise)
    }

    // MARK: Messages

    public func timeline(of customer: CustomerID, before cursor: TimelineCursor?, limit: Int) throws -> [Message] {
        try read { db in try Self.timeline(of: customer, before: cursor, limit: limit, in: db) }
    }

    static func timeline(of customer: CustomerID, before cursor: TimelineCursor?, limit: Int, in db: Database) throws -> [Message] {
        let rows: [Row]
        if let cursor {
            rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(RowDecoding.messageColumns) FROM messages m
                WHERE m.customer_id = ? AND (m.sent_at, m.id) < (?, ?)
                ORDER BY m.sent_at DESC, m.id DESC LIMIT ?
                """), arguments: [customer.rawValue, cursor.sentAt.timeIntervalSince1970, cursor.messageID.rawValue, limit])
        } else {
            rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(RowDecoding.messageColumns) FROM messages m WHERE m.customer_id = ?
                ORDER BY m.sent_at DESC, m.id DESC LIMIT ?
                """), arguments: [customer.rawValue, limit])
        }
        return rows.reversed().map(RowDecoding.message)
    }

    public func messages(in conversation: ConversationID) throws -> [Message] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(RowDecoding.messageColumns) FROM messages m WHERE m.conversation_id = ?
                ORDER BY m.sent_at, m.id
                """, arguments: [conversation.rawValue]).map(RowDecoding.message)
        }
    }

    public func message(_ id: MessageID) throws -> Message? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(RowDecoding.messageColumns) FROM messages m WHERE m.id = ?",
                             arguments: [id.rawValue]).map(RowDecoding.message)
        }
    }

    // MARK: Agents and statistics

    public func agents() throws -> [Agent] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM agents ORDER BY name").map(RowDecoding.agent) }
    }

    public func agent(login: String) throws -> Agent? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM agents WHERE login = ?", arguments: [login]).map(RowDecoding.agent)
        }
    }

    public func latestMessageID() throws -> MessageID? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM messages").map { MessageID($0) } }
    }

    public func messages(after id: MessageID, limit: Int) throws -> [Message] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(RowDecoding.messageColumns) FROM messages m WHERE m.id > ? ORDER BY m.id LIMIT ?",
                             arguments: [id.rawValue, limit]).map(RowDecoding.message)
        }
    }

    public func statistics() throws -> StoreStatistics {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return StoreStatistics(
                customers: try count("SELECT count(*) FROM customers"),
                conversations: try count("SELECT count(*) FROM conversations"),
                activeConversations: try count("SELECT count(*) FROM conversations WHERE active = 1"),
                messages: try count("SELECT count(*) FROM messages"),
                promises: try count("SELECT count(*) FROM promises"),
                agents: try count("SELECT count(*) FROM agents"))
        }
    }
}
