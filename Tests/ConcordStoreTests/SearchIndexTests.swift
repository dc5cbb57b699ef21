import Foundation
import GRDB
import Testing
@testable import ConcordStore
import ConversationEngine

@Suite("The search index in its own file")
struct SearchIndexTests {
    @Test func aMessageTheIndexMissedIsIndexedWhenTheStoreOpens() throws {
        let fixture = try StoreFixture()
        try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+821012121212")!, id: "a", text: "환불 문의"))
        // A crash during a bulk ingest: the message is committed, the index never heard of it.
        let store = try #require(fixture.store as? SQLiteStore)
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO messages (conversation_id, customer_id, channel, direction, author_kind, author_name, sent_at, body, dedupe_key)
                SELECT conversation_id, customer_id, channel, direction, author_kind, author_name, sent_at + 60, '退款还没到账', 'sms:b'
                FROM messages LIMIT 1
                """)
        }
        #expect(try fixture.store.search(SearchQuery("退款")).isEmpty)
        try fixture.reopen()
        #expect(try fixture.store.search(SearchQuery("退款")).count == 1)
        #expect(try fixture.store.search(SearchQuery("환불")).count == 1)
    }

    @Test func rolledBackMessagesNeverReachTheIndex() throws {
        let fixture = try StoreFixture()
        try fixture.store.write { writer in
            _ = try writer.ingest(StoreFixture.event(.sms, identity: .phone("+821013131313")!, id: "kept", text: "kept words"))
            _ = try? writer.savepoint { () throws -> Int in
                _ = try writer.ingest(StoreFixture.event(.sms, identity: .phone("+821014141414")!, id: "undone", text: "phantom words"))
                throw IngestError.emptyEvent(channel: .sms)
            }
            // The rolled-back message's id is used again by the next one.
            _ = try writer.ingest(StoreFixture.event(.sms, identity: .phone("+821015151515")!, id: "next", text: "later words"))
        }
        #expect(try fixture.store.search(SearchQuery("phantom")).isEmpty)
        #expect(try fixture.store.search(SearchQuery("later")).map(\.snippet) == ["later words"])
        #expect(try fixture.store.search(SearchQuery("kept")).count == 1)
    }

    @Test func bulkLoadsIndexInParallelAndFinishBeforeReturning() throws {
        let fixture = try StoreFixture()
        let store = try #require(fixture.store as? SQLiteStore)
        try store.bulk {
            for batch in 0..<5 {
                try store.write { writer in
                    for index in 0..<50 {
                        _ = try writer.ingest(StoreFixture.event(.chat, identity: .external("v\(batch)-\(index)", system: "chat")!,
                                                                 id: "c\(batch)-\(index)", text: "order \(batch) \(index)",
                                                                 session: "s\(batch)-\(index)"))
                    }
                }
            }
        }
        #expect(try fixture.store.searchCount(SearchQuery("order")) == 250)
        #expect(try store.searchIndex.indexedThrough() == 250)
        #expect(FileManager.default.fileExists(atPath: fixture.path + "-search"))
        #expect(SQLiteStore.files(at: "/x/s.sqlite").contains("/x/s.sqlite-search-wal"))
    }

    @Test func filteredSearchesPageThroughTheIndex() throws {
        let fixture = try StoreFixture()
        try fixture.store.write { writer in
            // 300 messages mention "delivery"; only the oldest one is on X.
            _ = try writer.ingest(StoreFixture.event(.x, identity: .handle("@early", on: .x)!, id: "x0", text: "delivery late"))
            for index in 1..<300 {
                _ = try writer.ingest(StoreFixture.event(.sms, identity: .phone("+8210\(20_000_000 + index)")!, id: "s\(index)",
                                                         text: "delivery \(index)", minutes: Double(index)))
            }
        }
        let onX = try fixture.store.search(SearchQuery("delivery", channels: [.x], limit: 5))
        #expect(onX.map(\.snippet) == ["delivery late"])
        #expect(try fixture.store.searchCount(SearchQuery("delivery", channels: [.x])) == 1)
        #expect(try fixture.store.searchCount(SearchQuery("delivery")) == 300)
        #expect(try fixture.store.search(SearchQuery("delivery", limit: 250)).count == 250)
    }
}
