import Foundation
import Testing
import ConcordStore
import ConversationEngine

@Suite("SLA clocks from the store")
struct StoreSLATests {
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func email(_ id: String, at: String, direction: Direction = .inbound, inReplyTo: String? = nil) -> InboundEvent {
        InboundEvent(channel: .email, direction: direction, providerID: id, occurredAt: date(at),
                     customer: CustomerHints(identities: [Identity.email("sla@example.org")!]),
                     author: direction == .outbound ? .agent("Dana Lee") : nil, subject: "Order 1042", text: "Where is it?",
                     email: EmailHeaders(messageID: id, inReplyTo: inReplyTo))
    }

    @Test(arguments: StoreKind.allCases) func clocksReplayMessagesAndStatusChanges(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        guard case .stored(let first) = try fixture.store.ingest(Self.email("a", at: "2026-11-30T09:00:00Z")) else {
            Issue.record("stored"); return
        }
        try fixture.store.ingest(Self.email("b", at: "2026-11-30T10:00:00Z", direction: .outbound, inReplyTo: "a"))
        try fixture.store.write {
            _ = try $0.setStatus(conversation: first.conversationID, to: .pendingCustomer, at: Self.date("2026-11-30T10:00:00Z"),
                                 expectedVersion: nil)
        }
        #expect(try fixture.store.statusChanges(of: first.conversationID).map(\.status) == [.pendingCustomer])
        let paused = try #require(try fixture.store.slaClock(of: first.conversationID, policies: .standard))
        #expect(paused.firstResponse?.state == .met)
        #expect(paused.resolution?.state == .paused(remaining: 26 * 3600))

        try fixture.store.ingest(Self.email("c", at: "2026-12-02T09:00:00Z", inReplyTo: "b"))
        let resumed = try #require(try fixture.store.slaClock(of: first.conversationID, policies: .standard))
        #expect(resumed.resolution?.dueAt == Self.date("2026-12-04T17:00:00Z"))
        #expect(resumed.nextDue?.kind == .nextResponse)
        #expect(try fixture.store.conversation(first.conversationID)?.responseDueAt == Self.date("2026-12-02T18:00:00Z"),
                "the queue's due time is the same clock: 9 business hours from Wednesday 09:00")
    }

    @Test(arguments: StoreKind.allCases) func aChangedPolicyRecomputesTheQueuesDueTimesOnOpen(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        guard case .stored(let receipt) = try fixture.store.ingest(Self.email("a", at: "2026-11-27T17:00:00Z")) else {
            Issue.record("stored"); return
        }
        #expect(try fixture.store.conversation(receipt.conversationID)?.responseDueAt == Self.date("2026-11-30T17:00:00Z"))
        var book = SLAPolicyBook.standard
        book.policies.insert(SLAPolicy(name: "email around the clock", channels: [.email],
                                       targets: SLATargets(firstResponse: 2 * 3600), calendar: "always"), at: 0)
        try fixture.reopen(planner: IngestPlanner(lifecycle: ConversationLifecycle(policies: book)))
        let reopened = fixture.store
        #expect(try reopened.conversation(receipt.conversationID)?.responseDueAt == Self.date("2026-11-27T19:00:00Z"))
        #expect(try reopened.queue(QueueQuery()).first?.conversation.version == 1, "a derived due time is not an edit")
    }

    @Test(arguments: StoreKind.allCases) func everyWaitingConversationIsRecomputedAndAPolicyChangedBackRestoresThem(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        var ids: [ConversationID] = []
        for (index, at) in ["2026-11-27T17:00:00Z", "2026-11-30T08:30:00Z", "2026-11-30T11:15:00Z"].enumerated() {
            let event = InboundEvent(channel: .email, providerID: "w\(index)", occurredAt: Self.date(at),
                                     customer: CustomerHints(identities: [Identity.email("wait\(index)@example.org")!]),
                                     subject: "Case \(index)", text: "Any news?", email: EmailHeaders(messageID: "w\(index)"))
            guard case .stored(let receipt) = try fixture.store.ingest(event) else { Issue.record("stored"); return }
            ids.append(receipt.conversationID)
        }
        try fixture.store.ingest(InboundEvent(channel: .email, direction: .outbound, providerID: "r2", occurredAt: Self.date("2026-11-30T12:00:00Z"),
                                              customer: CustomerHints(identities: [Identity.email("wait2@example.org")!]),
                                              author: .agent("Dana Lee"), subject: "Re: Case 2", text: "Shipped today",
                                              email: EmailHeaders(messageID: "r2", inReplyTo: "w2")))
        let before = try ids.map { try #require(try fixture.store.conversation($0)) }
        #expect(before.map(\.responseDueAt) == [Self.date("2026-11-30T17:00:00Z"), Self.date("2026-11-30T18:00:00Z"), nil],
                "9 business hours from the next opening")

        var book = SLAPolicyBook.standard
        book.policies.insert(SLAPolicy(name: "email around the clock", channels: [.email],
                                       targets: SLATargets(firstResponse: 2 * 3600), calendar: "always"), at: 0)
        try fixture.reopen(planner: IngestPlanner(lifecycle: ConversationLifecycle(policies: book)))
        let changed = try ids.map { try #require(try fixture.store.conversation($0)) }
        #expect(changed.map(\.responseDueAt) == [Self.date("2026-11-27T19:00:00Z"), Self.date("2026-11-30T10:30:00Z"), nil],
                "an answered conversation has no due time to recompute")
        #expect(changed.map(\.version) == before.map(\.version))
        #expect(try fixture.store.queue(QueueQuery()).map(\.id) == [ids[0], ids[1], ids[2]])

        try fixture.reopen(planner: IngestPlanner())
        #expect(try ids.map { try fixture.store.conversation($0)?.responseDueAt } == before.map(\.responseDueAt))
        let another = try fixture.another()
        #expect(try another.conversation(ids[0]) == (try fixture.store.conversation(ids[0])), "a second store under the same policy changes nothing")
    }
}
