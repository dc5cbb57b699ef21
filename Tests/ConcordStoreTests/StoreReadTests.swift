import Foundation
import Testing
import ConcordStore
import ConversationEngine

/// The reads no other suite exercises, on both stores: conversations and messages by id and by
/// customer, the customer snapshot, promises by id and falling due, live activity, agents,
/// statistics and response times; and the queue, every ordering and filter, held to give the
/// SQLite store's rows on PostgreSQL.
@Suite("Store reads: the same answers from every store")
struct StoreReadTests {
    @Test(arguments: StoreKind.allCases) func conversationsAndMessagesReadBackByCustomerAndID(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let email = Identity.email("mina@example.kr")!
        guard case .stored(let first) = try fixture.store.ingest(StoreFixture.event(
                  .email, identity: email, id: "m1@x", text: "배송 문의", subject: "배송", name: "Kim Mina", language: .ko)),
              case .stored(let second) = try fixture.store.ingest(StoreFixture.event(
                  .email, identity: email, id: "m2@x", text: "Invoice please", minutes: 10, subject: "Invoice")) else {
            Issue.record("stored"); return
        }
        try fixture.store.ingest(StoreFixture.event(.email, identity: email, id: "m3@x", text: "Also the receipt", minutes: 20,
                                                    subject: "Re: Invoice", inReplyTo: "m2@x"))
        #expect(first.conversationID != second.conversationID)
        #expect(try fixture.store.conversations(of: first.customerID).map(\.id) == [second.conversationID, first.conversationID],
                "most recent activity first")
        #expect(try fixture.store.messages(in: second.conversationID).map(\.text) == ["Invoice please", "Also the receipt"])
        #expect(try fixture.store.message(second.messageID)?.email?.messageID == "m2@x")
        #expect(try fixture.store.message(MessageID(9_999)) == nil)
        #expect(try fixture.store.conversation(ConversationID(9_999)) == nil)
        let customer = try #require(try fixture.store.customer(first.customerID))
        #expect(customer.language == .ko)
        #expect(customer.createdAt == StoreFixture.at(0))
        #expect(try fixture.store.customer(CustomerID(9_999)) == nil)
        #expect(try fixture.store.customer(with: email) == first.customerID)
        #expect(try fixture.store.customer(with: .email("nobody@example.kr")!) == nil)
        #expect(try fixture.store.conversations(of: CustomerID(9_999)).isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func liveActivityPollsWhatArrivedSince(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        #expect(try fixture.store.latestMessageID() == nil)
        let phone = Identity.phone("+4915112345678")!
        var ids: [MessageID] = []
        for minute in 0..<3 {
            guard case .stored(let receipt) = try fixture.store.ingest(
                StoreFixture.event(.sms, identity: phone, id: "p\(minute)", text: "Nachricht \(minute)", minutes: Double(minute))) else {
                Issue.record("stored"); return
            }
            ids.append(receipt.messageID)
        }
        #expect(try fixture.store.latestMessageID() == ids[2])
        #expect(try fixture.store.messages(after: ids[0], limit: 1).map(\.id) == [ids[1]])
        #expect(try fixture.store.messages(after: MessageID(0), limit: 10).map(\.text) == ["Nachricht 0", "Nachricht 1", "Nachricht 2"])
        #expect(try fixture.store.messages(after: ids[2], limit: 10).isEmpty)
        #expect(try fixture.store.messages(after: MessageID(0), limit: -1).count == 3, "a negative limit is none")
    }

    @Test(arguments: StoreKind.allCases) func agentsAreListedByNameInCodePointOrder(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        try fixture.store.write { writer in
            _ = try writer.upsertAgent(login: "zoe", name: "Zoë Park", languages: [.en], role: .agent, team: "support")
            _ = try writer.upsertAgent(login: "bob", name: "bob", languages: [.en, .ru], role: .supervisor, team: "billing")
            _ = try writer.upsertAgent(login: "amy", name: "Amy", languages: [.fa], role: .agent, team: "support")
            _ = try writer.upsertAgent(login: "elif", name: "Élif", languages: [.zh], role: .agent, team: "support")
        }
        #expect(try fixture.store.agents().map(\.login) == ["amy", "zoe", "bob", "elif"], "upper case, lower case, then accented")
        try fixture.store.write { _ = try $0.upsertAgent(login: "zoe", name: "Ann Zoë", languages: [.ko], role: .admin, team: "vip") }
        let zoe = try #require(try fixture.store.agent(login: "zoe"))
        #expect(zoe.name == "Ann Zoë")
        #expect(zoe.languages == [.ko])
        #expect(zoe.role == .admin)
        #expect(zoe.team == "vip")
        #expect(try fixture.store.agents().map(\.login) == ["amy", "zoe", "bob", "elif"])
        #expect(try fixture.store.agent(login: "nobody") == nil)
    }

    @Test(arguments: StoreKind.allCases) func statisticsCountEveryTable(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        #expect(try fixture.store.statistics() == StoreStatistics(customers: 0, conversations: 0, activeConversations: 0,
                                                                  messages: 0, promises: 0, agents: 0))
        guard case .stored(let receipt) = try fixture.store.ingest(
            StoreFixture.event(.sms, identity: .phone("+14155550150")!, id: "a", text: "hello")) else { Issue.record("stored"); return }
        try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+14155550151")!, id: "b", text: "hi"))
        try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+14155550151")!, id: "c", text: "anyone?", minutes: 1))
        try fixture.store.write { writer in
            _ = try writer.upsertAgent(login: "dana", name: "Dana Lee", languages: [.en], role: .agent, team: "support")
            _ = try writer.recordPromise(conversation: receipt.conversationID, message: nil, text: "Call back", madeAt: StoreFixture.at(1),
                                         dueAt: StoreFixture.at(60), state: .open, closedAt: nil)
            _ = try writer.setStatus(conversation: receipt.conversationID, to: .resolved, at: StoreFixture.at(2), expectedVersion: nil)
        }
        #expect(try fixture.store.statistics() == StoreStatistics(customers: 2, conversations: 2, activeConversations: 1,
                                                                  messages: 3, promises: 1, agents: 1))
    }

    @Test(arguments: StoreKind.allCases) func promisesByIDByConversationAndFallingDue(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        guard case .stored(let a) = try fixture.store.ingest(
                  StoreFixture.event(.email, identity: .email("a@example.com")!, id: "a", text: "refund?")),
              case .stored(let b) = try fixture.store.ingest(
                  StoreFixture.event(.email, identity: .email("b@example.com")!, id: "b", text: "delivery?")) else {
            Issue.record("stored"); return
        }
        let (late, soon, other) = try fixture.store.write { writer in
            (try writer.recordPromise(conversation: a.conversationID, message: a.messageID, text: "Refund by Friday",
                                      madeAt: StoreFixture.at(0), dueAt: StoreFixture.at(300), state: .open, closedAt: nil, kind: .refund),
             try writer.recordPromise(conversation: a.conversationID, message: nil, text: "Reply within the hour",
                                      madeAt: StoreFixture.at(0), dueAt: StoreFixture.at(60), state: .open, closedAt: nil, kind: .reply),
             try writer.recordPromise(conversation: b.conversationID, message: nil, text: "Courier tomorrow",
                                      madeAt: StoreFixture.at(0), dueAt: StoreFixture.at(120), state: .open, closedAt: nil))
        }
        #expect(try fixture.store.promise(late.id) == late)
        #expect(try fixture.store.promise(PromiseID(9_999)) == nil)
        #expect(try fixture.store.promises(in: a.conversationID).map(\.id) == [soon.id, late.id], "soonest due first")
        #expect(try fixture.store.promises(in: b.conversationID) == [other])
        #expect(try fixture.store.openPromises(dueBefore: StoreFixture.at(121), limit: 10).map(\.id) == [soon.id, other.id])
        #expect(try fixture.store.openPromises(dueBefore: nil, limit: 10).map(\.id) == [soon.id, other.id, late.id])
        #expect(try fixture.store.openPromises(dueBefore: nil, limit: 1).map(\.id) == [soon.id])
        #expect(try fixture.store.openPromises(dueBefore: nil, limit: -1).isEmpty)
        try fixture.store.write { _ = try $0.settlePromise(soon.id, as: .kept, at: StoreFixture.at(30)) }
        #expect(try fixture.store.openPromises(dueBefore: nil, limit: 10).map(\.id) == [other.id, late.id])
        let kept = try #require(try fixture.store.promise(soon.id))
        #expect(kept.state == .kept)
        #expect(kept.closedAt == StoreFixture.at(30))
        #expect(kept.kind == .reply)
    }

    @Test(arguments: StoreKind.allCases) func snapshotReadsTheCustomerWithEverythingAboutThem(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let phone = Identity.phone("+989121234567")!
        var receipts: [IngestReceipt] = []
        for minute in 0..<5 {
            guard case .stored(let receipt) = try fixture.store.ingest(StoreFixture.event(
                minute == 4 ? .whatsapp : .sms, identity: phone, id: "f\(minute)", text: "پیام \(minute)", minutes: Double(minute * 10),
                name: "Sara Ahmadi", language: .fa)) else { Issue.record("stored"); return }
            receipts.append(receipt)
        }
        let customerID = receipts[0].customerID
        let promise = try fixture.store.write { writer in
            try writer.recordPromise(conversation: receipts[0].conversationID, message: nil, text: "Call back", madeAt: StoreFixture.at(0),
                                     dueAt: StoreFixture.at(600), state: .open, closedAt: nil)
        }
        let snapshot = try #require(try fixture.store.snapshot(of: customerID, messageLimit: 3, contactsSince: StoreFixture.at(15)))
        #expect(snapshot.customer == (try fixture.store.customer(customerID)))
        #expect(snapshot.identities == [phone])
        #expect(snapshot.conversations == (try fixture.store.conversations(of: customerID)))
        #expect(snapshot.messages.map(\.text) == ["پیام 2", "پیام 3", "پیام 4"])
        #expect(snapshot.hasOlderMessages)
        #expect(snapshot.promises == [promise])
        #expect(snapshot.recentContacts == 3)
        #expect(snapshot.satisfaction.isEmpty)
        let whole = try #require(try fixture.store.snapshot(of: customerID, messageLimit: 5, contactsSince: StoreFixture.at(0)))
        #expect(!whole.hasOlderMessages)
        #expect(whole.messages == (try fixture.store.timeline(of: customerID, before: nil, limit: 10)))
        #expect(try fixture.store.snapshot(of: CustomerID(9_999), messageLimit: 3, contactsSince: StoreFixture.at(0)) == nil)
    }

    @Test(arguments: StoreKind.allCases) func responseTimesMeasureFirstAnswersOnTheChannel(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        for (index, wait) in [3.0, 1.0].enumerated() {
            let visitor = Identity.external("visitor\(index)", system: "chat")!
            let start = Double(index * 100)
            try fixture.store.ingest(StoreFixture.event(.chat, identity: visitor, id: "q\(index)", text: "hello", minutes: start,
                                                        session: "s\(index)"))
            try fixture.store.ingest(StoreFixture.event(.chat, identity: visitor, id: "r\(index)", text: "Hi, how can I help?",
                                                        minutes: start + wait, direction: .outbound, session: "s\(index)"))
        }
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("slow@example.com")!, id: "e", text: "waiting"))
        #expect(try fixture.store.responseTimes(on: .chat, since: StoreFixture.at(0)).samples == [60, 180])
        #expect(try fixture.store.responseTimes(on: .chat, since: StoreFixture.at(50)).samples == [60])
        #expect(try fixture.store.responseTimes(on: .email, since: StoreFixture.at(0)).samples.isEmpty, "an unanswered email has no sample")
    }

    @Test(arguments: StoreKind.allCases) func statusChangesAreListedInTimeOrder(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        guard case .stored(let receipt) = try fixture.store.ingest(
            StoreFixture.event(.sms, identity: .phone("+14155550160")!, id: "s", text: "help")) else { Issue.record("stored"); return }
        let id = receipt.conversationID
        try fixture.store.write { writer in
            _ = try writer.setStatus(conversation: id, to: .resolved, at: StoreFixture.at(30), expectedVersion: nil)
            _ = try writer.setStatus(conversation: id, to: .pendingCustomer, at: StoreFixture.at(10), expectedVersion: nil)
            _ = try writer.setStatus(conversation: id, to: .open, at: StoreFixture.at(20), expectedVersion: nil)
        }
        let changes = try fixture.store.statusChanges(of: id)
        #expect(changes.map(\.status) == [.pendingCustomer, .open, .resolved])
        #expect(changes.map(\.at) == [StoreFixture.at(10), StoreFixture.at(20), StoreFixture.at(30)])
        #expect(changes.allSatisfy { $0.conversationID == id })
        #expect(try fixture.store.statusChanges(of: ConversationID(9_999)).isEmpty)
    }

    /// A queue of customers on every channel, in several languages, priorities, queues and moods.
    static func fillQueue(_ store: any Store) throws {
        let texts = ["Where is my order?", "Это ужасно, верните деньги!", "Thank you so much, great service",
                     "سلام\n> quoted\nکجاست؟", "我的包裹还没到", "", "환불해 주세요", "URGENT: the app is down, terrible"]
        let channels: [Channel] = [.email, .sms, .whatsapp, .chat, .x, .phone, .telegram, .facebook]
        let languages: [Language] = [.en, .ru, .en, .fa, .zh, .en, .ko, .en]
        let priorities: [Priority?] = [nil, .high, .low, .urgent, nil, .high, nil, .urgent]
        try store.write { writer in
            _ = try writer.upsertAgent(login: "dana", name: "Dana Lee", languages: [.en], role: .agent, team: "support")
        }
        for index in 0..<16 {
            let slot = index % 8
            let channel = channels[slot]
            let identity: Identity = switch channel {
            case .email: .email("c\(index)@example.com")!
            case .sms, .whatsapp, .phone: .phone("+1415555\(String(format: "%04d", 2000 + index))")!
            case .chat: .external("visitor\(index)", system: "chat")!
            default: .handle("user\(index)", on: channel)!
            }
            var event = StoreFixture.event(channel, identity: identity, id: "q\(index)", text: texts[slot] + (index >= 8 ? " again" : ""),
                                           minutes: Double(index * 7 % 50), subject: "Case \(index)", name: "Customer \(index)",
                                           language: languages[slot], session: "s\(index)")
            event.priority = priorities[slot]
            event.queue = index % 3 == 0 ? "billing" : nil
            guard case .stored(let receipt) = try store.ingest(event) else { throw StoreError.notFound(what: "receipt", id: "\(index)") }
            if index % 4 == 1 {
                try store.ingest(StoreFixture.event(channel, identity: identity, id: "a\(index)", text: "We are on it", minutes: Double(index * 7 % 50) + 3,
                                                    direction: .outbound, subject: "Re: Case \(index)", inReplyTo: "q\(index)", session: "s\(index)"))
            }
            try store.write { writer in
                if index % 5 == 0 {
                    _ = try writer.recordPromise(conversation: receipt.conversationID, message: nil, text: "Call back",
                                                 madeAt: StoreFixture.at(0), dueAt: StoreFixture.at(Double(30 + index)), state: .open, closedAt: nil)
                }
                if index % 3 == 1, let dana = try store.agent(login: "dana") {
                    _ = try writer.assign(conversation: receipt.conversationID, to: dana.id, expectedVersion: nil)
                }
                if index == 6 { _ = try writer.setStatus(conversation: receipt.conversationID, to: .resolved, at: StoreFixture.at(60), expectedVersion: nil) }
                if index == 9 { _ = try writer.setStatus(conversation: receipt.conversationID, to: .pendingCustomer, at: StoreFixture.at(60), expectedVersion: nil) }
            }
        }
    }

    /// The queries the console makes: every ordering, each filter, pages, counts.
    static func queueQueries(agent: AgentID) -> [QueueQuery] {
        let asOf = StoreFixture.at(45)
        var queries = QueueQuery.Ordering.allCases.flatMap { ordering in
            [QueueQuery(ordering: ordering, asOf: asOf), QueueQuery(ordering: ordering, limit: 5, offset: 3, asOf: asOf)]
        }
        queries += [
            QueueQuery(statuses: [.pendingCustomer], asOf: asOf),
            QueueQuery(statuses: Set(ConversationStatus.allCases), asOf: asOf),
            QueueQuery(statuses: [.resolved, .open], asOf: asOf),
            QueueQuery(statuses: [], asOf: asOf),
            QueueQuery(channels: [.sms, .x], asOf: asOf),
            QueueQuery(queueName: "billing", asOf: asOf),
            QueueQuery(assignee: agent, asOf: asOf),
            QueueQuery(unassignedOnly: true, asOf: asOf),
            QueueQuery(languages: [.fa, .zh, .ko], asOf: asOf),
            QueueQuery(ordering: .sentiment, channels: [.email, .telegram, .facebook], languages: [.en], limit: 2, asOf: asOf),
            QueueQuery(limit: 0, asOf: asOf),
            QueueQuery(limit: 3, offset: 100, asOf: asOf),
        ]
        return queries
    }

    @Test func everyQueueQueryGivesTheSameRowsOnPostgreSQLAsOnSQLite() throws {
        let sqlite = try StoreFixture(.sqlite)
        let postgres = try StoreFixture(.postgres)
        try Self.fillQueue(sqlite.store)
        try Self.fillQueue(postgres.store)
        let agent = try #require(try sqlite.store.agent(login: "dana")).id
        for query in Self.queueQueries(agent: agent) {
            let expected = try sqlite.store.queue(query)
            let actual = try postgres.store.queue(query)
            #expect(actual == expected, "\(query)")
            #expect(try postgres.store.queueCount(query) == (try sqlite.store.queueCount(query)), "\(query)")
        }
        let all = try sqlite.store.queue(QueueQuery(statuses: Set(ConversationStatus.allCases), asOf: StoreFixture.at(45)))
        #expect(all.count == 16)
        #expect(all.contains { $0.lastSummary == "voicemail call" }, "a call with no words is summarized by its outcome")
        #expect(all.contains { $0.lastSummary == "سلام" }, "the first line, quotes skipped")
        #expect(all.map(\.overduePromises).reduce(0, +) == 3)
        for item in all {
            #expect(try postgres.store.conversation(item.id) == (try sqlite.store.conversation(item.id)))
            #expect(try postgres.store.messages(in: item.id) == (try sqlite.store.messages(in: item.id)))
            #expect(try postgres.store.replyRoutes(for: item.id) == (try sqlite.store.replyRoutes(for: item.id)))
            let customer = item.conversation.customerID
            #expect(try postgres.store.snapshot(of: customer, messageLimit: 1, contactsSince: StoreFixture.at(20))
                    == (try sqlite.store.snapshot(of: customer, messageLimit: 1, contactsSince: StoreFixture.at(20))))
        }
        #expect(try postgres.store.statistics() == (try sqlite.store.statistics()))
        #expect(try postgres.store.responseTimes(on: .email, since: StoreFixture.at(0))
                == (try sqlite.store.responseTimes(on: .email, since: StoreFixture.at(0))))
    }
}
