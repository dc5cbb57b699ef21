import Foundation
import Synchronization
import Testing
@testable import ConcordStore
import ConversationEngine

/// What the dispatcher asks of the store: taking due items under a lease (never the same item
/// twice at once, again after a crash's lease runs out), deferring one with its reason, and
/// the delivery note the timeline shows. On both stores.
@Suite("The outbox under a dispatcher")
struct StoreOutboxDeliveryTests {
    /// Sarah's email and three replies to her: two by SMS, one by email.
    static func seeded(_ kind: StoreKind) throws -> (StoreFixture, [OutboxItem]) {
        let fixture = try StoreFixture(kind)
        let receipt = try StoreReplyTests.seed(fixture.store)
        let routes = try fixture.store.replyRoutes(for: receipt.conversationID)
        let email = try #require(routes.first { $0.channel == .email })
        let sms = try #require(routes.first { $0.channel == .sms })
        var items: [OutboxItem] = []
        for (index, route) in [sms, email, sms].enumerated() {
            items.append(try fixture.store.write {
                try $0.sendReply(StoreReplyTests.reply(receipt, route: route, body: "Reply \(index + 1)"), at: StoreFixture.at(Double(10 + index)),
                                 setPending: false)
            }.outbox)
        }
        return (fixture, items)
    }

    @Test(arguments: StoreKind.allCases)
    func aClaimTakesDueItemsOnceUntilTheLeaseRunsOut(_ kind: StoreKind) throws {
        let (fixture, items) = try Self.seeded(kind)
        let now = StoreFixture.at(20)
        let first = try fixture.store.write { try $0.claimOutbox(dueAt: now, leaseUntil: now.addingTimeInterval(60), limit: 10, channels: [.sms]) }
        #expect(first.map(\.id) == [items[0].id, items[2].id], "only the channels asked for, oldest first")
        #expect(first.allSatisfy { $0.attempts == 1 })
        let again = try fixture.store.write { try $0.claimOutbox(dueAt: now.addingTimeInterval(30), leaseUntil: now.addingTimeInterval(90), limit: 10,
                                                                 channels: [.sms, .email]) }
        #expect(again.map(\.id) == [items[1].id], "the held items are not taken while their lease runs")

        // The dispatcher holding the SMS items crashed: after the lease they are taken again.
        let later = now.addingTimeInterval(61)
        let retaken = try fixture.store.write { try $0.claimOutbox(dueAt: later, leaseUntil: later.addingTimeInterval(60), limit: 1, channels: [.sms]) }
        #expect(retaken.map(\.id) == [items[0].id])
        #expect(retaken.first?.attempts == 2)
        #expect(try fixture.store.write { try $0.claimOutbox(dueAt: later, leaseUntil: later, limit: 10, channels: []) }.isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aDeferredItemWaitsForItsTimeWithTheReasonOnTheTimeline(_ kind: StoreKind) throws {
        let (fixture, items) = try Self.seeded(kind)
        let now = StoreFixture.at(20)
        _ = try fixture.store.write { try $0.claimOutbox(dueAt: now, leaseUntil: now.addingTimeInterval(60), limit: 10, channels: [.sms]) }
        let next = now.addingTimeInterval(30)
        let note = "attempt 1 of 8 failed (Twilio answered HTTP 503); next attempt at 10:00:30 UTC"
        let deferred = try fixture.store.write { try $0.deferOutbox(items[0].id, until: next, error: note, at: now) }
        #expect(deferred.state == .queued)
        #expect(deferred.nextAttemptAt == next)
        #expect(deferred.lastError == note)
        let message = try #require(try fixture.store.message(items[0].messageID!))
        #expect(message.delivery == .pending)
        #expect(message.deliveryNote == note)

        #expect(try fixture.store.write { try $0.claimOutbox(dueAt: now.addingTimeInterval(29), leaseUntil: next, limit: 10, channels: [.sms]) }.isEmpty,
                "not due before its time, and the other SMS is still held")
        let due = try fixture.store.write { try $0.claimOutbox(dueAt: next, leaseUntil: next.addingTimeInterval(60), limit: 10, channels: [.sms]) }
        #expect(due.map(\.id) == [items[0].id])
        #expect(due.first?.attempts == 2)

        let sent = try fixture.store.write { try $0.markOutbox(items[0].id, as: .sent, at: next) }
        #expect(sent.state == .sent && sent.lastError == nil && sent.nextAttemptAt == nil)
        let delivered = try #require(try fixture.store.message(items[0].messageID!))
        #expect(delivered.delivery == .sent)
        #expect(delivered.deliveryNote == nil, "a sent message shows no old failure")
        #expect(try fixture.store.outbox(state: .sent, limit: 10).first?.attempts == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func aFailureKeepsItsReasonOnTheItemAndTheTimeline(_ kind: StoreKind) throws {
        let (fixture, items) = try Self.seeded(kind)
        let reason = "Twilio answered HTTP 400: The 'To' number +442079460018 is not a valid phone number."
        _ = try fixture.store.write { try $0.markOutbox(items[2].id, as: .failed, at: StoreFixture.at(30), error: reason) }
        let message = try #require(try fixture.store.message(items[2].messageID!))
        #expect(message.delivery == .failed)
        #expect(message.deliveryNote == reason)
        #expect(try fixture.store.outbox(state: .failed, limit: 10).map(\.lastError) == [reason])
        #expect(try fixture.store.write { try $0.claimOutbox(dueAt: StoreFixture.at(40), leaseUntil: StoreFixture.at(41), limit: 10,
                                                             channels: [.sms]) }.map(\.id) == [items[0].id], "a failed item is never taken again")
    }

    @Test(arguments: StoreKind.allCases)
    func dispatchersClaimingAtOnceNeverHoldTheSameItem(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try StoreReplyTests.seed(fixture.store)
        let sms = try #require(try fixture.store.replyRoutes(for: receipt.conversationID).first { $0.channel == .sms })
        for index in 0..<40 {
            _ = try fixture.store.write {
                try $0.sendReply(StoreReplyTests.reply(receipt, route: sms, body: "Reply \(index)"), at: StoreFixture.at(Double(index)),
                                 setPending: false)
            }
        }
        let stores = try (0..<4).map { _ in try fixture.another() }
        let now = StoreFixture.at(100)
        let taken = Mutex<[Int64]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { lane in
            while true {
                guard let items = try? stores[lane].write({
                    try $0.claimOutbox(dueAt: now, leaseUntil: now.addingTimeInterval(300), limit: 3, channels: [.sms])
                }), !items.isEmpty else { break }
                taken.withLock { $0 += items.map(\.id) }
            }
        }
        let ids = taken.withLock { $0 }
        #expect(ids.count == 40)
        #expect(Set(ids).count == 40, "no item was held by two dispatchers")
    }
}
