import Foundation
import Testing
@testable import ConversationEngine

/// Bulk ingest reads an event's words on the parsing threads; planning must come out the same
/// as reading them itself, and must not use promises pinned on another calendar.
@Suite("Reading events ahead of planning")
struct EventReadingTests {
    /// A store holding nothing: every event is a new customer's first conversation.
    struct EmptyIndex: IngestIndex {
        func message(withDedupeKey key: String) throws -> MessageID? { nil }
        func owners(of identities: [Identity]) throws -> [Identity: CustomerID] { [:] }
        func conversation(forThreadKeys keys: [String]) throws -> Conversation? { nil }
        func conversation(id: ConversationID) throws -> Conversation? { nil }
        func latestActiveConversation(of customer: CustomerID, since: Date) throws -> Conversation? { nil }
        func conversation(of customer: CustomerID, subjectKey: String, since: Date) throws -> Conversation? { nil }
    }

    let planner = IngestPlanner()
    let reply = EventFactory.email(from: "kim@example.org", id: "r1", text: "We will refund you within 5 business days.",
                                   direction: .outbound)

    func plan(_ event: InboundEvent, reading: EventReading?) throws -> IngestPlan {
        guard case .store(let plan) = try planner.plan(event, index: EmptyIndex(), reading: reading) else {
            throw IngestError.emptyEvent(channel: event.channel)
        }
        return plan
    }

    @Test func aReadingMadeAheadPlansTheSameAsReadingInPlace() throws {
        let reading = planner.read(reply)
        #expect(reading.promises?.promises.isEmpty == false)
        #expect(try plan(reply, reading: reading) == plan(reply, reading: nil))

        let inbound = EventFactory.email(from: "kim@example.org", id: "i1", text: "This is terrible, call me on 010-1234-5678!")
        let inboundReading = planner.read(inbound)
        #expect(inboundReading.promises == nil, "customers make no promises to the team")
        #expect(inboundReading.sentiment != nil)
        #expect(try plan(inbound, reading: inboundReading) == plan(inbound, reading: nil))
    }

    @Test func promisesAreReadAgainWhenTheConversationKeepsAnotherCalendar() throws {
        let stale = ExtractedPromise(text: "read on another calendar", dueAt: EventFactory.at(1), kind: .refund, expression: "x")
        let calendar = planner.lifecycle.policies.resolve(channel: .email, priority: .normal, team: "support").calendar
        let other = BusinessCalendar(timeZone: TimeZone(identifier: "Asia/Seoul")!, weekdays: [.saturday],
                                     hours: [BusinessCalendar.Interval(start: 0, end: 60)])
        #expect(other != calendar)

        let elsewhere = EventReading(phonesInText: [], sentiment: nil,
                                     promises: PromiseReading(calendar: other, promises: [stale]))
        #expect(try plan(reply, reading: elsewhere).promises == plan(reply, reading: nil).promises)

        let same = EventReading(phonesInText: [], sentiment: nil, promises: PromiseReading(calendar: calendar, promises: [stale]))
        #expect(try plan(reply, reading: same).promises == [stale], "a reading on the conversation's calendar is used as it is")
    }
}
