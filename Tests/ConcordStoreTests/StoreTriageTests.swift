import Foundation
import GRDB
import Testing
@testable import ConcordStore
import ConversationEngine

/// Triage on the SQLite store: priority, tags, assignment and status (each bumps the version),
/// every queue filter really narrowing in SQL, the sentiment order kept at ingest, and the
/// upgrade of a store from before replies.
@Suite("Triage and queue filters")
struct StoreTriageTests {
    /// Five conversations of five customers, on different channels, languages and teams.
    struct Seeded {
        let fixture: StoreFixture
        var ids: [String: ConversationID] = [:]
        var dana = AgentID(0)
    }

    static func seeded(_ kind: StoreKind) throws -> Seeded {
        var seeded = Seeded(fixture: try StoreFixture(kind))
        let store = seeded.fixture.store
        func add(_ key: String, _ channel: Channel, _ identity: Identity, text: String, language: Language, queue: String = "support",
                 minutes: Double) throws {
            var event = StoreFixture.event(channel, identity: identity, id: key, text: text, minutes: minutes, subject: channel == .email ? key : nil,
                                           language: language)
            event.queue = queue
            guard case .stored(let receipt) = try store.ingest(event) else { throw StoreError.invalidValue("not stored") }
            seeded.ids[key] = receipt.conversationID
        }
        try add("calm", .email, .email("ann@example.com")!, text: "Thank you so much, the parcel arrived. Great service!", language: .en,
                minutes: 0)
        try add("furious", .sms, .phone("+447700900123")!, text: "This is the third time I write! Terrible, I am furious!!!", language: .en,
                minutes: 1)
        try add("korean", .chat, .email("minji@example.kr")!, text: "주문 1234 배송 문의드립니다.", language: .ko, minutes: 2)
        try add("russian", .sms, .phone("+79161234567")!, text: "Здравствуйте, где мой заказ?", language: .ru, queue: "billing",
                minutes: 3)
        try add("persian", .instagram, .handle("sara", on: .instagram)!, text: "سلام، سفارش من کجاست؟", language: .fa, minutes: 4)
        seeded.dana = try store.write { try $0.upsertAgent(login: "dana", name: "Dana Lee", languages: [.en], role: .agent, team: "support") }.id
        return seeded
    }

    static func keys(_ seeded: Seeded, _ query: QueueQuery) throws -> Set<String> {
        let names = Dictionary(uniqueKeysWithValues: seeded.ids.map { ($0.value, $0.key) })
        let rows = try seeded.fixture.store.queue(query)
        #expect(try seeded.fixture.store.queueCount(query) == rows.count)
        return Set(rows.compactMap { names[$0.conversation.id] })
    }

    @Test(arguments: StoreKind.allCases) func everyFilterNarrowsTheQueue(_ kind: StoreKind) throws {
        let seeded = try Self.seeded(kind)
        let store = seeded.fixture.store
        let all: Set = ["calm", "furious", "korean", "russian", "persian"]
        #expect(try Self.keys(seeded, QueueQuery()) == all)
        #expect(try Self.keys(seeded, QueueQuery(channels: [.sms])) == ["furious", "russian"])
        #expect(try Self.keys(seeded, QueueQuery(channels: [.sms, .chat])) == ["furious", "russian", "korean"])
        #expect(try Self.keys(seeded, QueueQuery(queueName: "billing")) == ["russian"])
        #expect(try Self.keys(seeded, QueueQuery(languages: [.ko, .fa])) == ["korean", "persian"])
        #expect(try Self.keys(seeded, QueueQuery(languages: [])) == all, "an empty set filters nothing")

        let dana = seeded.dana
        _ = try store.write { try $0.assign(conversation: seeded.ids["korean"]!, to: dana, expectedVersion: nil) }
        #expect(try Self.keys(seeded, QueueQuery(assignee: dana)) == ["korean"])
        #expect(try Self.keys(seeded, QueueQuery(unassignedOnly: true)) == all.subtracting(["korean"]))

        _ = try store.write { try $0.setStatus(conversation: seeded.ids["calm"]!, to: .pendingCustomer, at: StoreFixture.at(9), expectedVersion: nil) }
        _ = try store.write { try $0.setStatus(conversation: seeded.ids["persian"]!, to: .resolved, at: StoreFixture.at(9), expectedVersion: nil) }
        #expect(try Self.keys(seeded, QueueQuery()) == all.subtracting(["persian"]), "resolved leaves the default queue")
        #expect(try Self.keys(seeded, QueueQuery(statuses: [.pendingCustomer])) == ["calm"])
        #expect(try Self.keys(seeded, QueueQuery(statuses: [.resolved])) == ["persian"])
        #expect(try Self.keys(seeded, QueueQuery(statuses: [.new, .resolved])) == ["furious", "korean", "russian", "persian"])
        #expect(try Self.keys(seeded, QueueQuery(statuses: [])) == [])

        _ = try store.write { try $0.tag(conversation: seeded.ids["furious"]!, adding: ["VIP", "late refund"], removing: [], at: StoreFixture.at(9)) }
        _ = try store.write { try $0.tag(conversation: seeded.ids["russian"]!, adding: ["billing"], removing: [], at: StoreFixture.at(9)) }
        #expect(try Self.keys(seeded, QueueQuery(tags: ["vip"])) == ["furious"])
        #expect(try Self.keys(seeded, QueueQuery(tags: ["Late Refund", "billing"])) == ["furious", "russian"])
        #expect(try Self.keys(seeded, QueueQuery(tags: ["vi"])) == [], "a tag matches whole, not as a prefix")
        #expect(try Self.keys(seeded, QueueQuery(channels: [.sms], unassignedOnly: true, tags: ["billing", "vip"])) == ["furious", "russian"])
    }

    @Test(arguments: StoreKind.allCases) func theSentimentOrderPutsTheAngriestFirstAndIsKeptAtIngest(_ kind: StoreKind) throws {
        let seeded = try Self.seeded(kind)
        let store = seeded.fixture.store
        let furious = try #require(try store.conversation(seeded.ids["furious"]!))
        let calm = try #require(try store.conversation(seeded.ids["calm"]!))
        #expect((furious.sentiment ?? 0) < -0.3)
        #expect((calm.sentiment ?? 0) > 0.3)
        let order = try store.queue(QueueQuery(ordering: .sentiment)).map(\.conversation.id)
        #expect(order.first == furious.id)
        #expect(order.last == calm.id)

        // An agent's reply does not change how the customer sounded; their next message does,
        // and an older message imported late does not.
        _ = try store.ingest(StoreFixture.event(.sms, identity: .phone("+447700900123")!, id: "out", text: "Sorry!", minutes: 5,
                                                direction: .outbound))
        #expect(try store.conversation(furious.id)?.sentiment == furious.sentiment)
        _ = try store.ingest(StoreFixture.event(.sms, identity: .phone("+447700900123")!, id: "thanks",
                                                text: "Thank you so much, that helped, great service!", minutes: 6))
        let calmer = try #require(try store.conversation(furious.id)?.sentiment)
        #expect(calmer > 0)
        _ = try store.ingest(StoreFixture.event(.sms, identity: .phone("+447700900123")!, id: "old",
                                                text: "Terrible, I am furious!!!", minutes: 5.5))
        #expect(try store.conversation(furious.id)?.sentiment == calmer)
    }

    @Test(arguments: StoreKind.allCases) func priorityBumpsTheVersionMovesTheDueTimeAndGuardsLostUpdates(_ kind: StoreKind) throws {
        let seeded = try Self.seeded(kind)
        let store = seeded.fixture.store
        let id = seeded.ids["calm"]!
        let before = try #require(try store.conversation(id))
        let urgent = try store.write { try $0.setPriority(conversation: id, to: .urgent, at: StoreFixture.at(10), expectedVersion: before.version) }
        #expect(urgent.priority == .urgent)
        #expect(urgent.version == before.version + 1)
        let due = try #require(urgent.responseDueAt)
        #expect(due < before.responseDueAt!, "an urgent email is due sooner")
        #expect(try store.conversation(id) == urgent)
        #expect(throws: StoreError.versionConflict(conversation: id, expected: before.version, actual: urgent.version)) {
            try store.write { try $0.setPriority(conversation: id, to: .low, at: StoreFixture.at(11), expectedVersion: before.version) }
        }
        #expect(try store.queue(QueueQuery(ordering: .priority)).first?.conversation.id == id)
        let same = try store.write { try $0.setPriority(conversation: id, to: .urgent, at: StoreFixture.at(12), expectedVersion: nil) }
        #expect(same.version == urgent.version, "no change, no new version")
    }

    @Test(arguments: StoreKind.allCases) func tagsAreNormalisedAddedOnceAndRemoved(_ kind: StoreKind) throws {
        let seeded = try Self.seeded(kind)
        let store = seeded.fixture.store
        let id = seeded.ids["korean"]!
        let tagged = try store.write { try $0.tag(conversation: id, adding: [" VIP", "#환불", "vip"], removing: [], at: StoreFixture.at(10)) }
        #expect(tagged.tags == ["vip", "환불"])
        let untagged = try store.write { try $0.tag(conversation: id, adding: ["billing"], removing: ["VIP", "absent"], at: StoreFixture.at(11)) }
        #expect(untagged.tags == ["환불", "billing"])
        #expect(untagged.version == tagged.version + 1)
        try seeded.fixture.reopen()
        #expect(try seeded.fixture.store.conversation(id)?.tags == ["환불", "billing"])
        #expect(throws: StoreError.self) {
            try seeded.fixture.store.write { try $0.tag(conversation: ConversationID(404), adding: ["x"], removing: [], at: StoreFixture.at(1)) }
        }
    }

    @Test(arguments: StoreKind.allCases) func assignAndStatusBumpTheVersionAndStatusIsInTheHistory(_ kind: StoreKind) throws {
        let seeded = try Self.seeded(kind)
        let store = seeded.fixture.store
        let id = seeded.ids["russian"]!
        let before = try #require(try store.conversation(id))
        let assigned = try store.write { try $0.assign(conversation: id, to: seeded.dana, expectedVersion: before.version) }
        #expect(assigned.version == before.version + 1)
        #expect(throws: StoreError.self) { try store.write { try $0.assign(conversation: id, to: nil, expectedVersion: before.version) } }
        let pending = try store.write { try $0.setStatus(conversation: id, to: .pendingInternal, at: StoreFixture.at(20), expectedVersion: nil) }
        #expect(pending.version == assigned.version + 1)
        #expect(try store.statusChanges(of: id).map(\.status) == [.pendingInternal])
    }

    @Test func theFilterSummaryReadsLikeTheConsoleShowsIt() {
        let mine = AgentID(7)
        #expect(QueueQuery().filterSummary() == "")
        #expect(!QueueQuery().isFiltered)
        let query = QueueQuery(statuses: [.open, .new], channels: [.chat, .sms], queueName: "billing", assignee: mine,
                               languages: [.ko], tags: ["vip"])
        #expect(query.isFiltered)
        #expect(query.filterSummary(currentAgent: mine) == "status: new,open · channel: chat,sms · language: ko · team: billing · tag: vip · mine")
        #expect(QueueQuery(assignee: AgentID(3)).filterSummary(currentAgent: mine, agentNames: [AgentID(3): "dana"]) == "assignee: dana")
        #expect(QueueQuery(unassignedOnly: true).filterSummary() == "unassigned")
    }

    @Test func aStoreFromBeforeRepliesUpgradesWithSentimentAndDeliveryFilledIn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-v5-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        // A version-5 store, as the previous Concord wrote it.
        let queue = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(queue, upTo: "v5-acknowledgements-follow-ups")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO customers (id, display_name, language, created_at) VALUES (1, 'Ann', 'en', 0);
                INSERT INTO conversations (id, customer_id, subject, subject_key, status, active, priority, queue, origin_channel,
                    created_at, updated_at, last_activity_at, tags, version)
                VALUES (1, 1, 'Late', 'late', 'open', 1, 1, 'support', 'email', 0, 0, 0, '', 1),
                       (2, 1, 'Old', 'old', 'closed', 0, 1, 'support', 'email', 0, 0, 0, '', 1);
                INSERT INTO messages (id, conversation_id, customer_id, channel, direction, author_kind, author_name, sent_at, body, dedupe_key)
                VALUES (1, 1, 1, 'email', 'inbound', 'customer', 'Ann', 10, 'Third time I write. Terrible, I am furious!!!', 'k1'),
                       (2, 1, 1, 'email', 'outbound', 'system', 'Concord', 11, 'We got your message.', 'k2'),
                       (3, 2, 1, 'email', 'inbound', 'customer', 'Ann', 5, 'Terrible!!!', 'k3');
                INSERT INTO outbox (conversation_id, message_id, kind, channel, recipient, body, idempotency_key, state, created_at)
                VALUES (1, 2, 'acknowledgement', 'email', 'email::ann@example.com', 'We got your message.', 'ack:1', 'queued', 11);
                """)
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect((try store.conversation(ConversationID(1))?.sentiment ?? 0) < 0, "the open conversation's sentiment is backfilled")
        #expect(try store.conversation(ConversationID(2))?.sentiment == nil, "closed ones wait until the customer writes again")
        #expect(try store.message(MessageID(2))?.delivery == .pending)
        #expect(try store.message(MessageID(1))?.delivery == nil)
        let item = try #require(try store.outbox(state: .queued, limit: 10).first)
        #expect(item.kind == .acknowledgement && item.references.isEmpty && item.warnings.isEmpty)
        #expect(try store.queue(QueueQuery(ordering: .sentiment)).map(\.conversation.id) == [ConversationID(1)])
    }
}
