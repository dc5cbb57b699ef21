import Foundation
import Testing
import ConcordStore
import ConversationEngine

/// A live console reads again only the queue rows of the customers a change touched and places
/// them into its page by `QueueQuery.Ordering.places(_:before:)`: both stores must return just
/// those rows, and the comparison must put rows exactly where each store's ORDER BY does.
@Suite("Queue rows for some customers")
struct QueueRowsForCustomersTests {
    /// Thirty customers with due times, waits, priorities and sentiment that tie and differ.
    private static func seeded(_ kind: StoreKind) throws -> StoreFixture {
        let fixture = try StoreFixture(kind)
        let moods = ["Hello, a question about my order.", "This is terrible, I am furious and want a refund now!",
                     "Thanks, wonderful service.", "Where is my parcel?"]
        for index in 0..<30 {
            let phone = Identity.phone("+1415555\(String(format: "%04d", 1_000 + index))")!
            // Every third arrives at the same minute as another: ties on due time and wait.
            let receipt = try fixture.store.ingest(StoreFixture.event(
                .sms, identity: phone, id: "order-\(index)", text: moods[index % moods.count], minutes: Double(index / 3)))
            guard case .stored(let stored) = receipt else { continue }
            try fixture.store.write { writer in
                if index % 4 == 1 {
                    _ = try writer.setPriority(conversation: stored.conversationID, to: index % 8 == 1 ? .urgent : .high,
                                               at: StoreFixture.at(20), expectedVersion: nil)
                }
            }
            if index % 5 == 0 {
                // Answered: no wait and no response due any more (they sort last on those).
                _ = try fixture.store.ingest(StoreFixture.event(.sms, identity: phone, id: "reply-\(index)", text: "On its way.",
                                                                minutes: 30, direction: .outbound))
            }
        }
        return fixture
    }

    @Test(arguments: StoreKind.allCases)
    func theStoresOrderIsTheComparisonsOrderForEveryOrdering(_ kind: StoreKind) throws {
        let fixture = try Self.seeded(kind)
        for ordering in QueueQuery.Ordering.allCases {
            let rows = try fixture.store.queue(QueueQuery(ordering: ordering, limit: 1_000, asOf: StoreFixture.at(60)))
            #expect(rows.count == 30)
            for (a, b) in zip(rows, rows.dropFirst()) {
                #expect(ordering.places(a.conversation, before: b.conversation), "\(ordering): #\(a.id) before #\(b.id)")
                #expect(!ordering.places(b.conversation, before: a.conversation), "\(ordering): not #\(b.id) before #\(a.id)")
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func onlyTheNamedCustomersRowsComeBackUnderTheSameFilters(_ kind: StoreKind) throws {
        let fixture = try Self.seeded(kind)
        let all = try fixture.store.queue(QueueQuery(limit: 1_000, asOf: StoreFixture.at(60)))
        let some = Set(all.enumerated().filter { $0.offset % 3 == 0 }.map(\.element.conversation.customerID))
        let rows = try fixture.store.queue(QueueQuery(customers: some, limit: 1_000, asOf: StoreFixture.at(60)))
        #expect(rows == all.filter { some.contains($0.conversation.customerID) })
        // The queue's own filters still apply (every conversation here began by SMS).
        #expect(try fixture.store.queue(QueueQuery(channels: [.email], customers: some, asOf: StoreFixture.at(60))).isEmpty)
        #expect(try fixture.store.queue(QueueQuery(channels: [.sms], customers: some, limit: 1_000, asOf: StoreFixture.at(60))) == rows)
        #expect(try fixture.store.queue(QueueQuery(customers: [], asOf: StoreFixture.at(60))).isEmpty)
        #expect(try fixture.store.queueCount(QueueQuery(customers: some)) == some.count)
    }
}
