import GRDB
import ConversationEngine

/// The SQLite schema, as an ordered list of migrations. Never edit a migration that has
/// shipped: add a new one, so every existing store upgrades in place.
enum SQLiteSchema {

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-core", migrate: createCore)
        migrator.registerMigration("v2-raw-sources-and-merges", migrate: addRawSourcesAndMerges)
        migrator.registerMigration("v3-status-history", migrate: addStatusHistory)
        migrator.registerMigration("v4-drafts", migrate: addDrafts)
        migrator.registerMigration("v5-acknowledgements-follow-ups", migrate: addAcknowledgementsAndFollowUps)
        migrator.registerMigration("v6-replies-and-triage", migrate: addRepliesAndTriage)
        migrator.registerMigration("v7-draft-basis", migrate: addDraftBasis)
        migrator.registerMigration("v8-team", migrate: addTeamMode)
        migrator.registerMigration("v9-outbox-delivery", migrate: addOutboxDelivery)
        return migrator
    }

    private static func createCore(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE customers (
                id INTEGER PRIMARY KEY,
                display_name TEXT NOT NULL,
                given_name TEXT,
                family_name TEXT,
                patronymic TEXT,
                gender TEXT NOT NULL DEFAULT 'unspecified',
                language TEXT NOT NULL,
                time_zone TEXT,
                customer_since REAL,
                loyalty TEXT NOT NULL DEFAULT 'none',
                notes TEXT NOT NULL DEFAULT '',
                created_at REAL NOT NULL
            );

            CREATE TABLE identities (
                kind TEXT NOT NULL,
                platform TEXT NOT NULL DEFAULT '',
                value TEXT NOT NULL,
                customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                PRIMARY KEY (kind, platform, value)
            ) WITHOUT ROWID;
            CREATE INDEX identities_by_customer ON identities(customer_id);

            CREATE TABLE agents (
                id INTEGER PRIMARY KEY,
                login TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                languages TEXT NOT NULL,
                role TEXT NOT NULL,
                team TEXT NOT NULL
            );

            CREATE TABLE conversations (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                subject TEXT NOT NULL,
                subject_key TEXT NOT NULL,
                status TEXT NOT NULL,
                -- 1 while the status is new, open or pending: kept by the writer so the partial
                -- queue indexes test one integer (a status IN (...) list would make SQLite build
                -- temporary tables on every update).
                active INTEGER NOT NULL,
                priority INTEGER NOT NULL,
                assignee_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
                queue TEXT NOT NULL,
                origin_channel TEXT NOT NULL,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                last_activity_at REAL NOT NULL,
                last_inbound_at REAL,
                last_outbound_at REAL,
                first_response_at REAL,
                waiting_since REAL,
                response_due_at REAL,
                tags TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL
            );
            CREATE INDEX conversations_queue_due ON conversations(
                coalesce(response_due_at, 9e15), priority DESC, id) WHERE active = 1;
            CREATE INDEX conversations_queue_wait ON conversations(
                coalesce(waiting_since, 9e15), id) WHERE active = 1;
            CREATE INDEX conversations_by_customer ON conversations(customer_id, last_activity_at);
            CREATE INDEX conversations_by_subject ON conversations(customer_id, subject_key);

            CREATE TABLE thread_keys (
                key TEXT PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE
            ) WITHOUT ROWID;
            CREATE INDEX thread_keys_by_conversation ON thread_keys(conversation_id);

            CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                channel TEXT NOT NULL,
                direction TEXT NOT NULL,
                author_kind TEXT NOT NULL,
                author_name TEXT NOT NULL,
                author_agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
                sent_at REAL NOT NULL,
                subject TEXT,
                body TEXT NOT NULL,
                call_direction TEXT,
                call_seconds INTEGER,
                call_outcome TEXT,
                call_transcript TEXT,
                social_visibility TEXT,
                social_url TEXT,
                social_in_reply_to TEXT,
                email_message_id TEXT,
                email_in_reply_to TEXT,
                email_references TEXT,
                attachments TEXT,
                dedupe_key TEXT NOT NULL UNIQUE
            );
            CREATE INDEX messages_by_customer ON messages(customer_id, sent_at, id);
            CREATE INDEX messages_by_conversation ON messages(conversation_id, sent_at, id);

            CREATE TABLE promises (
                id INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
                text TEXT NOT NULL,
                made_at REAL NOT NULL,
                due_at REAL NOT NULL,
                state TEXT NOT NULL,
                closed_at REAL
            );
            CREATE INDEX promises_by_customer ON promises(customer_id, due_at);
            CREATE INDEX promises_open_by_conversation ON promises(conversation_id, due_at) WHERE state = 'open';

            """)
    }

    /// Keeps every source item's bytes (content-addressed) with what became of it, links
    /// messages to the item they came from and to the customer identity they used, and records
    /// merge suggestions and merges (so a merge can be undone).
    private static func addRawSourcesAndMerges(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE raw_sources (
                id INTEGER PRIMARY KEY,
                digest TEXT NOT NULL UNIQUE,
                format TEXT NOT NULL,
                origin TEXT NOT NULL,
                received_at REAL,
                stored_at REAL NOT NULL,
                size INTEGER NOT NULL,
                data BLOB NOT NULL,
                encoding TEXT NOT NULL DEFAULT 'none',
                state TEXT NOT NULL,
                reason TEXT,
                warnings TEXT NOT NULL DEFAULT '',
                events INTEGER NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX raw_sources_unfinished ON raw_sources(state, id) WHERE state <> 'ingested';

            ALTER TABLE messages ADD COLUMN raw_source_id INTEGER REFERENCES raw_sources(id) ON DELETE SET NULL;
            ALTER TABLE messages ADD COLUMN customer_identity TEXT;

            ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id);
            CREATE INDEX customers_by_name ON customers(display_name COLLATE NOCASE);

            CREATE TABLE merge_suggestions (
                id INTEGER PRIMARY KEY,
                customer_a INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                customer_b INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                score REAL NOT NULL,
                evidence TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'open',
                created_at REAL NOT NULL,
                UNIQUE (customer_a, customer_b, evidence)
            );
            CREATE INDEX merge_suggestions_by_b ON merge_suggestions(customer_b);

            CREATE TABLE customer_merges (
                id INTEGER PRIMARY KEY,
                survivor_id INTEGER NOT NULL REFERENCES customers(id),
                merged_id INTEGER NOT NULL REFERENCES customers(id),
                merged_at REAL NOT NULL,
                identities TEXT NOT NULL,
                conversations TEXT NOT NULL,
                undone_at REAL
            );
            CREATE INDEX customer_merges_by_customer ON customer_merges(survivor_id, merged_id);
            """)
    }

    /// Keeps every status change of a conversation (SLA clocks pause while a conversation is
    /// pending on the customer, so they need the history, not just the current status), what
    /// each promise commits to, and settings the store remembers about itself, such as which SLA
    /// policy its due times follow.
    private static func addStatusHistory(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE status_changes (
                id INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                at REAL NOT NULL
            );
            CREATE INDEX status_changes_by_conversation ON status_changes(conversation_id, at);

            ALTER TABLE promises ADD COLUMN kind TEXT NOT NULL DEFAULT 'other';

            CREATE TABLE store_settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            """)
    }

    /// One reply draft per conversation (issue 4): kept while the agent writes, restored when
    /// they come back, and in the shape sending (issue 5) needs.
    /// The latest message a draft's author had read, so a reply to a conversation that moved on is held.
    private static func addDraftBasis(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE drafts ADD COLUMN basis_message_id INTEGER")
    }

    /// Team mode (issue 6): each agent's status, capacity and round-robin turn; who is looking
    /// at or answering which conversation (presence, one row per agent, refreshed by their
    /// console's heartbeat); supervisors' broadcasts; and the audit log. Audit rows name customers and conversations
    /// by id only and carry no personal data, so they outlive an erasure.
    /// Delivering the outbox (issue 7): when a retried item is next due, the lease a dispatcher
    /// holds while it delivers one (another dispatcher, or the same after a crash, takes it
    /// only when the lease has run out), and the note the timeline shows beside a delivery.
    private static func addOutboxDelivery(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE outbox ADD COLUMN next_attempt_at REAL;
            ALTER TABLE outbox ADD COLUMN leased_until REAL;
            ALTER TABLE messages ADD COLUMN delivery_note TEXT;
            CREATE INDEX outbox_due ON outbox(coalesce(next_attempt_at, 0), id) WHERE state = 'queued';
            """)
    }

    private static func addTeamMode(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE agents ADD COLUMN status TEXT NOT NULL DEFAULT 'available';
            ALTER TABLE agents ADD COLUMN status_since REAL;
            ALTER TABLE agents ADD COLUMN capacity INTEGER NOT NULL DEFAULT 5;
            ALTER TABLE agents ADD COLUMN last_routed_at REAL;
            ALTER TABLE agents ADD COLUMN routing_turn INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX conversations_by_assignee ON conversations(assignee_id) WHERE active = 1;
            -- The supervisor screen: new conversations per hour, and open promises past due.
            CREATE INDEX conversations_by_creation ON conversations(created_at, origin_channel);
            CREATE INDEX promises_open_due ON promises(due_at) WHERE state = 'open';

            CREATE TABLE presence (
                agent_id INTEGER PRIMARY KEY REFERENCES agents(id) ON DELETE CASCADE,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                activity TEXT NOT NULL,
                seen_at REAL NOT NULL
            );
            CREATE INDEX presence_by_customer ON presence(customer_id, seen_at);

            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at REAL NOT NULL,
                actor TEXT NOT NULL,
                role TEXT NOT NULL,
                action TEXT NOT NULL,
                subject_kind TEXT NOT NULL,
                subject_id INTEGER,
                detail TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX audit_log_by_time ON audit_log(at, id);
            CREATE INDEX audit_log_by_subject ON audit_log(subject_kind, subject_id);

            CREATE TABLE broadcasts (
                id INTEGER PRIMARY KEY,
                at REAL NOT NULL,
                author TEXT NOT NULL,
                author_name TEXT NOT NULL,
                team TEXT,
                text TEXT NOT NULL
            );
            """)
    }

    private static func addDrafts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE drafts (
                conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
                text TEXT NOT NULL,
                channel TEXT,
                language TEXT,
                phrase_ids TEXT NOT NULL DEFAULT '',
                answer_ids TEXT NOT NULL DEFAULT '',
                author TEXT,
                updated_at REAL NOT NULL
            );
            """)
    }

    /// The outbox of messages Concord decided to send (acknowledgements, follow-ups; the
    /// dispatcher delivers them later, once per idempotency key), follow-up tasks after a
    /// resolution, and the satisfaction ratings customers give. Customers are reached through
    /// the conversation, so merges and splits need no extra bookkeeping here.
    static func addAcknowledgementsAndFollowUps(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
                kind TEXT NOT NULL,
                channel TEXT NOT NULL,
                recipient TEXT NOT NULL,
                subject TEXT,
                body TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL DEFAULT 'queued',
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                created_at REAL NOT NULL
            );
            CREATE INDEX outbox_by_state ON outbox(state, id);
            CREATE INDEX outbox_by_conversation ON outbox(conversation_id);

            CREATE TABLE follow_ups (
                id INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                fix_channel TEXT NOT NULL,
                channel TEXT,
                recipient TEXT,
                resolved_at REAL NOT NULL,
                due_at REAL NOT NULL,
                state TEXT NOT NULL,
                survey_token TEXT UNIQUE,
                agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
                outbox_id INTEGER REFERENCES outbox(id) ON DELETE SET NULL,
                queued_at REAL,
                closed_at REAL,
                reason TEXT,
                UNIQUE (conversation_id, resolved_at)
            );
            CREATE INDEX follow_ups_due ON follow_ups(due_at) WHERE state = 'scheduled';
            CREATE INDEX follow_ups_by_conversation ON follow_ups(conversation_id, state);
            CREATE INDEX follow_ups_surveys ON follow_ups(queued_at) WHERE survey_token IS NOT NULL;

            CREATE TABLE satisfaction (
                id INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                comment TEXT,
                at REAL NOT NULL,
                message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
                channel TEXT NOT NULL,
                agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
                follow_up_id INTEGER REFERENCES follow_ups(id) ON DELETE SET NULL,
                source TEXT NOT NULL
            );
            CREATE INDEX satisfaction_by_time ON satisfaction(at);
            CREATE INDEX satisfaction_by_conversation ON satisfaction(conversation_id);
            CREATE UNIQUE INDEX satisfaction_by_follow_up ON satisfaction(follow_up_id) WHERE follow_up_id IS NOT NULL;
            """)
    }

    /// Replying and triage (issue 5): the delivery state of the messages Concord sends (pending
    /// until the outbox item is sent), the threading headers and the warnings the agent sent a
    /// reply despite on each outbox item, and each conversation's sentiment (how the customer
    /// sounded last) with a queue index that puts the angriest first. Existing outbox messages
    /// take their item's state, and active conversations the sentiment of their latest
    /// customer message.
    static func addRepliesAndTriage(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE messages ADD COLUMN delivery TEXT;
            ALTER TABLE conversations ADD COLUMN sentiment REAL;
            ALTER TABLE outbox ADD COLUMN email_message_id TEXT;
            ALTER TABLE outbox ADD COLUMN in_reply_to TEXT;
            ALTER TABLE outbox ADD COLUMN "references" TEXT NOT NULL DEFAULT '';
            ALTER TABLE outbox ADD COLUMN warnings TEXT NOT NULL DEFAULT '';
            ALTER TABLE outbox ADD COLUMN author_agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL;
            ALTER TABLE outbox ADD COLUMN updated_at REAL;
            CREATE INDEX outbox_by_message ON outbox(message_id) WHERE message_id IS NOT NULL;
            CREATE INDEX conversations_queue_sentiment ON conversations(
                coalesce(sentiment, 0), coalesce(response_due_at, 9e15), priority DESC, id) WHERE active = 1;

            UPDATE messages SET delivery = (
                SELECT CASE o.state WHEN 'queued' THEN 'pending' ELSE o.state END FROM outbox o WHERE o.message_id = messages.id)
            WHERE id IN (SELECT message_id FROM outbox WHERE message_id IS NOT NULL);
            """)
        let latest = try Row.fetchAll(db, sql: """
            SELECT c.id, m.body, m.call_transcript, cu.language
            FROM conversations c
            JOIN customers cu ON cu.id = c.customer_id
            JOIN messages m ON m.id = (SELECT m2.id FROM messages m2 WHERE m2.conversation_id = c.id AND m2.direction = 'inbound'
                                       ORDER BY m2.sent_at DESC, m2.id DESC LIMIT 1)
            WHERE c.active = 1
            """)
        let update = try db.makeStatement(sql: "UPDATE conversations SET sentiment = ? WHERE id = ?")
        for row in latest {
            let body: String = row[1]
            let text = body.isEmpty ? (row[2] as String?) ?? "" : body
            guard let sentiment = Sentiment.ofCustomerMessage(text, preferred: Language(rawValue: row[3])) else { continue }
            try update.execute(arguments: [sentiment, row[0] as Int64])
        }
    }
}
