import Foundation
import ConcordStore
import ConversationEngine

/// The queue, conversations, customers, messages, agents and statistics, as `SQLiteStore+Queries`
/// reads them. Where the dialects differ: a missing due time sorts last as `'infinity'` (SQLite's
/// 9e15), flags are booleans, text is ordered `COLLATE "C"` (code points, as SQLite compares) so a
/// database created with another locale lists agents and identities in the same order, and a
/// negative limit means "no limit" and a negative offset none, as in SQLite (PostgreSQL refuses both).
extension PostgresStore {
    // MARK: Queue

    public func queue(_ query: QueueQuery) throws -> [QueueItem] {
        let (sql, all) = Self.queueStatement(query)
        return try read { session in
            try session.rows(sql, all).map { row in
                let conversation = try PostgresRowDecoding.conversation(row)
                let body: String = try row("last_body", as: String?.self) ?? ""
                let transcript: String? = try row("last_call_transcript")
                let outcome = (try row("last_call_outcome") as String?).flatMap(CallDetails.Outcome.init(rawValue:))
                return QueueItem(
                    conversation: conversation, customerName: try PostgresRowDecoding.personName(row),
                    customerLanguage: Language(rawValue: try row("language")) ?? .en,
                    lastChannel: (try row("last_channel") as String?).flatMap(Channel.init(rawValue:)) ?? conversation.originChannel,
                    lastSummary: QueueSummary.firstLine(body.isEmpty ? (transcript ?? "") : body, callOutcome: outcome),
                    lastMessageAt: try row("last_sent_at") ?? conversation.lastActivityAt,
                    overduePromises: try row("overdue"))
            }
        }
    }

    /// The server's plan for a queue read with what each step cost (`EXPLAIN (ANALYZE, BUFFERS)`):
    /// every open console makes this read at each refresh, so it is the first thing to look at
    /// when consoles fall behind on a busy store (the load benchmark prints it).
    public func explainQueue(_ query: QueueQuery) throws -> String {
        let (sql, values) = Self.queueStatement(query)
        return try read { session in
            try session.rows("EXPLAIN (ANALYZE, BUFFERS) " + sql, values).map { try $0(0, as: String.self) }.joined(separator: "\n")
        }
    }

    /// The queue read and its values.
    static func queueStatement(_ query: QueueQuery) -> (String, [(any PostgresBindable)?]) {
        let (filter, values) = Self.queueFilter(query)
        let order: String = switch query.ordering {
        case .dueFirst: "coalesce(c.response_due_at, 'infinity'::timestamptz), c.priority DESC, c.id"
        case .priority: "c.priority DESC, coalesce(c.response_due_at, 'infinity'::timestamptz), c.id"
        case .longestWait: "coalesce(c.waiting_since, 'infinity'::timestamptz), c.id"
        case .recent: "c.last_activity_at DESC, c.id"
        case .sentiment: "coalesce(c.sentiment, 0), coalesce(c.response_due_at, 'infinity'::timestamptz), c.priority DESC, c.id"
        }
        // The page is chosen on the (partial, expression) queue index alone; the joins and per-row
        // subqueries then run for the page's rows only. The last message is a LATERAL lookup per
        // row (its LIMIT keeps the planner from turning it into a hash join over every message,
        // which made each refresh of every open console cost time in proportion to the whole
        // history: Benchmarks/load.sh).
        let sql = """
            WITH page AS (
                SELECT c.* FROM conversations c WHERE \(filter) ORDER BY \(order) LIMIT ? OFFSET ?)
            SELECT \(PostgresRowDecoding.conversationColumns),
                   cu.display_name, cu.given_name, cu.family_name, cu.patronymic, cu.gender, cu.language,
                   lm.channel AS last_channel, lm.body AS last_body, lm.sent_at AS last_sent_at,
                   lm.call_outcome AS last_call_outcome, lm.call_transcript AS last_call_transcript,
                   (SELECT count(*) FROM promises p
                     WHERE p.conversation_id = c.id AND p.state = 'open' AND p.due_at < ?) AS overdue
            FROM page c
            JOIN customers cu ON cu.id = c.customer_id
            LEFT JOIN LATERAL (
                SELECT m.channel, m.body, m.sent_at, m.call_outcome, m.call_transcript FROM messages m
                WHERE m.id = coalesce(
                    (SELECT m.id FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'inbound'
                     ORDER BY m.sent_at DESC, m.id DESC LIMIT 1),
                    (SELECT m.id FROM messages m WHERE m.conversation_id = c.id ORDER BY m.sent_at DESC, m.id DESC LIMIT 1))
                LIMIT 1) lm ON true
            ORDER BY \(order)
            """
        return (sql, values + [Self.limit(query.limit), max(0, query.offset), query.asOf])
    }

    public func queueCount(_ query: QueueQuery) throws -> Int {
        let (filter, values) = Self.queueFilter(query)
        return try read { session in
            try session.value("SELECT count(*) FROM conversations c WHERE \(filter)", values, as: Int.self) ?? 0
        }
    }

    /// The WHERE clause of a queue query and its values. `c.active` is added whenever only
    /// active statuses are asked for, so the planner can use the partial queue indexes.
    static func queueFilter(_ query: QueueQuery) -> (String, [(any PostgresBindable)?]) {
        var clauses: [String] = []
        var values: [(any PostgresBindable)?] = []
        let statuses = query.statuses.map(\.rawValue).sorted()
        let active = Set(ConversationStatus.allCases.filter(\.isActive))
        if query.statuses.isSubset(of: active) {
            clauses.append("c.active")
        }
        if query.statuses.isEmpty {
            clauses.append("false")
        } else if query.statuses != active {
            // Only when narrower than "active": the status is not in the queue indexes.
            clauses.append("c.status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))")
            values += statuses
        }
        if let channels = query.channels, !channels.isEmpty {
            clauses.append("c.origin_channel IN (\(channels.map { _ in "?" }.joined(separator: ",")))")
            values += channels.map(\.rawValue).sorted()
        }
        if let queue = query.queueName {
            clauses.append("c.queue = ?")
            values.append(queue)
        }
        if let assignee = query.assignee {
            clauses.append("c.assignee_id = ?")
            values.append(assignee.rawValue)
        }
        if query.unassignedOnly { clauses.append("c.assignee_id IS NULL") }
        if let languages = query.languages, !languages.isEmpty {
            clauses.append("c.customer_id IN (SELECT id FROM customers WHERE language IN (\(languages.map { _ in "?" }.joined(separator: ","))))")
            values += languages.map(\.rawValue).sorted()
        }
        if let tags = query.tags, !tags.isEmpty {
            // Tags are stored comma-joined ("vip,billing"); any of the asked ones will do.
            let wanted = tags.compactMap(ConversationTags.normalized).sorted()
            if wanted.isEmpty {
                clauses.append("false")
            } else {
                clauses.append("(" + wanted.map { _ in "strpos(',' || c.tags || ',', ?) > 0" }.joined(separator: " OR ") + ")")
                values += wanted.map { ",\($0)," }
            }
        }
        if let customers = query.customers {
            // A live refresh of the rows a change touched (at most a few hundred customers).
            clauses.append(customers.isEmpty ? "false" : "c.customer_id IN (\(customers.map { _ in "?" }.joined(separator: ",")))")
            values += customers.map(\.rawValue).sorted()
        }
        if clauses.isEmpty { clauses.append("true") }
        return (clauses.joined(separator: " AND "), values)
    }

    /// A LIMIT value: SQLite reads a negative limit as none, PostgreSQL refuses it (NULL is none).
    static func limit(_ limit: Int) -> Int? {
        limit < 0 ? nil : limit
    }

    // MARK: Conversations and customers

    public func conversation(_ id: ConversationID) throws -> Conversation? {
        try read { session in try session.row(PostgresIngestIndex.conversationSQL, [id.rawValue]).map(PostgresRowDecoding.conversation) }
    }

    public func conversations(of customer: CustomerID) throws -> [Conversation] {
        try read { session in try Self.conversations(of: customer, in: session) }
    }

    public func responseTimes(on channel: Channel, since: Date) throws -> ResponseTimes {
        try read { session in
            ResponseTimes(samples: try session.rows("""
                SELECT extract(epoch FROM first_response_at - created_at)::double precision FROM conversations
                WHERE origin_channel = ? AND created_at >= ? AND first_response_at IS NOT NULL AND first_response_at >= created_at
                """, [channel.rawValue, since]).map { try $0(0, as: Double.self) })
        }
    }

    public func statusChanges(of conversation: ConversationID) throws -> [StatusChange] {
        try read { session in
            try session.rows("SELECT status, at FROM status_changes WHERE conversation_id = ? ORDER BY at, id",
                             [conversation.rawValue]).compactMap { row in
                guard let status = ConversationStatus(rawValue: try row(0)) else { return nil }
                return StatusChange(conversationID: conversation, status: status, at: try row(1))
            }
        }
    }

    public func customer(_ id: CustomerID) throws -> Customer? {
        try read { session in try Self.customer(id, in: session) }
    }

    public func identities(of customer: CustomerID) throws -> [Identity] {
        try read { session in try Self.identities(of: customer, in: session) }
    }

    public func snapshot(of id: CustomerID, messageLimit: Int, contactsSince: Date) throws -> CustomerSnapshot? {
        try readConsistently { session in
            guard let customer = try Self.customer(id, in: session) else { return nil }
            let messages = try Self.timeline(of: id, before: nil, limit: messageLimit + 1, in: session)
            return CustomerSnapshot(
                customer: customer, identities: try Self.identities(of: id, in: session),
                conversations: try Self.conversations(of: id, in: session),
                messages: Array(messages.suffix(messageLimit)), hasOlderMessages: messages.count > messageLimit,
                promises: try Self.promises(of: id, in: session),
                recentContacts: try Self.contactCount(of: id, since: contactsSince, in: session),
                satisfaction: try Self.satisfaction(of: id, in: session))
        }
    }

    /// The customer's conversations, most recent activity first (also for writers, in their transaction).
    static func conversations(of customer: CustomerID, in session: PostgresSession) throws -> [Conversation] {
        try session.rows("""
            SELECT \(PostgresRowDecoding.conversationColumns) FROM conversations c WHERE c.customer_id = ?
            ORDER BY c.last_activity_at DESC, c.id DESC
            """, [customer.rawValue]).map(PostgresRowDecoding.conversation)
    }

    /// One customer (also for writers, in their transaction).
    static func customer(_ id: CustomerID, in session: PostgresSession) throws -> Customer? {
        try session.row("SELECT \(PostgresRowDecoding.customerColumns) FROM customers WHERE id = ?", [id.rawValue])
            .map(PostgresRowDecoding.customer)
    }

    /// The customer's identities in SQLite's order (also for writers, in their transaction).
    static func identities(of customer: CustomerID, in session: PostgresSession) throws -> [Identity] {
        try session.rows("""
            SELECT kind, platform, value FROM identities WHERE customer_id = ?
            ORDER BY kind COLLATE "C", platform COLLATE "C", value COLLATE "C"
            """, [customer.rawValue]).map(PostgresRowDecoding.identity)
    }

    public func customer(with identity: Identity) throws -> CustomerID? {
        try read { session in
            try session.value("SELECT customer_id FROM identities WHERE kind = ? AND platform = ? AND value = ?",
                              [identity.kind.rawValue, identity.platform, identity.value], as: Int64.self)
                .map(CustomerID.init(rawValue:))
        }
    }

    public func contactCount(of customer: CustomerID, since: Date) throws -> Int {
        try read { session in try Self.contactCount(of: customer, since: since, in: session) }
    }

    public func promises(of customer: CustomerID) throws -> [Promise] {
        try read { session in try Self.promises(of: customer, in: session) }
    }

    static func contactCount(of customer: CustomerID, since: Date, in session: PostgresSession) throws -> Int {
        try session.value("""
            SELECT count(*) FROM messages WHERE customer_id = ? AND sent_at >= ? AND direction = 'inbound'
            """, [customer.rawValue, since], as: Int.self) ?? 0
    }

    static func promises(of customer: CustomerID, in session: PostgresSession) throws -> [Promise] {
        try session.rows("SELECT * FROM promises WHERE customer_id = ? ORDER BY due_at, id", [customer.rawValue])
            .map(PostgresRowDecoding.promise)
    }

    // MARK: Messages

    public func timeline(of customer: CustomerID, before cursor: TimelineCursor?, limit: Int) throws -> [Message] {
        try read { session in try Self.timeline(of: customer, before: cursor, limit: limit, in: session) }
    }

    static func timeline(of customer: CustomerID, before cursor: TimelineCursor?, limit: Int,
                         in session: PostgresSession) throws -> [Message] {
        let rows: [PostgresRecord]
        if let cursor {
            rows = try session.rows("""
                SELECT \(PostgresRowDecoding.messageColumns) FROM messages m
                WHERE m.customer_id = ? AND (m.sent_at, m.id) < (?, ?)
                ORDER BY m.sent_at DESC, m.id DESC LIMIT ?
                """, [customer.rawValue, cursor.sentAt, cursor.messageID.rawValue, Self.limit(limit)])
        } else {
            rows = try session.rows("""
                SELECT \(PostgresRowDecoding.messageColumns) FROM messages m WHERE m.customer_id = ?
                ORDER BY m.sent_at DESC, m.id DESC LIMIT ?
                """, [customer.rawValue, Self.limit(limit)])
        }
        return try rows.reversed().map(PostgresRowDecoding.message)
    }

    public func messages(in conversation: ConversationID) throws -> [Message] {
        try read { session in
            try session.rows("""
                SELECT \(PostgresRowDecoding.messageColumns) FROM messages m WHERE m.conversation_id = ?
                ORDER BY m.sent_at, m.id
                """, [conversation.rawValue]).map(PostgresRowDecoding.message)
        }
    }

    public func message(_ id: MessageID) throws -> Message? {
        try read { session in
            try session.row("SELECT \(PostgresRowDecoding.messageColumns) FROM messages m WHERE m.id = ?", [id.rawValue])
                .map(PostgresRowDecoding.message)
        }
    }

    // MARK: Agents and statistics

    /// By name; agents of the same name by id, the order SQLite's sort leaves them in.
    public func agents() throws -> [Agent] {
        try read { session in try session.rows("SELECT * FROM agents ORDER BY name COLLATE \"C\", id").map(PostgresRowDecoding.agent) }
    }

    public func agent(login: String) throws -> Agent? {
        try read { session in try session.row("SELECT * FROM agents WHERE login = ?", [login]).map(PostgresRowDecoding.agent) }
    }

    public func latestMessageID() throws -> MessageID? {
        try read { session in try session.value("SELECT max(id) FROM messages", as: Int64.self).map(MessageID.init(rawValue:)) }
    }

    public func messages(after id: MessageID, limit: Int) throws -> [Message] {
        try read { session in
            try session.rows("SELECT \(PostgresRowDecoding.messageColumns) FROM messages m WHERE m.id > ? ORDER BY m.id LIMIT ?",
                             [id.rawValue, Self.limit(limit)]).map(PostgresRowDecoding.message)
        }
    }

    /// Every count in one statement: one round trip, and counts of one moment.
    public func statistics() throws -> StoreStatistics {
        try read { session in
            guard let row = try session.row("""
                SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM conversations),
                       (SELECT count(*) FROM conversations WHERE active), (SELECT count(*) FROM messages),
                       (SELECT count(*) FROM promises), (SELECT count(*) FROM agents)
                """) else { throw PostgresFailure(message: "the statistics query returned no row") }
            return StoreStatistics(
                customers: try row(0), conversations: try row(1), activeConversations: try row(2),
                messages: try row(3), promises: try row(4), agents: try row(5))
        }
    }
}
