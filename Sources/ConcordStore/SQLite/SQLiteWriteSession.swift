import Foundation
import GRDB
import ConversationEngine

/// The writes of one transaction, and the `IngestIndex` the planner consults inside it, so
/// that deciding and writing are atomic.
struct SQLiteWriteSession: StoreWriter {
    let db: Database
    let planner: IngestPlanner
    /// The messages of this transaction, for the search index once it commits.
    let searchEntries: SearchEntries
    /// Acknowledgements, follow-ups and survey answers (see `StoreAutomation`).
    var automation: StoreAutomation = .off
    /// The store's full-text index, which an erasure removes the customer's entries from
    /// before its transaction commits (see `SQLiteWriteSession+Erasure`).
    var searchIndex: SearchIndex? = nil

    func ingest(_ event: InboundEvent, rawSource: RawSourceID?, preparation: IngestPreparation?) throws -> IngestOutcome {
        // A survey answer ("5", "отлично") joins the surveyed conversation without reopening it.
        let survey = try surveyAnswered(by: event)
        var event = event
        if let survey { event.thread.conversationID = survey.followUp.conversationID }
        switch try planner.plan(event, index: SQLiteIngestIndex(db: db), reading: preparation?.reading) {
        case .duplicate(let id):
            return .duplicate(id)
        case .store(let plan):
            let receipt = try apply(survey == nil ? plan : plan.withoutReopening(), rawSource: rawSource,
                                    searchText: preparation?.searchText)
            if let survey {
                try recordSurveyAnswer(survey, message: receipt.messageID, at: event.occurredAt)
            } else if event.direction == .inbound {
                try cancelFollowUps(ofCustomer: receipt.customerID, at: event.occurredAt)
                if receipt.createdConversation { try acknowledge(event, receipt: receipt) }
                if let router = automation.routing { try routeArrival(event, in: receipt, with: router, at: automation.clock()) }
            }
            return .stored(receipt)
        }
    }

    /// Stores an event Concord itself wrote (an acknowledgement, a follow-up) with no automation of its own.
    func storeOwn(_ event: InboundEvent) throws -> IngestReceipt? {
        guard case .store(let plan) = try planner.plan(event, index: SQLiteIngestIndex(db: db)) else { return nil }
        return try apply(plan, rawSource: nil, searchText: nil)
    }

    private func apply(_ plan: IngestPlan, rawSource: RawSourceID?, searchText: String?) throws -> IngestReceipt {
        let customerID: CustomerID
        let createdCustomer: Bool
        switch plan.customer {
        case .existing(let id):
            customerID = id
            createdCustomer = false
        case .new(let customer):
            customerID = try insert(customer)
            createdCustomer = true
        }
        let insertIdentity = try db.cachedStatement(sql:
            "INSERT OR IGNORE INTO identities (kind, platform, value, customer_id) VALUES (?, ?, ?, ?)")
        for identity in plan.newIdentities {
            try insertIdentity.run(binding: [identity.kind.rawValue.databaseValue, identity.platform.databaseValue,
                                             identity.value.databaseValue, customerID.rawValue.databaseValue], in: db)
        }
        if !createdCustomer, let name = plan.learnedName { try learn(name, for: customerID) }

        let conversationID: ConversationID
        let createdConversation: Bool
        switch plan.conversation {
        case .existing(let conversation):
            try update(conversation, previous: plan.previousConversation ?? conversation, expectedVersion: conversation.version - 1)
            conversationID = conversation.id
            createdConversation = false
        case .new(var conversation):
            conversation.customerID = customerID
            conversationID = try insert(conversation)
            createdConversation = true
        }
        let insertKey = try db.cachedStatement(sql: "INSERT OR IGNORE INTO thread_keys (key, conversation_id) VALUES (?, ?)")
        for key in plan.threadKeys {
            try insertKey.run(binding: [key.databaseValue, conversationID.rawValue.databaseValue], in: db)
        }

        var message = plan.message
        message.customerID = customerID
        message.conversationID = conversationID
        let messageID = try insert(message, rawSource: rawSource, searchText: searchText)
        try recordEvidence(plan, customer: customerID, message: messageID, at: message.sentAt)
        try keepPromises(answeredBy: message, in: conversationID)
        for promise in plan.promises {
            _ = try recordPromise(conversation: conversationID, message: messageID, text: promise.text, madeAt: message.sentAt,
                              dueAt: promise.dueAt, state: .open, closedAt: nil, kind: promise.kind)
        }
        return IngestReceipt(
            customerID: customerID, conversationID: conversationID, messageID: messageID,
            createdCustomer: createdCustomer, createdConversation: createdConversation,
            threadingReason: plan.threadingReason, mergeCandidates: plan.mergeCandidates)
    }

    /// A person's answer keeps the conversation's open promises to hear back ("we'll get back to
    /// you within 24 hours") made before it and not yet due; promises of a refund or a delivery
    /// are kept only by resolving the case.
    private func keepPromises(answeredBy message: Message, in conversation: ConversationID) throws {
        guard SLAEvent(message: message)?.kind == .humanResponse else { return }
        let at = message.sentAt.timeIntervalSince1970
        try db.cachedStatement(sql: """
            UPDATE promises SET state = 'kept', closed_at = ?
            WHERE conversation_id = ? AND state = 'open' AND kind IN ('reply', 'update', 'callback') AND made_at < ? AND due_at >= ?
            """).run(binding: [at.databaseValue, conversation.rawValue.databaseValue, at.databaseValue, at.databaseValue], in: db)
    }

    // MARK: - Inserts and updates

    /// Names a customer who is still called by one of their own numbers or addresses (see
    /// `IngestPlan.learnedName`); a name anyone gave before stays.
    private func learn(_ name: PersonName, for customer: CustomerID) throws {
        // Runs for most messages of a known customer and changes almost none: a correlated EXISTS
        // on the customer's few identities, not an IN list SQLite would build a table for each time.
        try db.cachedStatement(sql: """
            UPDATE customers SET display_name = ?1, given_name = ?2, family_name = ?3, patronymic = ?4, gender = ?5
            WHERE id = ?6 AND EXISTS (
                SELECT 1 FROM identities i WHERE i.customer_id = ?6
                AND (i.value = customers.display_name OR (i.kind = 'handle' AND '@' || i.value = customers.display_name)))
            """).run(binding: [name.displayName.databaseValue, name.givenName.databaseValue, name.familyName.databaseValue,
                               name.patronymic.databaseValue, name.gender.rawValue.databaseValue, customer.rawValue.databaseValue], in: db)
    }

    private func insert(_ customer: Customer) throws -> CustomerID {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO customers (display_name, given_name, family_name, patronymic, gender, language, time_zone,
                                   customer_since, loyalty, notes, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            customer.name.displayName, customer.name.givenName, customer.name.familyName, customer.name.patronymic,
            customer.name.gender.rawValue, customer.language.rawValue, customer.timeZone,
            customer.customerSince?.timeIntervalSince1970, customer.loyalty.rawValue, customer.notes,
            customer.createdAt.timeIntervalSince1970,
        ])
        return CustomerID(db.lastInsertedRowID)
    }

    private func insert(_ conversation: Conversation) throws -> ConversationID {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO conversations (customer_id, subject, subject_key, status, active, priority, assignee_id, queue,
                origin_channel, created_at, updated_at, last_activity_at, last_inbound_at, last_outbound_at,
                first_response_at, waiting_since, response_due_at, tags, version, sentiment)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // Once per new conversation in bulk ingest: bound directly (see `Statement.run(binding:in:)`).
        try statement.run(binding: [
            conversation.customerID.rawValue.databaseValue, conversation.subject.databaseValue,
            SubjectNormalizer.key(conversation.subject).databaseValue,
            conversation.status.rawValue.databaseValue, conversation.status.isActive.databaseValue,
            conversation.priority.rawValue.databaseValue, conversation.assignee?.rawValue.databaseValue ?? .null,
            conversation.queue.databaseValue, conversation.originChannel.rawValue.databaseValue,
            conversation.createdAt.timeIntervalSince1970.databaseValue,
            conversation.updatedAt.timeIntervalSince1970.databaseValue, conversation.lastActivityAt.timeIntervalSince1970.databaseValue,
            Self.seconds(conversation.lastInboundAt), Self.seconds(conversation.lastOutboundAt),
            Self.seconds(conversation.firstResponseAt), Self.seconds(conversation.waitingSince),
            Self.seconds(conversation.responseDueAt), conversation.tags.joined(separator: ",").databaseValue,
            conversation.version.databaseValue, conversation.sentiment?.databaseValue ?? .null,
        ], in: db)
        return ConversationID(db.lastInsertedRowID)
    }

    /// The conversation columns an update may change, with how to read each from a conversation.
    private static let updatableColumns: [(name: String, value: @Sendable (Conversation) -> DatabaseValue)] = [
        ("status", { $0.status.rawValue.databaseValue }), ("active", { $0.status.isActive.databaseValue }),
        ("priority", { $0.priority.rawValue.databaseValue }), ("assignee_id", { $0.assignee?.rawValue.databaseValue ?? .null }),
        ("queue", { $0.queue.databaseValue }),
        ("updated_at", { $0.updatedAt.timeIntervalSince1970.databaseValue }),
        ("last_activity_at", { $0.lastActivityAt.timeIntervalSince1970.databaseValue }),
        ("last_inbound_at", { seconds($0.lastInboundAt) }), ("last_outbound_at", { seconds($0.lastOutboundAt) }),
        ("first_response_at", { seconds($0.firstResponseAt) }), ("waiting_since", { seconds($0.waitingSince) }),
        ("response_due_at", { seconds($0.responseDueAt) }), ("tags", { $0.tags.joined(separator: ",").databaseValue }),
        ("sentiment", { $0.sentiment?.databaseValue ?? .null }),
    ]

    /// Writes a changed conversation if nobody else changed it since `expectedVersion`.
    ///
    /// Only the columns that differ from `previous` are written: SQLite rewrites every index
    /// on a column named in SET, changed or not, and a conversation is updated on every
    /// message. The subject is fixed when the conversation is created.
    func update(_ conversation: Conversation, previous: Conversation, expectedVersion: Int) throws {
        var assignments: [String] = []
        var values: [DatabaseValue] = []
        for column in Self.updatableColumns {
            let new = column.value(conversation)
            if new != column.value(previous) {
                assignments.append("\(column.name) = ?")
                values.append(new)
            }
        }
        assignments.append("version = ?")
        values += [conversation.version.databaseValue, conversation.id.rawValue.databaseValue, expectedVersion.databaseValue]
        let statement = try db.cachedStatement(sql:
            "UPDATE conversations SET \(assignments.joined(separator: ", ")) WHERE id = ? AND version = ?")
        try statement.run(binding: values, in: db)
        if db.changesCount == 0 {
            let actual = try Int.fetchOne(db, sql: "SELECT version FROM conversations WHERE id = ?", arguments: [conversation.id.rawValue])
            guard let actual else { throw StoreError.notFound(what: "conversation", id: conversation.id.description) }
            throw StoreError.versionConflict(conversation: conversation.id, expected: expectedVersion, actual: actual)
        }
    }

    /// A time as the REAL column stores it, or NULL.
    private static func seconds(_ date: Date?) -> DatabaseValue {
        date?.timeIntervalSince1970.databaseValue ?? .null
    }

    /// Built once (see `SQLiteIngestIndex`): found in the statement cache by its text.
    private static let insertMessageSQL = """
        INSERT INTO messages (conversation_id, customer_id, channel, direction, author_kind, author_name,
            author_agent_id, sent_at, subject, body, \(MessageDetailColumns.insertColumns), dedupe_key,
            raw_source_id, customer_identity, delivery)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \(MessageDetailColumns.insertPlaceholders), ?, ?, ?, ?)
        """

    private func insert(_ message: Message, rawSource: RawSourceID?, searchText: String?) throws -> MessageID {
        let statement = try db.cachedStatement(sql: Self.insertMessageSQL)
        // Once per message in bulk ingest: bound directly (see `Statement.run(binding:in:)`).
        var values: [DatabaseValue] = [
            message.conversationID.rawValue.databaseValue, message.customerID.rawValue.databaseValue,
            message.channel.rawValue.databaseValue, message.direction.rawValue.databaseValue,
            message.author.kind.rawValue.databaseValue, message.author.name.databaseValue,
            message.author.agentID?.rawValue.databaseValue ?? .null, message.sentAt.timeIntervalSince1970.databaseValue,
            message.subject?.databaseValue ?? .null, message.text.databaseValue,
        ]
        values += MessageDetailColumns.values(message)
        values.append(message.dedupeKey.databaseValue)
        values.append(rawSource?.rawValue.databaseValue ?? .null)
        values.append(message.customerIdentity.map(IdentityColumn.encode)?.databaseValue ?? .null)
        values.append(message.delivery?.rawValue.databaseValue ?? .null)
        try statement.run(binding: values, in: db)
        let id = MessageID(db.lastInsertedRowID)
        searchEntries.append(SearchEntry(messageID: id, text: searchText ?? SearchDocument.text(of: message)))
        return id
    }

    // MARK: - StoreWriter

    func upsertAgent(login: String, name: String, languages: [Language], role: Agent.Role, team: String) throws -> Agent {
        try db.execute(sql: """
            INSERT INTO agents (login, name, languages, role, team) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(login) DO UPDATE SET name = excluded.name, languages = excluded.languages,
                role = excluded.role, team = excluded.team
            """, arguments: [login, name, languages.map(\.rawValue).joined(separator: ","), role.rawValue, team])
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM agents WHERE login = ?", arguments: [login]) else {
            throw StoreError.notFound(what: "agent", id: login)
        }
        return RowDecoding.agent(row)
    }

    func recordPromise(conversation: ConversationID, message: MessageID?, text: String, madeAt: Date, dueAt: Date,
                       state: Promise.State, closedAt: Date?, kind: PromiseKind) throws -> Promise {
        guard let customer = try Int64.fetchOne(db.cachedStatement(sql: "SELECT customer_id FROM conversations WHERE id = ?"),
                                                arguments: [conversation.rawValue]) else {
            throw StoreError.notFound(what: "conversation", id: conversation.description)
        }
        let closed: Double? = state == .open ? nil : (closedAt ?? dueAt).timeIntervalSince1970
        try db.cachedStatement(sql: """
            INSERT INTO promises (conversation_id, customer_id, message_id, text, made_at, due_at, state, closed_at, kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [conversation.rawValue, customer, message?.rawValue, text, madeAt.timeIntervalSince1970,
                             dueAt.timeIntervalSince1970, state.rawValue, closed, kind.rawValue])
        return Promise(id: PromiseID(db.lastInsertedRowID), conversationID: conversation, customerID: CustomerID(customer),
                       messageID: message, text: text, madeAt: madeAt, dueAt: dueAt, state: state,
                       closedAt: closed.map(Date.init(timeIntervalSince1970:)), kind: kind)
    }

    func assign(conversation id: ConversationID, to agent: AgentID?, expectedVersion: Int?) throws -> Conversation {
        let previous = try load(id, expectedVersion: expectedVersion)
        var conversation = previous
        conversation.assignee = agent
        conversation.version += 1
        try update(conversation, previous: previous, expectedVersion: previous.version)
        return conversation
    }

    func setStatus(conversation id: ConversationID, to status: ConversationStatus, at: Date, expectedVersion: Int?) throws -> Conversation {
        let previous = try load(id, expectedVersion: expectedVersion)
        var conversation = previous
        conversation.status = status
        conversation.updatedAt = max(conversation.updatedAt, at)
        if !status.isActive || status == .pendingCustomer {
            // Nobody is waiting on us any more: the clock stops.
            conversation.waitingSince = nil
            conversation.responseDueAt = nil
        }
        conversation.version += 1
        try update(conversation, previous: previous, expectedVersion: previous.version)
        try db.cachedStatement(sql: "INSERT INTO status_changes (conversation_id, status, at) VALUES (?, ?, ?)")
            .execute(arguments: [id.rawValue, status.rawValue, at.timeIntervalSince1970])
        if !status.isActive {
            // A resolution fulfils the conversation's open promises that are not yet due.
            try db.cachedStatement(sql: """
                UPDATE promises SET state = 'kept', closed_at = ? WHERE conversation_id = ? AND state = 'open' AND due_at >= ?
                """).execute(arguments: [at.timeIntervalSince1970, id.rawValue, at.timeIntervalSince1970])
        }
        if status == .resolved && previous.status.isActive {
            try scheduleFollowUp(for: conversation, resolvedAt: at)
        } else if status.isActive && !previous.status.isActive {
            try cancelFollowUps(of: id, at: at, reason: "the conversation was reopened")
        }
        return conversation
    }

    func message(withDedupeKey key: String) throws -> Message? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(RowDecoding.messageColumns) FROM messages m WHERE m.dedupe_key = ?"),
                         arguments: [key]).map(RowDecoding.message)
    }

    private func load(_ id: ConversationID, expectedVersion: Int?) throws -> Conversation {
        let statement = try db.cachedStatement(sql: SQLiteIngestIndex.conversationSQL)
        guard let row = try Row.fetchOne(statement, arguments: [id.rawValue]) else {
            throw StoreError.notFound(what: "conversation", id: id.description)
        }
        let conversation = RowDecoding.conversation(row)
        if let expectedVersion, expectedVersion != conversation.version {
            throw StoreError.versionConflict(conversation: id, expected: expectedVersion, actual: conversation.version)
        }
        return conversation
    }
}
