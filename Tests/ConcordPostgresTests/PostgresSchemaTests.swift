import ConcordPostgres
import ConcordStore
import ConcordTestSupport
import Foundation
import GRDB
import Testing

/// The PostgreSQL schema, applied to a real throwaway server, has the SQLite store's tables and
/// columns, and its search and name indexes work in all five languages.
@Suite("PostgreSQL schema", .serialized)
struct PostgresSchemaTests {
    private static func migrated() throws -> PostgresCluster {
        let cluster = try PostgresCluster()
        try cluster.psql(PostgresSchema.bookkeeping)
        for migration in PostgresSchema.migrations {
            try cluster.psql("BEGIN; \(migration.sql) INSERT INTO concord_migrations (identifier) VALUES ('\(migration.identifier)'); COMMIT;")
        }
        return cluster
    }

    @Test func everySQLiteTableAndColumnIsThere() throws {
        let cluster = try Self.migrated()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-pg-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("s.sqlite").path
        _ = try SQLiteStore(path: path)
        let sqlite = try DatabaseQueue(path: path)
        let expected: [String: Set<String>] = try sqlite.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                """)
            return try Dictionary(uniqueKeysWithValues: tables.map { table in
                (table, Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])))
            })
        }
        #expect(expected.count >= 16)
        for (table, columns) in expected {
            let found = try cluster.psql("""
                SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '\(table)'
                """).split(separator: "\n").map(String.init)
            #expect(Set(found) == columns, "\(table): PostgreSQL has \(Set(found).symmetricDifference(columns)) different")
        }
        #expect(try cluster.psql("SELECT identifier FROM concord_migrations ORDER BY identifier")
                == "v1-core\nv2-draft-basis\nv3-search-tokens\nv4-team\nv5-outbox-delivery\n")
    }

    @Test func searchFindsEveryLanguageByTheSameIndexText() throws {
        let cluster = try Self.migrated()
        let texts = ["Where is my refund?", "환불이 아직 안 됐어요", "退款什么时候到", "Где мой возврат?", "بازپرداخت من کجاست؟"]
        try cluster.psql("""
            INSERT INTO customers (display_name, language, created_at) VALUES ('Test', 'en', now());
            INSERT INTO conversations (customer_id, subject, subject_key, status, active, priority, queue, origin_channel,
                                       created_at, updated_at, last_activity_at, version)
                VALUES (1, 's', 's', 'open', true, 1, 'support', 'chat', now(), now(), now(), 1);
            """)
        for (index, text) in texts.enumerated() {
            let indexText = SearchTextNormalizer.indexText(text)
            let vector = try PostgresSearchText.vector(indexText).replacingOccurrences(of: "'", with: "''")
            try cluster.psql("""
                INSERT INTO messages (conversation_id, customer_id, channel, direction, author_kind, author_name, sent_at, body, dedupe_key)
                    VALUES (1, 1, 'chat', 'inbound', 'customer', 'Test', now(), 'x', 'k\(index)');
                INSERT INTO search_documents (message_id, customer_id, channel, index_text, document)
                    VALUES (\(index + 1), 1, 'chat', '\(indexText.replacingOccurrences(of: "'", with: "''"))', '\(vector)');
                """)
        }
        // Queries as the SQLite store's FTS5 sees them: words as prefixes, bigram runs as phrases.
        for (query, expected) in [("refund:*", "1"), ("환불:*", "2"), ("退款", "3"), ("возврат:*", "4"), ("بازپرداخت:*", "5")] {
            let found = try cluster.psql("""
                SELECT message_id FROM search_documents WHERE document @@ to_tsquery('simple', '\(query)') ORDER BY message_id
                """)
            #expect(found == expected + "\n", "\(query)")
        }
        #expect(try cluster.psql("""
            SELECT count(*) FROM search_documents WHERE document @@ to_tsquery('simple', 'refund:* & 환불:*')
            """) == "0\n")
    }

    @Test func namesAreFoundByAnyPartThroughTheTrigramIndex() throws {
        let cluster = try Self.migrated()
        try cluster.psql("""
            INSERT INTO customers (display_name, language, created_at) VALUES
                ('Сергей Иванов', 'ru', now()), ('김민준', 'ko', now()), ('Dana Whitfield', 'en', now());
            """)
        #expect(try cluster.psql("SELECT display_name FROM customers WHERE lower(display_name) LIKE '%иван%'") == "Сергей Иванов\n")
        #expect(try cluster.psql("SELECT display_name FROM customers WHERE lower(display_name) LIKE '%whit%'") == "Dana Whitfield\n")
        #expect(try cluster.psql("SELECT indexname FROM pg_indexes WHERE tablename = 'customers' AND indexname = 'customers_by_name'")
                == "customers_by_name\n")
    }
}
