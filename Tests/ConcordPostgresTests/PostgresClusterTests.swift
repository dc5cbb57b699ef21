import Foundation
import Testing
import ConcordTestSupport

/// The throwaway server every PostgreSQL test runs against starts, answers, keeps tests apart
/// and leaves nothing behind.
@Suite("Test PostgreSQL cluster", .serialized)
struct PostgresClusterTests {
    @Test func startsAnswersAndCleansUp() throws {
        let cluster = try PostgresCluster()
        #expect(try cluster.psql("SELECT 40 + 2") == "42\n")
        #expect(try cluster.psql("SHOW server_encoding") == "UTF8\n")
        try cluster.createDatabase("concord_test")
        try cluster.psql("CREATE TABLE notes (body text); INSERT INTO notes VALUES ('환불 退款 возврат بازپرداخت')",
                         database: "concord_test")
        #expect(try cluster.psql("SELECT body FROM notes", database: "concord_test") == "환불 退款 возврат بازپرداخت\n")
        #expect(cluster.url == "postgres://concord@127.0.0.1:\(cluster.port)/postgres")
        let socket = cluster.socketDirectory
        cluster.stop()
        #expect(!FileManager.default.fileExists(atPath: socket))
        #expect(throws: PostgresCluster.Failure.self) { try cluster.psql("SELECT 1") }
    }

    @Test func twoClustersRunSideBySide() throws {
        let first = try PostgresCluster(), second = try PostgresCluster()
        #expect(first.port != second.port)
        try first.psql("CREATE TABLE only_here (id int)")
        #expect(try second.psql("SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'") == "0\n")
    }

    @Test func aFailingStatementSaysWhat() throws {
        let cluster = try PostgresCluster()
        do {
            try cluster.psql("SELECT * FROM no_such_table")
            Issue.record("the statement should fail")
        } catch let failure as PostgresCluster.Failure {
            #expect(failure.description.contains("no_such_table"))
        }
    }
}
