import Foundation
import Testing
@testable import ConversationEngine

@Suite("SLA clocks")
struct SLAClockTests {
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    static let email = SLAPolicyBook.standard.resolve(channel: .email, priority: .normal)

    private func clock(_ events: [(String, SLAEvent.Kind)], _ resolved: SLAPolicyBook.Resolved = email) -> SLAClock {
        SLAClock(events: events.map { SLAEvent(at: Self.date($0.0), kind: $0.1) }, targets: resolved.targets,
                 calendar: resolved.calendar)
    }

    @Test func emailOnFridayEveningIsDueOnMondayInBusinessHours() {
        // Business hours Monday-Friday 09-18 UTC; 9 business hours for the first reply.
        let clock = clock([("2026-11-27T17:00:00Z", .customerMessage)])
        #expect(clock.firstResponse?.dueAt == Self.date("2026-11-30T17:00:00Z"))
        #expect(clock.nextDue?.kind == .firstResponse)
        #expect(clock.firstResponse?.risk(at: Self.date("2026-11-28T12:00:00Z"), calendar: clock.calendar) == .onTrack,
                "the weekend is not slack lost")
        #expect(clock.firstResponse?.risk(at: Self.date("2026-11-30T16:00:00Z"), calendar: clock.calendar) == .atRisk)
        #expect(clock.firstResponse?.isBreached(at: Self.date("2026-11-30T17:00:01Z")) == true)
        #expect(clock.resolution?.dueAt == Self.date("2026-12-02T17:00:00Z"), "27 business hours: three working days")
    }

    @Test func onlyAPersonAnswers() {
        let clock = clock([
            ("2026-11-30T09:00:00Z", .customerMessage), ("2026-11-30T09:00:05Z", .automaticMessage),
            ("2026-11-30T11:00:00Z", .humanResponse), ("2026-11-30T12:00:00Z", .customerMessage),
        ])
        #expect(clock.firstResponse?.state == .met)
        #expect(clock.firstResponse?.completedAt == Self.date("2026-11-30T11:00:00Z"), "the auto-reply answered nothing")
        #expect(clock.nextResponse?.state == .running)
        #expect(clock.nextResponse?.startedAt == Self.date("2026-11-30T12:00:00Z"))
        #expect(clock.nextResponse?.dueAt == Self.date("2026-12-01T12:00:00Z"))
    }

    @Test func aLateFirstReplyIsMissedAndStaysMissed() {
        let clock = clock([("2026-11-30T09:00:00Z", .customerMessage), ("2026-12-01T12:00:00Z", .humanResponse)])
        #expect(clock.firstResponse?.state == .missed)
        #expect(clock.firstResponse?.isBreached(at: Self.date("2026-12-10T00:00:00Z")) == true)
        #expect(clock.nextDue?.kind == .resolution)
    }

    @Test func pendingOnTheCustomerPausesResolution() {
        let clock = clock([
            ("2026-11-30T09:00:00Z", .customerMessage), ("2026-11-30T10:00:00Z", .humanResponse),
            ("2026-11-30T10:00:00Z", .status(.pendingCustomer)),
        ])
        #expect(clock.resolution?.state == .paused(remaining: 26 * 3600))
        #expect(clock.resolution?.dueAt == nil)
        #expect(clock.nextDue == nil, "nobody waits on the team")
        // The customer answers on Wednesday: the remaining 26 business hours run from there.
        let resumed = self.clock([
            ("2026-11-30T09:00:00Z", .customerMessage), ("2026-11-30T10:00:00Z", .humanResponse),
            ("2026-11-30T10:00:00Z", .status(.pendingCustomer)), ("2026-12-02T09:00:00Z", .customerMessage),
        ])
        #expect(resumed.resolution?.dueAt == Self.date("2026-12-04T17:00:00Z"))
        #expect(resumed.nextResponse?.dueAt == Self.date("2026-12-02T18:00:00Z"))
    }

    @Test func resolvedConversationsHaveNoRunningClock() {
        let clock = clock([
            ("2026-11-30T09:00:00Z", .customerMessage), ("2026-11-30T10:00:00Z", .humanResponse),
            ("2026-11-30T15:00:00Z", .status(.resolved)),
        ])
        #expect(!clock.isRunning)
        #expect(clock.nextDue == nil)
        #expect(clock.resolution?.state == .met)
        #expect(clock.risk(at: Self.date("2026-12-31T00:00:00Z")) == .none)
    }

    @Test func eventsInAnyOrderGiveTheSameClocks() {
        let events: [(String, SLAEvent.Kind)] = [
            ("2026-11-30T09:00:00Z", .customerMessage), ("2026-11-30T10:00:00Z", .humanResponse),
            ("2026-11-30T10:30:00Z", .customerMessage), ("2026-11-30T16:00:00Z", .status(.pendingCustomer)),
        ]
        #expect(clock(events) == clock(events.reversed()))
    }

    @Test func publicComplaintsOnSocialRunAroundTheClockAndFaster() {
        let book = SLAPolicyBook.standard
        let complaint = book.resolve(channel: .x, priority: .normal, isPublic: true)
        #expect(complaint.policy.name == "public social complaint")
        let clock = clock([("2026-11-28T23:30:00Z", .customerMessage)], complaint)
        #expect(clock.firstResponse?.dueAt == Self.date("2026-11-29T00:30:00Z"), "Saturday night, within the hour")
        #expect(clock.resolution?.dueAt == Self.date("2026-11-29T04:30:00Z"), "resolved within 5 hours")
        #expect(book.resolve(channel: .whatsapp, priority: .normal).policy.name == "social and messaging")
        #expect(book.resolve(channel: .email, priority: .urgent).targets.firstResponse == 2.25 * 3600)
    }

    @Test func aTeamCountsInItsOwnCalendar() {
        var book = SLAPolicyBook.standard
        book.calendars["seoul"] = BusinessCalendarTests.seoul
        book.teamCalendars["korea"] = "seoul"
        let resolved = book.resolve(channel: .email, priority: .normal, team: "korea")
        let clock = clock([("2026-11-27T08:00:00Z", .customerMessage)], resolved)
        // Friday 17:00 in Seoul: one hour on Friday, eight on Monday (09:00-17:00 KST).
        #expect(clock.firstResponse?.dueAt == Self.date("2026-11-30T08:00:00Z"))
    }

    @Test func messagesMapToClockEvents() {
        let base = Message(id: MessageID(1), conversationID: ConversationID(1), customerID: CustomerID(1), channel: .phone,
                           direction: .inbound, author: .customer("Ann"), sentAt: Self.date("2026-11-30T09:00:00Z"), text: "",
                           call: CallDetails(direction: .inbound, durationSeconds: 300, outcome: .answered), dedupeKey: "k")
        #expect(SLAEvent(message: base)?.kind == .humanResponse, "a call a person took is an answer")
        var missed = base
        missed.call = CallDetails(direction: .inbound, durationSeconds: 0, outcome: .missed)
        #expect(SLAEvent(message: missed)?.kind == .customerMessage)
        var auto = base
        auto.direction = .outbound
        auto.call = nil
        auto.author = .system()
        #expect(SLAEvent(message: auto)?.kind == .automaticMessage)
        var note = base
        note.direction = .internal
        #expect(SLAEvent(message: note) == nil)
    }
}
