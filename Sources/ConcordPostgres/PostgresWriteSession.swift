import Foundation
import ConcordStore
import ConversationEngine

/// The writes of one PostgreSQL transaction, and the `IngestIndex` the planner consults inside
/// it, so that deciding and writing are atomic. It mirrors `SQLiteWriteSession` statement for
/// statement (the conformance suite holds the two to the same results); the differences are
/// the dialect's: `RETURNING id`, `ON CONFLICT DO NOTHING`, `timestamptz` and boolean values,
/// and the search document written in the same transaction as its message.
struct PostgresWriteSession: StoreWriter {
    let session: PostgresSession
    let planner: IngestPlanner
    /// Acknowledgements, follow-ups and survey answers (see `StoreAutomation`).
    var automation: StoreAutomation = .off

    /// Everything ingest writes (the message, its conversation, routing, acknowledgement,
    /// follow-ups, survey answers, merge suggestions) concerns the customer it stores for and
    /// those it suggests merging with: consoles are told just those (`StoreChange.customers`).
    func ingest(_ event: InboundEvent, rawSource: RawSourceID?, preparation: IngestPreparation?) throws -> IngestOutcome {
        try session.touching { journal in
            let outcome = try ingestEvent(event, rawSource: rawSource, preparation: preparation)
            if case .stored(let receipt) = outcome {
                journal?.touch(receipt.customerID)
                receipt.mergeCandidates.forEach { journal?.touch($0) }
            }
            return outcome
        }
    }

    private func ingestEvent(_ event: InboundEvent, rawSource: RawSourceID?, preparation: IngestPreparation?) throws -> IngestOutcome {
        // A survey answer ("5", "отлично") joins the surveyed conversation without reopening it.
        let survey = try surveyAnswered(by: event)
        var event = event
        if let survey { event.thread.conversationID = survey.followUp.conversationID }
        switch try planner.plan(event, index: PostgresIngestIndex(session: session), reading: preparation?.reading) {
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
        guard case .store(let plan) = try planner.plan(event, index: PostgresIngestIndex(session: session)) else { return nil }
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
        for identity in plan.newIdentities {
            try session.execute("""
                INSERT INTO identities (kind, platform, value, customer_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, [identity.kind.rawValue, identity.platform, identity.value, customerID.rawValue])
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
        for key in plan.threadKeys {
            try session.execute("INSERT INTO thread_keys (key, conversation_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                                [key, conversationID.rawValue])
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

    /// A person's answer keeps the conversation's open promises to hear back made before it and
    /// not yet due; promises of a refund or a delivery are kept only by resolving the case.
    private func keepPromises(answeredBy message: Message, in conversation: ConversationID) throws {
        guard SLAEvent(message: message)?.kind == .humanResponse else { return }
        try session.execute("""
            UPDATE promises SET state = 'kept', closed_at = ?
            WHERE conversation_id = ? AND state = 'open' AND kind IN ('reply', 'update', 'callback') AND made_at < ? AND due_at >= ?
            """, [message.sentAt, conversation.rawValue, message.sentAt, message.sentAt])
    }

    // MARK: - Inserts and updates

    /// Names a customer who is still called by one of their own numbers or addresses (see
    /// `IngestPlan.learnedName`); a name anyone gave before stays.
    private func learn(_ name: PersonName, for customer: CustomerID) throws {
        try session.execute("""
            UPDATE customers SET display_name = ?, given_name = ?, family_name = ?, patronymic = ?, gender = ?
            WHERE id = ? AND display_name IN (
                SELECT value FROM identities WHERE customer_id = ? UNION ALL
                SELECT '@' || value FROM identities WHERE customer_id = ? AND kind = 'handle')
            """, [name.displayName, name.givenName, name.familyName, name.patronymic, name.gender.rawValue,
                  customer.rawValue, customer.rawValue, customer.rawValue])
    }

    private func insert(_ customer: Customer) throws -> CustomerID {
        CustomerID(try session.insert("""
            INSERT INTO customers (display_name, given_name, family_name, patronymic, gender, language, time_zone,
                                   customer_since, loyalty, notes, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                customer.name.displayName, customer.name.givenName, customer.name.familyName, customer.name.patronymic,
                customer.name.gender.rawValue, customer.language.rawValue, customer.timeZone, customer.customerSince,
                customer.loyalty.rawValue, customer.notes, customer.createdAt,
            ]))
    }

    private func insert(_ conversation: Conversation) throws -> ConversationID {
        ConversationID(try session.insert("""
            INSERT INTO conversations (customer_id, subject, subject_key, status, active, priority, assignee_id, queue,
                origin_channel, created_at, updated_at, last_activity_at, last_inbound_at, last_outbound_at,
                first_response_at, waiting_since, response_due_at, tags, version, sentiment)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                conversation.customerID.rawValue, conversation.subject, SubjectNormalizer.key(conversation.subject),
                conversation.status.rawValue, conversation.status.isActive, conversation.priority.rawValue,
                conversation.assignee?.rawValue, conversation.queue, conversation.originChannel.rawValue,
                conversation.createdAt, conversation.updatedAt, conversation.lastActivityAt, conversation.lastInboundAt,
                conversation.lastOutboundAt, conversation.firstResponseAt, conversation.waitingSince,
                conversation.responseDueAt, conversation.tags.joined(separator: ","), conversation.version, conversation.sentiment,
            ]))
    }

    /// The conversation columns an update may change, with how to read each from a conversation.
    private static let updatableColumns: [(name: String, value: @Sendable (Conversation) -> (any PostgresBindable & Sendable)?)] = [
        ("status", { $0.status.rawValue }), ("active", { $0.status.isActive }),
        ("priority", { $0.priority.rawValue }), ("assignee_id", { $0.assignee?.rawValue }),
        ("queue", { $0.queue }), ("updated_at", { $0.updatedAt }), ("last_activity_at", { $0.lastActivityAt }),
        ("last_inbound_at", { $0.lastInboundAt }), ("last_outbound_at", { $0.lastOutboundAt }),
        ("first_response_at", { $0.firstResponseAt }), ("waiting_since", { $0.waitingSince }),
        ("response_due_at", { $0.responseDueAt }), ("tags", { $0.tags.joined(separator: ",") }),
        ("sentiment", { $0.sentiment }),
    ]

    /// Writes a changed conversation if nobody else changed it since `expectedVersion`.
    func update(_ conversation: Conversation, previous: Conversation, expectedVersion: Int) throws {
        var assignments: [String] = []
        var values: [(any PostgresBindable)?] = []
        for column in Self.updatableColumns {
            assignments.append("\(column.name) = ?")
            values.append(column.value(conversation))
        }
        assignments.append("version = ?")
        values += [conversation.version, conversation.id.rawValue, expectedVersion]
        let changed = try session.execute(
            "UPDATE conversations SET \(assignments.joined(separator: ", ")) WHERE id = ? AND version = ?", values)
        if changed == 0 {
            let actual = try session.value("SELECT version FROM conversations WHERE id = ?", [conversation.id.rawValue], as: Int.self)
            guard let actual else { throw StoreError.notFound(what: "conversation", id: conversation.id.description) }
            throw StoreError.versionConflict(conversation: conversation.id, expected: expectedVersion, actual: actual)
        }
    }

    private func insert(_ message: Message, rawSource: RawSourceID?, searchText: String?) throws -> MessageID {
        let values: [(any PostgresBindable)?] = [
            message.conversationID.rawValue, message.customerID.rawValue, message.channel.rawValue, message.direction.rawValue,
            message.author.kind.rawValue, message.author.name, message.author.agentID?.rawValue, message.sentAt,
            message.subject, message.text,
            message.call?.direction.rawValue, message.call?.durationSeconds, message.call?.outcome.rawValue,
            message.call?.transcript, message.social?.visibility.rawValue, message.social?.url,
            message.social?.inReplyToPostID, message.email?.messageID, message.email?.inReplyTo,
            message.email.map { $0.references.joined(separator: " ") }, MessageDetailColumns.attachmentsJSON(message.attachments),
            message.dedupeKey, rawSource?.rawValue, message.customerIdentity.map(IdentityColumn.encode),
            message.delivery?.rawValue,
        ]
        let id = MessageID(try session.insert("""
            INSERT INTO messages (conversation_id, customer_id, channel, direction, author_kind, author_name,
                author_agent_id, sent_at, subject, body, call_direction, call_seconds, call_outcome, call_transcript,
                social_visibility, social_url, social_in_reply_to, email_message_id, email_in_reply_to, email_references,
                attachments, dedupe_key, raw_source_id, customer_identity, delivery)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, values))
        // Already the index text (`SearchDocument.text`), as the SQLite store indexes it.
        let indexText = searchText ?? SearchDocument.text(of: message)
        try session.execute("""
            INSERT INTO search_documents (message_id, customer_id, channel, index_text, document) VALUES (?, ?, ?, ?, ?::tsvector)
            """, [id.rawValue, message.customerID.rawValue, message.channel.rawValue, indexText,
                  try PostgresSearchText.vector(indexText)])
        return id
    }

    // MARK: - StoreWriter

    func upsertAgent(login: String, name: String, languages: [Language], role: Agent.Role, team: String) throws -> Agent {
        guard let row = try session.row("""
            INSERT INTO agents (login, name, languages, role, team) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (login) DO UPDATE SET name = excluded.name, languages = excluded.languages,
                role = excluded.role, team = excluded.team
            RETURNING *
            """, [login, name, languages.map(\.rawValue).joined(separator: ","), role.rawValue, team]) else {
            throw StoreError.notFound(what: "agent", id: login)
        }
        return try PostgresRowDecoding.agent(row)
    }

    func recordPromise(conversation: ConversationID, message: MessageID?, text: String, madeAt: Date, dueAt: Date,
                       state: Promise.State, closedAt: Date?, kind: PromiseKind) throws -> Promise {
        guard let customer = try session.value("SELECT customer_id FROM conversations WHERE id = ?", [conversation.rawValue],
                                               as: Int64.self) else {
            throw StoreError.notFound(what: "conversation", id: conversation.description)
        }
        let closed: Date? = state == .open ? nil : (closedAt ?? dueAt)
        let id = try session.insert("""
            INSERT INTO promises (conversation_id, customer_id, message_id, text, made_at, due_at, state, closed_at, kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [conversation.rawValue, customer, message?.rawValue, text, madeAt, dueAt, state.rawValue, closed, kind.rawValue])
        return Promise(id: PromiseID(id), conversationID: conversation, customerID: CustomerID(customer),
                       messageID: message, text: text, madeAt: madeAt, dueAt: dueAt, state: state, closedAt: closed, kind: kind)
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
        try session.execute("INSERT INTO status_changes (conversation_id, status, at) VALUES (?, ?, ?)",
                            [id.rawValue, status.rawValue, at])
        if !status.isActive {
            // A resolution fulfils the conversation's open promises that are not yet due.
            try session.execute("UPDATE promises SET state = 'kept', closed_at = ? WHERE conversation_id = ? AND state = 'open' AND due_at >= ?",
                                [at, id.rawValue, at])
        }
        if status == .resolved && previous.status.isActive {
            try scheduleFollowUp(for: conversation, resolvedAt: at)
        } else if status.isActive && !previous.status.isActive {
            try cancelFollowUps(of: id, at: at, reason: "the conversation was reopened")
        }
        return conversation
    }

    func message(withDedupeKey key: String) throws -> Message? {
        try session.row("SELECT \(PostgresRowDecoding.messageColumns) FROM messages m WHERE m.dedupe_key = ?", [key])
            .map(PostgresRowDecoding.message)
    }

    func load(_ id: ConversationID, expectedVersion: Int?) throws -> Conversation {
        guard let row = try session.row(PostgresIngestIndex.conversationSQL, [id.rawValue]) else {
            throw StoreError.notFound(what: "conversation", id: id.description)
        }
        let conversation = try PostgresRowDecoding.conversation(row)
        if let expectedVersion, expectedVersion != conversation.version {
            throw StoreError.versionConflict(conversation: id, expected: expectedVersion, actual: conversation.version)
        }
        return conversation
    }
}
