import Foundation
import Testing
@testable import ConversationEngine

@Suite("Situation detector: context situations")
struct SituationContextTests {
    let detector = SituationDetector()
    static let now = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-29

    static func promise(_ text: String, due: Date, state: Promise.State = .open) -> Promise {
        Promise(id: PromiseID(7), conversationID: ConversationID(3), customerID: CustomerID(5),
                text: text, madeAt: due.addingTimeInterval(-5 * 86_400), dueAt: due, state: state)
    }

    func situation(_ id: SituationID, in text: String = "Any news?", language: Language = .en,
                   _ context: SituationContext) -> DetectedSituation? {
        detector.detect(text, language: language, context: context).first { $0.id == id }
    }

    @Test func longWaitSaysByHowMuch() throws {
        let context = SituationContext(waited: 3 * 3_600 + 600, replyTarget: 3_600, now: Self.now)
        let wait = try #require(situation(.longWait, context))
        #expect(wait.evidence == ["waited 3h 10m against a 1h target"])
        #expect(wait.confidence > 0.9)
        #expect(situation(.longWait, SituationContext(waited: 3_000, replyTarget: 3_600, now: Self.now)) == nil)
        #expect(situation(.longWait, SituationContext(waited: 3_000, now: Self.now)) == nil, "no target, no judgement")
        let justOver = try #require(situation(.longWait, SituationContext(waited: 3_700, replyTarget: 3_600, now: Self.now)))
        #expect(justOver.confidence < wait.confidence)
    }

    @Test func loyaltyFromTenureOrTier() throws {
        let veteran = try #require(situation(.loyalCustomer, SituationContext(tenureYears: 6, now: Self.now)))
        #expect(veteran.evidence == ["customer for 6 years"])
        let gold = try #require(situation(.loyalCustomer, SituationContext(tenureYears: 1, loyalty: .gold, now: Self.now)))
        #expect(gold.evidence == ["gold tier"])
        let both = try #require(situation(.loyalCustomer, SituationContext(tenureYears: 8, loyalty: .platinum, now: Self.now)))
        #expect(both.confidence > veteran.confidence)
        #expect(situation(.loyalCustomer, SituationContext(tenureYears: 2, loyalty: .silver, now: Self.now)) == nil)
    }

    @Test func anOverduePromiseIsBroken() throws {
        let due = ISO8601DateFormatter().date(from: "2026-11-27T15:00:00Z") ?? Self.now
        let context = SituationContext(overduePromises: [Self.promise("refund by Friday", due: due)], now: Self.now)
        let broken = try #require(situation(.brokenPromise, context))
        #expect(broken.evidence == ["promise \"refund by Friday\" overdue since 2026-11-27"])
        let notYet = SituationContext(overduePromises: [Self.promise("call back", due: Self.now.addingTimeInterval(3_600))],
                                      now: Self.now)
        #expect(situation(.brokenPromise, notYet) == nil, "a promise not yet due is not broken")
        let kept = SituationContext(overduePromises: [Self.promise("call back", due: due, state: .kept)], now: Self.now)
        #expect(situation(.brokenPromise, kept) == nil)
    }

    @Test func aPublicPostIsAComplaintOnlyWhenItComplains() throws {
        let context = SituationContext(channel: .x, isPublic: true, now: Self.now)
        let complaint = try #require(situation(.publicComplaint, in: "@shop my order still hasn't arrived", context))
        #expect(complaint.evidence.first == "public post on X")
        #expect(complaint.evidence.contains("hasn't arrived"))
        #expect(situation(.publicComplaint, in: "@shop thank you, great service!", context) == nil)
        let direct = SituationContext(channel: .x, isPublic: false, now: Self.now)
        #expect(situation(.publicComplaint, in: "@shop my order still hasn't arrived", direct) == nil)
        #expect(situation(.publicComplaint, in: "Ну такое себе: плохо и медленно", language: .ru, context) != nil,
                "bad feeling alone is enough in public")
    }

    @Test func repeatContactFromTheConversationsHistory() throws {
        let history = try #require(situation(.repeatContact, SituationContext(priorContacts: 3, now: Self.now)))
        #expect(history.evidence == ["3 earlier messages in the last 14 days"])
        #expect(situation(.repeatContact, SituationContext(priorContacts: 1, now: Self.now)) == nil)
        let twice = SituationContext(priorContacts: 2, now: Self.now)
        let both = try #require(situation(.repeatContact, in: "I already called twice", twice))
        #expect(both.evidence.contains("2 earlier messages in the last 14 days"))
        #expect(both.evidence.contains("already called"))
        #expect(both.confidence > history.confidence)
    }

    @Test func contextAndTextTogether() {
        let due = Self.now.addingTimeInterval(-86_400)
        let context = SituationContext(channel: .facebook, isPublic: true, waited: 7_200, replyTarget: 1_800,
                                       tenureYears: 5, overduePromises: [Self.promise("환불 금요일까지", due: due)],
                                       priorContacts: 2, now: Self.now)
        let found = detector.detect("환불 아직이에요? 벌써 세 번째 문의예요!!", language: .ko, context: context)
        let ids = Set(found.map(\.id))
        // "!!" on a third enquiry reads as anger too.
        #expect(ids == [.refundWait, .repeatContact, .angry, .publicComplaint, .longWait, .loyalCustomer, .brokenPromise])
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
    }
}
