import Foundation
import GRDB
import Testing
@testable import ConcordStore
import ConversationEngine

@Suite("Opening the SQLite store")
struct SQLiteStoreOpeningTests {
    @Test func migratesAnEmptyFileAndReopensAnExistingOneWithoutLosingAnything() throws {
        let fixture = try StoreFixture()
        let outcome = try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+821011112222")!, id: "s1", text: "안녕하세요"))
        try fixture.reopen()
        try fixture.reopen()
        #expect(try fixture.store.statistics().messages == 1)
        #expect(try fixture.store.message(outcome.messageID)?.text == "안녕하세요")
        // Ingesting the same event after a restart is still a no-op.
        #expect(try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+821011112222")!, id: "s1", text: "안녕하세요")).isDuplicate)
    }

    @Test func usesWALForeignKeysAndABusyTimeout() throws {
        let fixture = try StoreFixture()
        let store = try #require(fixture.store as? SQLiteStore)
        let (journal, foreignKeys) = try store.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
    }

    @Test func aReceiversStoreWaitsForTheDiskAtEveryCommitAndOthersOnlyForTheLog() throws {
        let fixture = try StoreFixture()
        let everyday = try #require(fixture.store as? SQLiteStore)
        // PRAGMA synchronous: 1 is NORMAL, 2 is FULL.
        #expect(try everyday.pool.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 1)
        let receiver = try SQLiteStore(path: fixture.path, durability: .powerLoss)
        #expect(try receiver.pool.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
        #expect(try receiver.pool.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
    }

    @Test func aBulkLoadsWriterKeepsALargerCacheAndGivesItBack() throws {
        let fixture = try StoreFixture()
        let store = try #require(fixture.store as? SQLiteStore)
        let cacheSize = { try store.pool.write { try Int.fetchOne($0, sql: "PRAGMA cache_size") } }
        #expect(try cacheSize() == -32768)
        #expect(try store.bulk { try cacheSize() } == -SQLiteStore.bulkCacheKiB)
        #expect(try cacheSize() == -32768)
    }

    @Test func aFileFromANewerConcordIsRefused() throws {
        let fixture = try StoreFixture()
        let store = try #require(fixture.store as? SQLiteStore)
        try store.pool.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-future')") }
        #expect(throws: StoreError.newerSchema(path: fixture.path)) { try SQLiteStore(path: fixture.path) }
    }

    @Test func aFileThatIsNotADatabaseGetsOneClearError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-corrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("broken.sqlite").path
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("opening garbage must fail")
        } catch let error as StoreError {
            guard case .corrupt(let reported, _) = error else { Issue.record("expected corrupt, got \(error)"); return }
            #expect(reported == path)
            #expect(error.description.contains("not a Concord database"))
        }
        // The garbage is still there: nothing was overwritten.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(repeating: 0x42, count: 8192))
    }

    @Test func aMissingDirectoryIsNamed() {
        let path = "/nonexistent-\(UUID().uuidString)/concord.sqlite"
        #expect(throws: StoreError.directoryMissing(path: path)) { try SQLiteStore(path: path) }
    }

    @Test func anUnwritableLocationIsNamed() throws {
        guard getuid() != 0 else {
            // root can write anywhere; a read-only file system is the only refusal left.
            #expect(throws: StoreError.notWritable(path: "/proc/concord.sqlite")) { try SQLiteStore(path: "/proc/concord.sqlite") }
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("concord.sqlite").path
        #expect(throws: StoreError.notWritable(path: path)) { try SQLiteStore(path: path) }
    }

    @Test func defaultPathFollowsXDG() throws {
        #expect(StoreLocation.dataDirectory(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]) == "/data/concord")
        #expect(StoreLocation.dataDirectory(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/concord")
        #expect(StoreLocation.dataDirectory(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.local/share/concord")
    }
}
