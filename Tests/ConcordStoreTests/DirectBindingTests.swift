import ConversationEngine
import Foundation
import GRDB
import Testing
@testable import ConcordStore

/// Testing has an `Attachment` of its own.
private typealias MessageAttachment = ConversationEngine.Attachment

/// The statements bulk ingest binds straight through SQLite's C API store and read exactly
/// what GRDB's own binding would.
@Suite("Direct binding of the ingest's hot statements")
struct DirectBindingTests {
    private func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, real REAL, data BLOB, note TEXT)")
        }
        return queue
    }

    @Test func everyKindOfValueIsStoredAsGRDBWouldStoreIt() throws {
        let queue = try database()
        let text = "고객님 您好 Здравствуйте سلام 👩🏽‍💻 \"quoted\" \\ back"
        let bytes = Data((0..<300).map { UInt8($0 % 256) })
        try queue.write { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO t (id, name, real, data, note) VALUES (?, ?, ?, ?, ?)")
            try insert.run(binding: [Int64(7).databaseValue, text.databaseValue, 2.5.databaseValue, bytes.databaseValue, .null], in: db)
            try insert.run(binding: [Int64(8).databaseValue, "empty".databaseValue, .null, Data().databaseValue,
                                     "".databaseValue], in: db)
        }
        try queue.read { db in
            let first = try #require(try Row.fetchOne(db, sql: "SELECT * FROM t WHERE id = 7"))
            #expect(first["name"] as String? == text)
            #expect(first["real"] as Double? == 2.5)
            #expect(first["data"] as Data? == bytes)
            #expect((first["note"] as DatabaseValue).isNull)
            let second = try #require(try Row.fetchOne(db, sql: "SELECT * FROM t WHERE id = 8"))
            #expect(second["data"] as Data? == Data(), "an empty blob is a blob, not NULL")
            #expect(second["note"] as String? == "")
        }
    }

    @Test func aStatementIsReusedWithNewValuesAndLookupsAnswerNilWhenNothingMatches() throws {
        let queue = try database()
        try queue.write { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO t (name, real) VALUES (?, ?)")
            for index in 0..<50 {
                try insert.run(binding: ["n\(index)".databaseValue, Double(index).databaseValue], in: db)
            }
            let find = try db.cachedStatement(sql: "SELECT id FROM t WHERE name = ?")
            #expect(try find.firstInteger(binding: ["n10".databaseValue], in: db) == 11)
            #expect(try find.firstInteger(binding: ["nobody".databaseValue], in: db) == nil)
            #expect(try db.cachedStatement(sql: "SELECT note FROM t WHERE id = 1").firstInteger(binding: [], in: db) == nil,
                    "a NULL is no integer")
            let some = try db.cachedStatement(sql: "SELECT id FROM t WHERE real >= ? ORDER BY id")
                .integers(binding: [Double(47).databaseValue], in: db)
            #expect(some == [48, 49, 50])
            // GRDB's own execution of the same cached statement still works after ours.
            #expect(try Int64.fetchOne(find, arguments: ["n3"]) == 4)
        }
    }

    @Test func aConstraintViolationIsGRDBsDatabaseErrorAndTheStatementStaysUsable() throws {
        let queue = try database()
        try queue.write { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO t (name) VALUES (?)")
            try insert.run(binding: ["same".databaseValue], in: db)
            #expect {
                try insert.run(binding: ["same".databaseValue], in: db)
            } throws: { error in
                (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
            }
            try insert.run(binding: ["other".databaseValue], in: db)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 2)
        }
    }

    @Test func attachmentListsWrittenByHandReadBackAsTheyWere() throws {
        let attachments = [
            MessageAttachment(filename: "계약서 \"최종\".pdf", contentType: "application/pdf", size: 120_034),
            MessageAttachment(filename: "back\\slash\ttab\nnewline\u{1}\u{1F}.txt", contentType: "text/plain; charset=utf-8", size: 0),
            MessageAttachment(filename: "فاکتور 📎.png", contentType: "image/png", size: 9_999_999_999),
        ]
        let json = try #require(MessageDetailColumns.attachmentsJSON(attachments))
        #expect(MessageDetailColumns.attachments(json) == attachments)
        #expect(try JSONDecoder().decode([MessageAttachment].self, from: Data(json.utf8)) == attachments,
                "any JSON reader takes it")
        #expect(MessageDetailColumns.attachmentsJSON([]) == nil)
    }
}
