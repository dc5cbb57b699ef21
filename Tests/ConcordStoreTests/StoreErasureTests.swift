import Foundation
import GRDB
import Testing
import ConcordPostgres
@testable import ConcordStore
import ConcordTestSupport
import ConversationEngine

/// Erasing a customer (issue 6): markers planted on every channel, in drafts, promises, notes,
/// the outbox, follow-ups, ratings, presence, merge suggestions, a merged customer, source items
/// and the search index are gone afterwards, from the rows and, on SQLite, from every byte of
/// the database files (and on PostgreSQL from the data files after a compacting erasure);
/// another customer keeps everything; the audit log records the erasure with counts only.
@Suite("Erasing a customer")
struct StoreErasureTests {
    /// A customer with something of theirs everywhere the store keeps data, and another one.
    struct World {
        /// Every marker holds these random letters, so one search of the bytes finds any of them.
        /// Not the markers' start: the full-text index stores a word as what it adds to the word
        /// before it, which may share the start ("qz..."), never these letters as well.
        let suffix: String
        /// The digits of Mina's phone number (personal data without a letter to mark it).
        let phoneDigits: String
        let mina: CustomerID
        let merged: CustomerID
        let bob: CustomerID
        let bobMarker: String
        let bobConversation: ConversationID
        let bobQuarantined: RawSourceID
        let minaConversations: [ConversationID]
        let supervisor: Agent

        func marker(_ place: String) -> String { "qzmark" + suffix + place }
    }

    static func makeWorld(_ store: any Store) throws -> World {
        let suffix = randomLetters()
        func marker(_ place: String) -> String { "qzmark" + suffix + place }
        let phoneNumber = "+44 7700 9\(Int.random(in: 10_000...99_999))"
        let email = try #require(Identity.email("\(marker("addr"))@example.com"))
        let phone = try #require(Identity.phone(phoneNumber))
        let handle = try #require(Identity.handle(marker("handle"), on: .x))
        let visitor = try #require(Identity.external(marker("visitor"), system: "chat"))
        let name = PersonNameParser.parse("Mina \(marker("fromname"))")

        // Email, kept as a source item first, with the marker in the subject, the body and the bytes.
        let raw = Data("From: Mina <\(email.value)>\nSubject: \(marker("rawsubject"))\n\n\(marker("rawbytes"))\n".utf8)
        let first = InboundEvent(channel: .email, providerID: "m1@example.com", occurredAt: StoreFixture.at(0),
                                 customer: CustomerHints(identities: [email, phone, handle, visitor], name: name, language: .en),
                                 subject: marker("subject"), text: "Hello, \(marker("emailbody")) is my order.",
                                 email: EmailHeaders(messageID: "m1@example.com"))
        let receipt = try store.write { writer -> IngestReceipt in
            let kept = try writer.keepRawSource(RawBytes(uncompressed: raw), digest: "digest-mina-\(suffix)", format: "email",
                                                origin: "test", receivedAt: nil, at: StoreFixture.at(0))
            guard case .stored(let receipt) = try writer.ingest(first, rawSource: kept.id) else {
                throw StoreError.invalidValue("not stored")
            }
            try writer.finishRawSource(kept.id, state: .ingested, reason: nil, warnings: [], events: 1)
            // An item that could not be parsed, naming her address: no message links it.
            let broken = Data("{\"from\": \"\(email.value.uppercased())\", \"text\": \"\(marker("quarantined"))\"".utf8)
            let quarantined = try writer.keepRawSource(RawBytes(uncompressed: broken), digest: "digest-broken-\(suffix)",
                                                       format: "chat", origin: "test", receivedAt: nil, at: StoreFixture.at(1))
            try writer.finishRawSource(quarantined.id, state: .quarantined, reason: "unreadable", warnings: [], events: 0)
            return receipt
        }
        let mina = receipt.customerID
        var events = [
            StoreFixture.event(.chat, identity: visitor, id: "chat-1", text: "Chat: \(marker("chat"))", minutes: 2, session: "s1"),
            StoreFixture.event(.sms, identity: phone, id: "sms-1", text: "SMS: \(marker("sms"))", minutes: 3),
            StoreFixture.event(.phone, identity: phone, id: "call-1", text: "Voicemail \(marker("transcript"))", minutes: 4),
            StoreFixture.event(.x, identity: handle, id: "x-1", text: "Post \(marker("post"))", minutes: 5),
            StoreFixture.event(.whatsapp, identity: phone, id: "wa-1", text: "WhatsApp \(marker("whatsapp"))", minutes: 6,
                               name: "Mina \(marker("waname"))"),
        ]
        events[3].social = SocialDetails(visibility: .public)
        for event in events { _ = try store.ingest(event) }

        // A second customer of hers, merged into her: theirs is hers too.
        let mergedEmail = try #require(Identity.email("\(marker("mergedaddr"))@example.com"))
        guard case .stored(let other) = try store.ingest(StoreFixture.event(
            .email, identity: mergedEmail, id: "m2@example.com", text: "From the merged one: \(marker("mergedbody"))", minutes: 7,
            subject: "Merged", name: "Mina \(marker("mergedname"))")) else { throw StoreError.invalidValue("not stored") }
        _ = try store.write { try $0.merge(other.customerID, into: mina, at: StoreFixture.at(8)) }

        // Bob, who must keep everything.
        let bobLetters = randomLetters()
        let bobMarker = "bobkeeps" + bobLetters
        let bobEmail = try #require(Identity.email("bob.\(bobLetters)@example.org"))
        guard case .stored(let bob) = try store.ingest(StoreFixture.event(
            .email, identity: bobEmail, id: "b1@example.org", text: "Bob writes \(bobMarker)", minutes: 9, subject: "Bob \(bobMarker)",
            name: "Bob Stone")) else { throw StoreError.invalidValue("not stored") }
        let bobQuarantined = try store.write { writer -> RawSourceID in
            let kept = try writer.keepRawSource(RawBytes(uncompressed: Data("{\"from\": \"\(bobEmail.value)\" \(bobMarker)".utf8)),
                                                digest: "digest-bob-\(bobLetters)", format: "chat", origin: "test", receivedAt: nil,
                                                at: StoreFixture.at(9))
            try writer.finishRawSource(kept.id, state: .quarantined, reason: "unreadable", warnings: [], events: 0)
            return kept.id
        }

        let supervisor = try store.write { writer -> Agent in
            _ = try writer.upsertAgent(login: "dana", name: "Dana Lee", languages: [.en], role: .agent, team: "support")
            return try writer.upsertAgent(login: "sam", name: "Sam Boss", languages: [.en], role: .supervisor, team: "support")
        }
        let dana = try #require(try store.agent(login: "dana"))
        let conversation = receipt.conversationID
        try store.write { writer in
            _ = try writer.recordPromise(conversation: conversation, message: receipt.messageID, text: "Promise: \(marker("promise"))",
                                         madeAt: StoreFixture.at(10), dueAt: StoreFixture.at(600), state: .open, closedAt: nil)
            _ = try writer.addNote(conversation: conversation, text: "Note: \(marker("note"))", author: .agent("Dana Lee", id: dana.id),
                                   at: StoreFixture.at(11))
            try writer.suggestMerge(mina, bob.customerID, score: 0.4, evidence: "evidence \(marker("evidence"))", at: StoreFixture.at(11))
        }
        let route = try #require(try store.replyRoutes(for: conversation).first)
        _ = try store.write {
            try $0.sendReply(OutgoingReply(conversationID: conversation, route: route, body: "Reply: \(marker("reply"))",
                                           author: .agent("Dana Lee", id: dana.id)), at: StoreFixture.at(12))
        }
        try store.write { writer in
            try writer.saveDraft(Draft(conversationID: conversation, text: "Draft: \(marker("draft"))", updatedAt: StoreFixture.at(12)))
            _ = try writer.setStatus(conversation: conversation, to: .resolved, at: StoreFixture.at(13), expectedVersion: nil)
            _ = try writer.recordSatisfaction(conversation: conversation, score: 5, comment: "Rating: \(marker("rating"))",
                                              at: StoreFixture.at(14), message: nil, source: .chatPlatform)
        }
        _ = try store.write { try $0.queueDueFollowUps(at: StoreFixture.at(3 * 24 * 60)) }
        try store.reportPresence(agent: dana.id, conversation: conversation, activity: .drafting, at: StoreFixture.at(15))
        try store.recordAudit(AuditRecord.customer(mina, .viewCustomer, by: supervisor, at: StoreFixture.at(15)))
        return World(suffix: suffix, phoneDigits: phone.value.filter(\.isNumber), mina: mina, merged: other.customerID,
                     bob: bob.customerID, bobMarker: bobMarker, bobConversation: bob.conversationID,
                     bobQuarantined: bobQuarantined, minaConversations: try store.conversations(of: mina).map(\.id),
                     supervisor: supervisor)
    }

    /// Ten random lower-case letters (ASCII), different in every run.
    static func randomLetters() -> String {
        String((0..<10).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement()! })
    }

    /// A store with follow-ups on, acting at a fixed time (so the follow-up of the resolved case is queued).
    static func fixture(_ kind: StoreKind) throws -> StoreFixture {
        let now = StoreFixture.at(10)
        return try StoreFixture(kind, automation: StoreAutomation(
            followUps: FollowUpSettings(publicURL: "https://support.example.com/"), clock: { now }))
    }

    @Test(arguments: StoreKind.allCases)
    func erasureLeavesNoMarkerInAnyRowAndTheOtherCustomerKeepsEverything(_ kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        let store = fixture.store
        let world = try Self.makeWorld(store)
        #expect(try store.searchCount(SearchQuery(world.marker("chat"))) == 1)
        #expect(try Self.rowsMentioning(world.suffix, fixture) > 10, "the check sees the planted markers")
        let bobMessages = try store.messages(in: world.bobConversation)
        let bobHits = try store.searchCount(SearchQuery(world.bobMarker))
        let bobRows = try Self.rowsMentioning(world.bobMarker, fixture)
        #expect(try !store.outbox(state: nil, limit: 50).isEmpty)
        #expect(try !store.followUps(states: nil, dueBy: nil, limit: 50).isEmpty)

        let report = try store.erase(world.mina, by: world.supervisor, at: StoreFixture.at(20))
        #expect(report[.customers] == 2, "Mina and the customer merged into her")
        #expect(report[.identities] == 5)
        #expect(report[.conversations] == world.minaConversations.count)
        #expect(report[.messages] >= 9)
        #expect(report[.searchEntries] == report[.messages])
        #expect(report[.drafts] == 1 && report[.ratings] == 1 && report[.presence] == 1)
        #expect(report[.promises] >= 1 && report[.outboxItems] >= 2 && report[.followUps] >= 1)
        #expect(report[.mergeSuggestions] == 1 && report[.merges] == 1)
        #expect(report[.rawSources] == 2, "the email's bytes and the quarantined item naming her address")
        #expect(report.sharedRawSourcesKept == 0)
        #expect(report.residue == (kind == .sqlite ? [] : [.freeSpace, .serverLog]))

        #expect(try Self.rowsMentioning(world.suffix, fixture) == 0)
        #expect(try Self.rowsMentioning(world.phoneDigits, fixture) == 0)
        #expect(try store.customer(world.mina) == nil && store.customer(world.merged) == nil)
        #expect(try store.searchCount(SearchQuery(world.marker("chat"))) == 0)
        #expect(try store.searchCount(SearchQuery(world.marker("emailbody"))) == 0)
        for conversation in world.minaConversations { #expect(try store.conversation(conversation) == nil) }
        #expect(try store.draft(for: world.minaConversations[0]) == nil)

        // Bob keeps everything.
        #expect(try store.customer(world.bob) != nil)
        #expect(try store.messages(in: world.bobConversation) == bobMessages)
        #expect(try store.searchCount(SearchQuery(world.bobMarker)) == bobHits && bobHits > 0)
        #expect(try store.rawSource(world.bobQuarantined) != nil)
        #expect(try Self.rowsMentioning(world.bobMarker, fixture) == bobRows)

        // The audit log keeps the view and the erasure, by id and counts only.
        let audit = try store.auditLog(since: nil, limit: 100).filter { $0.subjectID == world.mina.rawValue && $0.subjectKind == .customer }
        #expect(audit.map(\.action) == [.viewCustomer, .erase])
        let erasure = try #require(audit.last)
        #expect(erasure.actor == "sam" && erasure.role == .supervisor)
        #expect(erasure.detail == report.detail)
        #expect(erasure.detail.hasPrefix("2 customers, 5 identities, "))
        #expect(!erasure.detail.contains(world.suffix))
    }

    @Test func sqliteFilesHoldNoByteOfTheErasedCustomer() throws {
        let fixture = try Self.fixture(.sqlite)
        let world = try Self.makeWorld(fixture.store)
        // Old page versions in the logs, freed pages, FTS segments: give each a chance to hold a copy.
        _ = try fixture.store.write { try $0.saveDraft(Draft(conversationID: world.minaConversations[0], text: "shorter",
                                                              updatedAt: StoreFixture.at(16))) }
        let files = SQLiteStore.files(at: fixture.path)
        #expect(try Self.occurrences(of: world.suffix, in: files) > 10, "the markers are in the files before")
        #expect(try Self.occurrences(of: world.suffix, in: files.filter { $0.contains("-search") }) > 0, "and in the search index")

        let report = try fixture.store.erase(world.mina, by: world.supervisor, at: StoreFixture.at(20))
        #expect(report.residue.isEmpty)
        #expect(try Self.occurrences(of: world.suffix, in: files) == 0)
        #expect(try Self.occurrences(of: world.phoneDigits, in: files) == 0)
        #expect(try Self.occurrences(of: world.bobMarker, in: files) > 0)
        #expect(try FileManager.default.attributesOfItem(atPath: fixture.path + "-wal")[.size] as? Int == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: SearchIndex.path(forStore: fixture.path) + "-wal")[.size] as? Int == 0)

        // The store is whole and searchable afterwards, and takes new messages.
        let check = try DatabaseQueue(path: fixture.path)
        #expect(try check.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try check.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        let index = try DatabaseQueue(path: SearchIndex.path(forStore: fixture.path))
        try index.write { try $0.execute(sql: "INSERT INTO message_search (message_search) VALUES ('integrity-check')") }
        #expect(try fixture.store.searchCount(SearchQuery(world.bobMarker)) > 0)
        _ = try fixture.store.ingest(StoreFixture.event(.sms, identity: Identity.phone("+44 7700 900999")!, id: "after",
                                                        text: "new afterwards"))
        #expect(try fixture.store.searchCount(SearchQuery("afterwards")) == 1)
    }

    @Test func postgresDataFilesHoldNoByteOfTheErasedCustomerAfterACompactingErasure() throws {
        let fixture = try Self.fixture(.postgres)
        let world = try Self.makeWorld(fixture.store)
        let cluster = try PostgresCluster.shared()
        let database = try #require(fixture.url?.split(separator: "/").last.map(String.init))
        let oid = try cluster.psql("SELECT oid FROM pg_database WHERE datname = current_database()", database: database)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let directory = cluster.dataDirectory + "/base/" + oid
        func files() throws -> [String] {
            try cluster.psql("CHECKPOINT")
            return try FileManager.default.contentsOfDirectory(atPath: directory).map { directory + "/" + $0 }
        }
        #expect(try Self.occurrences(of: world.suffix, in: files()) > 10, "the markers are in the files before")

        let report = try fixture.store.erase(world.mina, by: world.supervisor, at: StoreFixture.at(20), compact: true)
        #expect(report.residue == [.serverLog], "pg_wal is the server's")
        // Each file that still holds a marker, named by its relation.
        for file in try files() {
            let left = try Self.occurrences(of: world.suffix, in: [file]) + Self.occurrences(of: world.phoneDigits, in: [file])
            guard left > 0 else { continue }
            let node = Int((file as NSString).lastPathComponent.split(separator: "_").first ?? "") ?? 0
            let relation = try cluster.psql("SELECT relname FROM pg_class WHERE relfilenode = \(node)", database: database)
            Issue.record("\(file) (\(relation.trimmingCharacters(in: .whitespacesAndNewlines))) still holds \(left) markers")
        }
        #expect(try Self.occurrences(of: world.bobMarker, in: files()) > 0)
        #expect(try fixture.store.searchCount(SearchQuery(world.bobMarker)) > 0)
    }

    @Test(arguments: StoreKind.allCases)
    func aSourceItemSharedWithAnotherCustomerIsKept(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = fixture.store
        let mina = Identity.phone("+98 912 123 4567")!, reza = Identity.phone("+98 912 765 4321")!
        // One WhatsApp webhook payload carrying a message from each of them.
        let payload = Data("{\"contacts\": [\"989121234567\", \"989127654321\"]}".utf8)
        let minaID = try store.write { writer -> CustomerID in
            let kept = try writer.keepRawSource(RawBytes(uncompressed: payload), digest: "shared", format: "whatsapp", origin: "test",
                                                receivedAt: nil, at: StoreFixture.at(0))
            guard case .stored(let first) = try writer.ingest(StoreFixture.event(.whatsapp, identity: mina, id: "wa-a", text: "salam"),
                                                              rawSource: kept.id),
                  case .stored = try writer.ingest(StoreFixture.event(.whatsapp, identity: reza, id: "wa-b", text: "dorood"),
                                                   rawSource: kept.id) else { throw StoreError.invalidValue("not stored") }
            return first.customerID
        }
        let admin = try store.write { try $0.upsertAgent(login: "root", name: "Root", languages: [], role: .admin, team: "ops") }
        let report = try store.erase(minaID, by: admin, at: StoreFixture.at(5))
        #expect(report[.rawSources] == 0 && report.sharedRawSourcesKept == 1)
        #expect(report.detail.hasSuffix("1 shared source item kept"))
        #expect(try store.rawSourceStates(digests: ["shared"]) == ["shared": .pending])
        #expect(try store.searchCount(SearchQuery("dorood")) == 1)
        #expect(try store.searchCount(SearchQuery("salam")) == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func anAgentIsRefusedAndTheRefusalIsAudited(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = fixture.store
        guard case .stored(let receipt) = try store.ingest(StoreFixture.event(.sms, identity: Identity.phone("+1 415 555 0100")!,
                                                                              id: "s1", text: "hello")) else {
            Issue.record("not stored"); return
        }
        let agent = try store.write { try $0.upsertAgent(login: "dana", name: "Dana", languages: [], role: .agent, team: "support") }
        #expect(throws: ErasureError.notAllowed(login: "dana", role: .agent)) {
            try store.erase(receipt.customerID, by: agent, at: StoreFixture.at(1))
        }
        #expect(throws: ErasureError.notAllowed(login: "dana", role: .agent)) {
            try store.write { try $0.erase(receipt.customerID, by: agent, at: StoreFixture.at(1)) }
        }
        #expect(try store.customer(receipt.customerID) != nil)
        #expect(try store.searchCount(SearchQuery("hello")) == 1)
        let audit = try store.auditLog(since: nil, limit: 10)
        #expect(audit.map(\.action) == [.refused])
        #expect(audit.first?.subjectID == receipt.customerID.rawValue && audit.first?.detail == "erase")
    }

    @Test(arguments: StoreKind.allCases)
    func aMergedCustomerIsErasedThroughTheOneTheyWereMergedInto(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = fixture.store
        guard case .stored(let a) = try store.ingest(StoreFixture.event(.sms, identity: Identity.phone("+1 415 555 0101")!, id: "a", text: "a")),
              case .stored(let b) = try store.ingest(StoreFixture.event(.sms, identity: Identity.phone("+1 415 555 0102")!, id: "b", text: "b"))
        else { Issue.record("not stored"); return }
        let merge = try store.write { try $0.merge(b.customerID, into: a.customerID, at: StoreFixture.at(1)) }
        let admin = try store.write { try $0.upsertAgent(login: "root", name: "Root", languages: [], role: .admin, team: "ops") }
        #expect(throws: ErasureError.merged(b.customerID, into: a.customerID, merge: merge.id)) {
            try store.erase(b.customerID, by: admin, at: StoreFixture.at(2))
        }
        #expect(throws: StoreError.notFound(what: "customer", id: "999")) {
            try store.erase(CustomerID(999), by: admin, at: StoreFixture.at(2))
        }
        #expect(try store.erase(a.customerID, by: admin, at: StoreFixture.at(2))[.customers] == 2)
        #expect(try store.customers(limit: 10, offset: 0).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func everyTableIsErasedOrHoldsNoCustomerData(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        var tables: Set<String>
        var handled = Set(CustomerErasure.steps.map(\.table)).union(CustomerErasure.tablesWithoutCustomerData)
        switch kind {
        case .sqlite:
            tables = Set(try DatabaseQueue(path: fixture.path).read {
                try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            })
            handled.insert("grdb_migrations")
        case .postgres:
            let database = try #require(fixture.url?.split(separator: "/").last.map(String.init))
            tables = Set(try PostgresCluster.shared().psql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", database: database)
                .split(separator: "\n").map(String.init))
            handled.formUnion(["concord_migrations", "search_documents"])
        }
        #expect(tables.subtracting(handled).isEmpty, "a new table must be added to CustomerErasure")
    }

    @Test func unlinkedSourceItemsAreMatchedByWholeIdentitiesOnly() throws {
        let needles = ErasureNeedles(identities: [
            Identity.email("mina@example.com")!, Identity.phone("+98 912 123 4567")!, Identity.handle("mina_k", on: .x)!,
            Identity.handle("al", on: .x)!, Identity.external("v-123", system: "chat")!,
        ])
        func found(_ text: String) -> Bool { needles.found(in: Data(text.utf8)) }
        #expect(found("From: Mina <MINA@Example.COM>"))
        #expect(found("write to mina@example.com."))
        #expect(found(#"{"wa_id": "989121234567"}"#) && found("From=%2B989121234567&Body=hi"))
        #expect(found("@mina_k said"))
        #expect(!found("ramina@example.com") && !found("mina@example.com.au") && !found("x.mina@example.com"))
        #expect(!found("98912123456789"), "a longer number")
        #expect(!found("@mina_kim") && !found("al is short"), "another handle; too short to look for")
        #expect(!found("visitor v-1234"), "ids shorter than six are not looked for")
        let compressed = RawBytes.compressing(Data((String(repeating: "lorem ipsum ", count: 3_000) + "mina@example.com").utf8))
        #expect(compressed.encoding == .zstd && needles.found(in: compressed))
        #expect(ErasureNeedles(identities: [Identity.handle("al", on: .x)!]).isEmpty)
    }

    // MARK: - Looking for markers

    /// How many rows of any table mention `text` (case-insensitively), read from outside the store.
    static func rowsMentioning(_ text: String, _ fixture: StoreFixture) throws -> Int {
        switch fixture.kind {
        case .sqlite:
            var count = 0
            for path in [fixture.path, SearchIndex.path(forStore: fixture.path)] {
                let queue = try DatabaseQueue(path: path)
                count += try queue.read { db in
                    var found = 0
                    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                    for table in tables where !table.hasPrefix("message_search") {
                        let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").map { $0["name"] as String }
                        let concatenated = columns.map { "coalesce(CAST(\"\($0)\" AS TEXT), '')" }.joined(separator: " || ")
                        found += try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\" WHERE lower(\(concatenated)) LIKE ?",
                                                  arguments: ["%\(text.lowercased())%"]) ?? 0
                    }
                    return found
                }
            }
            return count
        case .postgres:
            let database = try #require(fixture.url?.split(separator: "/").last.map(String.init))
            let cluster = try PostgresCluster.shared()
            let tables = try cluster.psql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
                                          database: database).split(separator: "\n").map(String.init)
            var bytea: [String: [String]] = [:]
            for line in try cluster.psql("""
                SELECT table_name || ' ' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type = 'bytea'
                """, database: database).split(separator: "\n") {
                let parts = line.split(separator: " ").map(String.init)
                if parts.count == 2 { bytea[parts[0], default: []].append(parts[1]) }
            }
            // One statement over every table: each row as text, and raw bytes as text (escape format).
            let pattern = "'%\(text.lowercased())%'"
            let counts = tables.map { table in
                let conditions = ["lower(t::text) LIKE \(pattern)"]
                    + (bytea[table] ?? []).map { "lower(encode(t.\($0), 'escape')) LIKE \(pattern)" }
                return "(SELECT count(*) FROM \"\(table)\" t WHERE \(conditions.joined(separator: " OR ")))"
            }
            let count = try cluster.psql("SELECT \(counts.joined(separator: " + "))", database: database)
            return Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
    }

    /// How many times `text` occurs (ASCII case-insensitively) in the bytes of `files` (missing files count nothing).
    static func occurrences(of text: String, in files: [String]) throws -> Int {
        let needle = Array(text.lowercased().utf8)
        var count = 0
        for path in files where FileManager.default.fileExists(atPath: path) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path)).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            guard bytes.count >= needle.count else { continue }
            var index = 0
            while index <= bytes.count - needle.count {
                if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { count += 1 }
                index += 1
            }
        }
        return count
    }
}
