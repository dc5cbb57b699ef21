import ConcordPostgres
import ConcordTestSupport
import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `concord migrate` and every store's start bring a database to the current schema once, even
/// when several processes start against a new database at the same moment.
@Suite("PostgreSQL migrations")
struct PostgresMigratorTests {
    private static func freshDatabase() throws -> PostgresDatabaseURL {
        try PostgresDatabaseURL(PostgresCluster.shared().makeDatabase(prefix: "migrate"))
    }

    @Test func migratingTwiceAppliesEverythingOnceAndThenNothing() throws {
        let url = try Self.freshDatabase()
        let connection = try BlockingPostgresConnection(url)
        #expect(try PostgresMigrator.migrate(connection) == PostgresSchema.migrations.map(\.identifier))
        #expect(try PostgresMigrator.migrate(connection) == [])
        #expect(try PostgresMigrator.applied(connection) == PostgresSchema.migrations.map(\.identifier))
        let tables = try connection.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        #expect(tables.contains("messages") && tables.contains("search_documents") && tables.contains("concord_migrations"))
    }

    @Test func processesStartingTogetherMigrateOnceBetweenThem() throws {
        let url = try Self.freshDatabase()
        let applied = Mutex<[[String]]>([])
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            do {
                let connection = try BlockingPostgresConnection(url)
                let now = try PostgresMigrator.migrate(connection)
                applied.withLock { $0.append(now) }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let results = applied.withLock { $0 }
        #expect(results.count == 6)
        #expect(results.filter { !$0.isEmpty } == [PostgresSchema.migrations.map(\.identifier)])
    }

    @Test func aFailingMigrationLeavesTheDatabaseAsItWas() throws {
        let url = try Self.freshDatabase()
        let connection = try BlockingPostgresConnection(url)
        // Someone made a table by hand that the first migration wants to create.
        try connection.execute("CREATE TABLE customers (id integer)")
        #expect(throws: PostgresFailure.self) { try PostgresMigrator.migrate(connection) }
        #expect(try PostgresMigrator.applied(connection) == [])
        let tables = try connection.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        #expect(tables == ["customers"])
    }

    @Test func serverErrorsSayWhatConcordWasDoing() throws {
        let url = try Self.freshDatabase()
        let connection = try BlockingPostgresConnection(url)
        do {
            try connection.execute("SELECT * FROM no_such_table")
            Issue.record("no error")
        } catch {
            #expect(error.code == "42P01")
            #expect(error.description.contains("no_such_table"))
            #expect(error.description.hasPrefix("PostgreSQL could not run SELECT * FROM no_such_table"))
        }
    }

    @Test func anUnreachableServerIsAClearError() throws {
        let cluster = try PostgresCluster.shared()
        var url = try PostgresDatabaseURL(cluster.url)
        url.port = try Self.closedPort()
        do {
            _ = try BlockingPostgresConnection(url)
            Issue.record("connected to a closed port")
        } catch {
            #expect(error.description.hasPrefix("PostgreSQL could not connect to 127.0.0.1:\(url.port)/postgres as concord"))
        }
        var missing = try PostgresDatabaseURL(cluster.url)
        missing.database = "no_such_database"
        #expect(throws: PostgresFailure.self) { _ = try BlockingPostgresConnection(missing) }
    }

    /// A loopback port nothing listens on (one the kernel just handed out and took back).
    private static func closedPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
