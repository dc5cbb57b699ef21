import Foundation

/// The PostgreSQL store's tables, as numbered migrations applied in order, each once.
///
/// The tables and columns are the SQLite store's (`SQLiteSchema`, all six of its migrations
/// folded into the first one here), so the two stores answer the same conformance suite, with
/// the types an operator expects to query by hand: times are `timestamptz` (the SQLite store
/// keeps seconds since 1970), flags are `boolean`, ids are identity columns, raw bytes `bytea`.
/// The queue's partial indexes keep their shape, with `'infinity'` where SQLite sorts a missing
/// due time last with 9e15.
///
/// Search: each message's index text (`SearchTextNormalizer.indexText`: lower case, Persian
/// spellings folded, Han, kana and Hangul as overlapping bigrams) is kept with a text-search
/// vector of the tokens SQLite's FTS5 index makes of it (`PostgresSearchText`, since "v3") under
/// a GIN index, so the same query words find the same messages in all five languages without a
/// language-specific dictionary; names and identities get `pg_trgm` indexes for the console's
/// "any part of the name" lookups.
public enum PostgresSchema {
    /// A migration: its identifier (recorded in `concord_migrations`) and its statements.
    public struct Migration: Sendable {
        public let identifier: String
        public let sql: String

        /// The statements one by one: PostgreSQL's extended protocol, which PostgresNIO speaks,
        /// takes a single statement per query. Statements here end with ";" at a line's end
        /// and never contain one there.
        public var statements: [String] {
            sql.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
                .filter { statement in
                    !statement.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
                }
        }
    }

    /// Creates the table that records applied migrations; safe to run every time.
    public static let bookkeeping = """
        CREATE TABLE IF NOT EXISTS concord_migrations (
            identifier text PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        """

    public static let migrations: [Migration] = [
        Migration(identifier: "v1-core", sql: core),
        // The latest message a draft's author had read (stale-send protection; SQLite's v7).
        Migration(identifier: "v2-draft-basis", sql: "ALTER TABLE drafts ADD COLUMN basis_message_id bigint;"),
        // The search vector is written by the store from the SQLite index's own tokens
        // (`PostgresSearchText`) instead of PostgreSQL's parser; vectors already written stay.
        Migration(identifier: "v3-search-tokens", sql: """
            ALTER TABLE search_documents ALTER COLUMN document DROP EXPRESSION;
            ALTER TABLE search_documents ALTER COLUMN document SET NOT NULL;
            """),
        // Agents' status, capacity and round-robin turn; presence; broadcasts; the audit log (SQLite's v8).
        Migration(identifier: "v4-team", sql: """
            ALTER TABLE agents ADD COLUMN status text NOT NULL DEFAULT 'available';
            ALTER TABLE agents ADD COLUMN status_since timestamptz;
            ALTER TABLE agents ADD COLUMN capacity integer NOT NULL DEFAULT 5;
            ALTER TABLE agents ADD COLUMN last_routed_at timestamptz;
            ALTER TABLE agents ADD COLUMN routing_turn bigint NOT NULL DEFAULT 0;
            CREATE INDEX conversations_by_assignee ON conversations(assignee_id) WHERE active;
            CREATE INDEX conversations_by_creation ON conversations(created_at, origin_channel);
            CREATE INDEX promises_open_due ON promises(due_at) WHERE state = 'open';
            CREATE TABLE presence (
                agent_id bigint PRIMARY KEY REFERENCES agents(id) ON DELETE CASCADE,
                conversation_id bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                activity text NOT NULL,
                seen_at timestamptz NOT NULL
            );
            CREATE INDEX presence_by_customer ON presence(customer_id, seen_at);
            -- Foreign-key actions of an erasure (deleting a source item, a message) look up the rows
            -- referring to it; without these each deleted row would scan the whole table. SQLite
            -- builds the same indexes inside the erasure's transaction instead (ingest-speed bound).
            CREATE INDEX messages_by_raw_source ON messages(raw_source_id) WHERE raw_source_id IS NOT NULL;
            CREATE INDEX promises_by_message ON promises(message_id) WHERE message_id IS NOT NULL;
            CREATE INDEX satisfaction_by_message ON satisfaction(message_id) WHERE message_id IS NOT NULL;
            CREATE TABLE audit_log (
                id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL,
                actor text NOT NULL,
                role text NOT NULL,
                action text NOT NULL,
                subject_kind text NOT NULL,
                subject_id bigint,
                detail text NOT NULL DEFAULT ''
            );
            CREATE INDEX audit_log_by_time ON audit_log(at, id);
            CREATE INDEX audit_log_by_subject ON audit_log(subject_kind, subject_id);
            CREATE TABLE broadcasts (
                id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL,
                author text NOT NULL,
                author_name text NOT NULL,
                team text,
                text text NOT NULL
            );
            """),
        // Delivering the outbox: retry time, a dispatcher's lease, the timeline's delivery note (SQLite's v9).
        Migration(identifier: "v5-outbox-delivery", sql: """
            ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz;
            ALTER TABLE outbox ADD COLUMN leased_until timestamptz;
            ALTER TABLE messages ADD COLUMN delivery_note text;
            CREATE INDEX outbox_due ON outbox(coalesce(next_attempt_at, '-infinity'), id) WHERE state = 'queued';
            """),
    ]

    private static let core = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;

        CREATE TABLE customers (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            display_name text NOT NULL,
            given_name text,
            family_name text,
            patronymic text,
            gender text NOT NULL DEFAULT 'unspecified',
            language text NOT NULL,
            time_zone text,
            customer_since timestamptz,
            loyalty text NOT NULL DEFAULT 'none',
            notes text NOT NULL DEFAULT '',
            created_at timestamptz NOT NULL,
            merged_into bigint REFERENCES customers(id)
        );
        CREATE INDEX customers_by_name ON customers USING gin (lower(display_name) gin_trgm_ops);

        CREATE TABLE identities (
            kind text NOT NULL,
            platform text NOT NULL DEFAULT '',
            value text NOT NULL,
            customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            PRIMARY KEY (kind, platform, value)
        );
        CREATE INDEX identities_by_customer ON identities(customer_id);
        CREATE INDEX identities_by_value ON identities USING gin (lower(value) gin_trgm_ops);

        CREATE TABLE agents (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            login text NOT NULL UNIQUE,
            name text NOT NULL,
            languages text NOT NULL,
            role text NOT NULL,
            team text NOT NULL
        );

        CREATE TABLE conversations (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            subject text NOT NULL,
            subject_key text NOT NULL,
            status text NOT NULL,
            -- True while the status is new, open or pending: the queue's partial indexes test it.
            active boolean NOT NULL,
            priority integer NOT NULL,
            assignee_id bigint REFERENCES agents(id) ON DELETE SET NULL,
            queue text NOT NULL,
            origin_channel text NOT NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            last_activity_at timestamptz NOT NULL,
            last_inbound_at timestamptz,
            last_outbound_at timestamptz,
            first_response_at timestamptz,
            waiting_since timestamptz,
            response_due_at timestamptz,
            tags text NOT NULL DEFAULT '',
            version bigint NOT NULL,
            sentiment double precision
        );
        CREATE INDEX conversations_queue_due ON conversations(
            coalesce(response_due_at, 'infinity'), priority DESC, id) WHERE active;
        CREATE INDEX conversations_queue_wait ON conversations(
            coalesce(waiting_since, 'infinity'), id) WHERE active;
        CREATE INDEX conversations_queue_sentiment ON conversations(
            coalesce(sentiment, 0), coalesce(response_due_at, 'infinity'), priority DESC, id) WHERE active;
        CREATE INDEX conversations_by_customer ON conversations(customer_id, last_activity_at);
        CREATE INDEX conversations_by_subject ON conversations(customer_id, subject_key);

        CREATE TABLE thread_keys (
            key text PRIMARY KEY,
            conversation_id bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE
        );
        CREATE INDEX thread_keys_by_conversation ON thread_keys(conversation_id);

        CREATE TABLE messages (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            conversation_id bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            channel text NOT NULL,
            direction text NOT NULL,
            author_kind text NOT NULL,
            author_name text NOT NULL,
            author_agent_id bigint REFERENCES agents(id) ON DELETE SET NULL,
            sent_at timestamptz NOT NULL,
            subject text,
            body text NOT NULL,
            call_direction text,
            call_seconds integer,
            call_outcome text,
            call_transcript text,
            social_visibility text,
            social_url text,
            social_in_reply_to text,
            email_message_id text,
            email_in_reply_to text,
            email_references text,
            attachments text,
            dedupe_key text NOT NULL UNIQUE,
            raw_source_id bigint,
            customer_identity text,
            delivery text
        );
        CREATE INDEX messages_by_customer ON messages(customer_id, sent_at, id);
        CREATE INDEX messages_by_conversation ON messages(conversation_id, sent_at, id);

        CREATE TABLE search_documents (
            message_id bigint PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
            customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            channel text NOT NULL,
            index_text text NOT NULL,
            document tsvector GENERATED ALWAYS AS (to_tsvector('simple', index_text)) STORED
        );
        CREATE INDEX search_documents_by_words ON search_documents USING gin (document);
        CREATE INDEX search_documents_by_customer ON search_documents(customer_id);

        CREATE TABLE promises (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            conversation_id bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            message_id bigint REFERENCES messages(id) ON DELETE SET NULL,
            text text NOT NULL,
            made_at timestamptz NOT NULL,
            due_at timestamptz NOT NULL,
            state text NOT NULL,
            closed_at timestamptz,
            kind text NOT NULL DEFAULT 'other'
        );
        CREATE INDEX promises_by_customer ON promises(customer_id, due_at);
        CREATE INDEX promises_open_by_conversation ON promises(conversation_id, due_at) WHERE state = 'open';

        CREATE TABLE raw_sources (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            digest text NOT NULL UNIQUE,
            format text NOT NULL,
            origin text NOT NULL,
            received_at timestamptz,
            stored_at timestamptz NOT NULL,
            size bigint NOT NULL,
            data bytea NOT NULL,
            encoding text NOT NULL DEFAULT 'none',
            state text NOT NULL,
            reason text,
            warnings text NOT NULL DEFAULT '',
            events integer NOT NULL DEFAULT 0,
            attempts integer NOT NULL DEFAULT 0
        );
        CREATE INDEX raw_sources_unfinished ON raw_sources(state, id) WHERE state <> 'ingested';
        ALTER TABLE messages ADD FOREIGN KEY (raw_source_id) REFERENCES raw_sources(id) ON DELETE SET NULL;

        CREATE TABLE merge_suggestions (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            customer_a bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            customer_b bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            score double precision NOT NULL,
            evidence text NOT NULL,
            state text NOT NULL DEFAULT 'open',
            created_at timestamptz NOT NULL,
            UNIQUE (customer_a, customer_b, evidence)
        );
        CREATE INDEX merge_suggestions_by_b ON merge_suggestions(customer_b);

        CREATE TABLE customer_merges (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            survivor_id bigint NOT NULL REFERENCES customers(id),
            merged_id bigint NOT NULL REFERENCES customers(id),
            merged_at timestamptz NOT NULL,
            identities text NOT NULL,
            conversations text NOT NULL,
            undone_at timestamptz
        );
        CREATE INDEX customer_merges_by_customer ON customer_merges(survivor_id, merged_id);

        CREATE TABLE status_changes (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            conversation_id bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            status text NOT NULL,
            at timestamptz NOT NULL
        );
        CREATE INDEX status_changes_by_conversation ON status_changes(conversation_id, at);

        CREATE TABLE store_settings (
            key text PRIMARY KEY,
            value text NOT NULL
        );

        CREATE TABLE drafts (
            conversation_id bigint PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
            text text NOT NULL,
            channel text,
            language text,
            phrase_ids text NOT NULL DEFAULT '',
            answer_ids text NOT NULL DEFAULT '',
            author text,
            updated_at timestamptz NOT NULL
        );

        CREATE TABLE outbox (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            conversation_id bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            message_id bigint REFERENCES messages(id) ON DELETE SET NULL,
            kind text NOT NULL,
            channel text NOT NULL,
            recipient text NOT NULL,
            subject text,
            body text NOT NULL,
            idempotency_key text NOT NULL UNIQUE,
            state text NOT NULL DEFAULT 'queued',
            attempts integer NOT NULL DEFAULT 0,
            last_error text,
            created_at timestamptz NOT NULL,
            email_message_id text,
            in_reply_to text,
            "references" text NOT NULL DEFAULT '',
            warnings text NOT NULL DEFAULT '',
            author_agent_id bigint REFERENCES agents(id) ON DELETE SET NULL,
            updated_at timestamptz
        );
        CREATE INDEX outbox_by_state ON outbox(state, id);
        CREATE INDEX outbox_by_conversation ON outbox(conversation_id);
        CREATE INDEX outbox_by_message ON outbox(message_id) WHERE message_id IS NOT NULL;

        CREATE TABLE follow_ups (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            conversation_id bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            fix_channel text NOT NULL,
            channel text,
            recipient text,
            resolved_at timestamptz NOT NULL,
            due_at timestamptz NOT NULL,
            state text NOT NULL,
            survey_token text UNIQUE,
            agent_id bigint REFERENCES agents(id) ON DELETE SET NULL,
            outbox_id bigint REFERENCES outbox(id) ON DELETE SET NULL,
            queued_at timestamptz,
            closed_at timestamptz,
            reason text,
            UNIQUE (conversation_id, resolved_at)
        );
        CREATE INDEX follow_ups_due ON follow_ups(due_at) WHERE state = 'scheduled';
        CREATE INDEX follow_ups_by_conversation ON follow_ups(conversation_id, state);
        CREATE INDEX follow_ups_surveys ON follow_ups(queued_at) WHERE survey_token IS NOT NULL;

        CREATE TABLE satisfaction (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            conversation_id bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            score integer NOT NULL CHECK (score BETWEEN 1 AND 5),
            comment text,
            at timestamptz NOT NULL,
            message_id bigint REFERENCES messages(id) ON DELETE SET NULL,
            channel text NOT NULL,
            agent_id bigint REFERENCES agents(id) ON DELETE SET NULL,
            follow_up_id bigint REFERENCES follow_ups(id) ON DELETE SET NULL,
            source text NOT NULL
        );
        CREATE INDEX satisfaction_by_time ON satisfaction(at);
        CREATE INDEX satisfaction_by_conversation ON satisfaction(conversation_id);
        CREATE UNIQUE INDEX satisfaction_by_follow_up ON satisfaction(follow_up_id) WHERE follow_up_id IS NOT NULL;
        """
}
