import Foundation
import Testing
@testable import ConversationEngine

@Suite("Promised reply times")
struct PromisedReplyTimeTests {
    static let now = AcknowledgementComposerTests.monday

    @Test func quantileIsNearestRankAndNeedsEnoughSamples() {
        let samples = (1...20).map { TimeInterval($0 * 60) }
        let recent = ResponseTimeDistribution(samples: samples.shuffled())
        #expect(recent.quantile(0.9) == TimeInterval(18 * 60))
        #expect(recent.quantile(0.5) == TimeInterval(10 * 60))
        #expect(recent.quantile(1) == TimeInterval(20 * 60))
        #expect(ResponseTimeDistribution(samples: Array(samples.prefix(9))).slowEnd() == nil, "nine answers say little")
        #expect(ResponseTimeDistribution(samples: []).quantile(0.9) == nil)
    }

    @Test func promisesTheSlowEndOfRecentAnswersRoundedUp() {
        // Chat, target 5 minutes; the team's 90th percentile is 40 minutes: promise 45.
        let samples: [TimeInterval] = Array(repeating: 5.0 * 60, count: 16) + [40 * 60, 40 * 60, 40 * 60, 60 * 60]
        let promise = PromisedReplyTime(at: Self.now, target: 5 * 60, calendar: .always,
                                        recent: ResponseTimeDistribution(samples: samples), load: .idle)
        #expect(promise.wording == .within(45 * 60))
        #expect(promise.due == Self.now.addingTimeInterval(45 * 60))
        #expect(promise.basis == .recentReplies(quantile: 40 * 60, samples: 20))
    }

    @Test func neverPromisesFasterThanThePolicyTarget() {
        // The team answers in 3 minutes, but the policy says an hour: promise the hour.
        let fast = ResponseTimeDistribution(samples: Array(repeating: 180, count: 50))
        let promise = PromisedReplyTime(at: Self.now, target: 3600, calendar: .always, recent: fast, load: .idle)
        #expect(promise.wording == .within(3600))
        #expect(promise.basis == .policyTarget)
        // Too few samples: the target alone.
        let few = PromisedReplyTime(at: Self.now, target: 3 * 3600, calendar: .always,
                                    recent: ResponseTimeDistribution(samples: [7200, 9000]), load: .idle)
        #expect(few.wording == .within(3 * 3600))
    }

    @Test func aBacklogLengthensThePromise() {
        // 60 answered in 30 days (one every 12 hours); 3 waiting ahead: about two days.
        let load = QueueLoad(waitingAhead: 3, answeredInWindow: 60)
        let promise = PromisedReplyTime(at: Self.now, target: 3600, calendar: .always,
                                        recent: ResponseTimeDistribution(samples: Array(repeating: 600, count: 5)), load: load)
        #expect(promise.basis == .backlog(waiting: 3))
        #expect(promise.due >= Self.now.addingTimeInterval(48 * 3600))
        guard case .by = promise.wording else { Issue.record("a two-day promise is a time, not a duration"); return }
    }

    @Test func businessHoursAreCountedAndTheTimeIsRoundedUpToTheHour() {
        // Monday 17:20 UTC, a 09:00-18:00 UTC calendar, 4 business hours: Tuesday 12:20, promised 13:00.
        let evening = Self.now.addingTimeInterval(8 * 3600)
        let promise = PromisedReplyTime(at: evening, target: 4 * 3600, calendar: SLAPolicyBook.standardBusinessHours,
                                        recent: ResponseTimeDistribution(samples: []), load: .idle)
        let expected = AcknowledgementComposerTests.date("2026-11-24T13:00:00Z")
        #expect(promise.wording == .by(expected))
        #expect(promise.due == expected)
        let utc = TimeZone(identifier: "UTC")!
        #expect(PromisedTimeText.text(promise.wording, in: .en, timeZone: utc, now: evening) == "by 1:00 pm tomorrow")
    }

    @Test func durationsReadNaturallyInEveryLanguage() {
        #expect(PromisedTimeText.within(3600, in: .en) == "within the hour")
        #expect(PromisedTimeText.within(30 * 60, in: .ko) == "30분 이내에")
        #expect(PromisedTimeText.within(3600, in: .ru) == "в течение часа")
        #expect(PromisedTimeText.within(5 * 3600, in: .ru) == "в течение 5 часов")
        #expect(PromisedTimeText.within(15 * 60, in: .ru) == "в течение 15 минут")
        #expect(PromisedTimeText.within(45 * 60, in: .zh) == "45分钟内")
        #expect(PromisedTimeText.within(8 * 3600, in: .fa) == "ظرف ۸ ساعت آینده")
    }
}
