import Foundation
import Testing
@testable import ConcordStore
import ConversationEngine

@Suite("Store behaviour: ingest, queue, timeline, promises")
struct StoreBehaviourTests {
    @Test(arguments: StoreKind.allCases) func ingestPipelineLinksChannelsThroughASharedPhone(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let phone = Identity.phone("+989121112233")!
        let results = try fixture.store.ingest([
            StoreFixture.event(.sms, identity: phone, id: "s1", text: "سلام، سفارشم نرسیده", minutes: 0),
            StoreFixture.event(.phone, identity: phone, id: "c1", text: "پیام صوتی: لطفاً تماس بگیرید", minutes: 5),
            StoreFixture.event(.whatsapp, identity: phone, id: "w1", text: "هنوز منتظرم", minutes: 10),
        ])
        let receipts = try results.map { result -> IngestReceipt in
            guard case .success(.stored(let receipt)) = result else { throw StoreError.notFound(what: "receipt", id: "?") }
            return receipt
        }
        #expect(Set(receipts.map(\.customerID)).count == 1)
        #expect(Set(receipts.map(\.conversationID)).count == 1)
        let customer = receipts[0].customerID
        #expect(try fixture.store.identities(of: customer) == [phone])
        #expect(try fixture.store.timeline(of: customer, before: nil, limit: 10).map(\.channel) == [.sms, .phone, .whatsapp])
        #expect(try fixture.store.contactCount(of: customer, since: StoreFixture.at(4)) == 2)
        let message = try #require(try fixture.store.message(receipts[1].messageID))
        #expect(message.call?.outcome == .voicemail)
        #expect(message.call?.durationSeconds == 61)
    }

    @Test(arguments: StoreKind.allCases) func batchReportsRejectedEventsWithoutLosingTheOthers(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let orphan = InboundEvent(channel: .sms, occurredAt: StoreFixture.at(0), customer: CustomerHints(identities: []), text: "?")
        let results = try fixture.store.ingest([
            orphan, StoreFixture.event(.sms, identity: .phone("+14155550100")!, id: "ok", text: "fine"),
        ])
        #expect(results.count == 2)
        if case .failure(let error) = results[0] { #expect(error == .noCustomerIdentity(channel: .sms)) } else { Issue.record("rejected") }
        #expect(try fixture.store.statistics().messages == 1)
    }

    @Test(arguments: StoreKind.allCases) func emailThreadsAcrossRestartsAndDuplicatesAreNoOps(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let email = Identity.email("olga@example.ru")!
        let first = try fixture.store.ingest(StoreFixture.event(.email, identity: email, id: "a@x", text: "Здравствуйте", subject: "Возврат"))
        try fixture.reopen()
        let reply = try fixture.store.ingest(StoreFixture.event(.email, identity: email, id: "b@x", text: "Ответ", minutes: 60,
                                                                 direction: .outbound, subject: "Re: Возврат", inReplyTo: "a@x"))
        guard case .stored(let a) = first, case .stored(let b) = reply else { Issue.record("stored"); return }
        #expect(a.conversationID == b.conversationID)
        #expect(b.threadingReason == .emailHeaders)
        #expect(try fixture.store.ingest(StoreFixture.event(.email, identity: email, id: "a@x", text: "Здравствуйте")).isDuplicate)
        let conversation = try #require(try fixture.store.conversation(a.conversationID))
        #expect(conversation.waitingSince == nil)
        #expect(conversation.firstResponseAt == StoreFixture.at(60))
        #expect(conversation.version == 2)
    }

    @Test(arguments: StoreKind.allCases) func queueOrdersByWhatBreachesFirstThenPriority(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        // Social is due within the hour, SMS within 4 hours, email within a day.
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("e@example.com")!, id: "e", text: "email", minutes: 0))
        try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+14155550101")!, id: "s", text: "sms", minutes: 0))
        try fixture.store.ingest(StoreFixture.event(.x, identity: .handle("tw", on: .x)!, id: "x", text: "tweet", minutes: 30))
        var answered = StoreFixture.event(.chat, identity: .external("v", system: "chat")!, id: "c1", text: "hi", minutes: 0, session: "s")
        try fixture.store.ingest(answered)
        answered = StoreFixture.event(.chat, identity: .external("v", system: "chat")!, id: "c2", text: "hello!", minutes: 1,
                                      direction: .outbound, session: "s")
        try fixture.store.ingest(answered)

        let rows = try fixture.store.queue(QueueQuery(asOf: StoreFixture.at(120)))
        #expect(rows.map(\.lastSummary) == ["tweet", "sms", "email", "hi"], "nobody waits on the answered chat: last; rows show what the customer said")
        #expect(try fixture.store.queueCount(QueueQuery()) == 4)
        let byWait = try fixture.store.queue(QueueQuery(ordering: .longestWait))
        #expect(byWait.last?.lastSummary == "hi")
        let socialOnly = try fixture.store.queue(QueueQuery(channels: [.x]))
        #expect(socialOnly.map(\.lastSummary) == ["tweet"])
        let row = try #require(rows.first)
        #expect(row.customerName.displayName == "@tw")
        #expect(row.lastChannel == .x)
    }

    @Test(arguments: StoreKind.allCases) func statusAndAssignmentUseOptimisticConcurrency(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        guard case .stored(let receipt) = try fixture.store.ingest(
            StoreFixture.event(.sms, identity: .phone("+14155550102")!, id: "s", text: "help")) else { Issue.record("stored"); return }
        let agent = try fixture.store.write { try $0.upsertAgent(login: "dana", name: "Dana Lee", languages: [.en, .ko], role: .agent, team: "support") }
        let assigned = try fixture.store.write { try $0.assign(conversation: receipt.conversationID, to: agent.id, expectedVersion: 1) }
        #expect(assigned.assignee == agent.id)
        #expect(assigned.version == 2)
        #expect(throws: StoreError.versionConflict(conversation: receipt.conversationID, expected: 1, actual: 2)) {
            try fixture.store.write { try $0.setStatus(conversation: receipt.conversationID, to: .resolved, at: StoreFixture.at(5), expectedVersion: 1) }
        }
        let resolved = try fixture.store.write { try $0.setStatus(conversation: receipt.conversationID, to: .resolved, at: StoreFixture.at(5), expectedVersion: 2) }
        #expect(resolved.waitingSince == nil)
        #expect(try fixture.store.queueCount(QueueQuery()) == 0)
        #expect(try fixture.store.agent(login: "dana")?.languages == [.en, .ko])
    }

    @Test(arguments: StoreKind.allCases) func promisesAreListedAndOverdueOnesCountedInTheQueue(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        guard case .stored(let r) = try fixture.store.ingest(
            StoreFixture.event(.email, identity: .email("p@example.com")!, id: "p", text: "refund?")) else { Issue.record("stored"); return }
        try fixture.store.write { writer in
            try writer.recordPromise(conversation: r.conversationID, message: r.messageID, text: "Refund within 5 business days",
                                     madeAt: StoreFixture.at(0), dueAt: StoreFixture.at(60), state: .open, closedAt: nil)
            try writer.recordPromise(conversation: r.conversationID, message: nil, text: "Call back tomorrow",
                                     madeAt: StoreFixture.at(0), dueAt: StoreFixture.at(24 * 60), state: .open, closedAt: nil)
        }
        let promises = try fixture.store.promises(of: r.customerID)
        #expect(promises.map(\.text) == ["Refund within 5 business days", "Call back tomorrow"])
        #expect(try fixture.store.queue(QueueQuery(asOf: StoreFixture.at(120))).first?.overduePromises == 1)
        #expect(try fixture.store.queue(QueueQuery(asOf: StoreFixture.at(30))).first?.overduePromises == 0)
        // Resolving keeps the promise that is not yet due; the overdue one stays broken.
        try fixture.store.write { _ = try $0.setStatus(conversation: r.conversationID, to: .resolved, at: StoreFixture.at(120), expectedVersion: nil) }
        let after = try fixture.store.promises(of: r.customerID)
        #expect(after.map { $0.state(at: StoreFixture.at(120)) } == [.broken, .kept])
    }

    @Test(arguments: StoreKind.allCases) func timelinePagesBackwardsInChronologicalPages(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let phone = Identity.phone("+821099998888")!
        for minute in 0..<25 {
            try fixture.store.ingest(StoreFixture.event(.sms, identity: phone, id: "s\(minute)", text: "line \(minute)", minutes: Double(minute)))
        }
        let customer = try #require(try fixture.store.customer(with: phone))
        let newest = try fixture.store.timeline(of: customer, before: nil, limit: 10)
        #expect(newest.map(\.text) == (15..<25).map { "line \($0)" })
        let older = try fixture.store.timeline(of: customer, before: TimelineCursor(newest[0]), limit: 10)
        #expect(older.map(\.text) == (5..<15).map { "line \($0)" })
    }
}
