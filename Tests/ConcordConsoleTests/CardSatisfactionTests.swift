import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConversationEngine

@Suite("Satisfaction on the customer card")
struct CardSatisfactionTests {
    static let now = ConsoleFixture.now

    static func snapshot(scores: [Int]) -> CustomerSnapshot {
        let customer = Customer(id: CustomerID(1), name: PersonName(displayName: "김민지", givenName: "민지", familyName: "김"),
                                language: .ko, createdAt: now)
        let ratings = scores.enumerated().map { index, score in
            SatisfactionRating(id: Int64(index + 1), customerID: customer.id, conversationID: ConversationID(Int64(index + 1)), score: score,
                               at: now.addingTimeInterval(Double(index) * 3600), channel: .phone, source: .reply)
        }
        return CustomerSnapshot(customer: customer, identities: [], conversations: [], messages: [], hasOlderMessages: false,
                                promises: [], recentContacts: 0, satisfaction: ratings)
    }

    static func card(_ snapshot: CustomerSnapshot) throws -> [String] {
        CardDocument.lines(detail: snapshot, now: now, width: 60, presentation: try ConsoleFixture.presentation()).map(\.plainText)
    }

    @Test func theLatestScoreWithStarsAndTheAverageAreShown() throws {
        let lines = try Self.card(Self.snapshot(scores: [5, 3, 4]))
        #expect(lines.contains { $0.hasPrefix("Satisfied") && $0.contains("★★★★☆ 4 latest · average 4.0 of 3") }, "\(lines)")
        let one = try Self.card(Self.snapshot(scores: [2]))
        #expect(one.contains { $0.hasPrefix("Satisfied") && $0.hasSuffix("★★☆☆☆ 2") })
    }

    @Test func aCustomerWithoutRatingsHasNoSatisfactionLine() throws {
        #expect(!(try Self.card(Self.snapshot(scores: []))).contains { $0.hasPrefix("Satisfied") })
    }
}
