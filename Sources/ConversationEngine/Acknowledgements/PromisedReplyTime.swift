import Foundation

/// The reply time an automatic acknowledgement promises: realistic, at the slow end, never
/// faster than the SLA allows, and rounded up to something a person says.
///
/// Three estimates are compared and the latest wins, so the promise is one the team keeps:
/// - the policy's first-response target on its business calendar (the promise can never be
///   shorter than what the team is measured by);
/// - the slow end of recent first answers (the 90th percentile of the last 30 days when there
///   are at least ten), counted from the team's next opening;
/// - the time to clear the customers already waiting at the recent pace.
///
/// The result is then rounded up: "within 2 hours" when the answer is due within eight hours,
/// otherwise a time on the customer's clock rounded up to the hour ("by tomorrow 10:00").
///
/// ```swift
/// let promise = PromisedReplyTime(at: now, target: 4 * 3600, calendar: hours,
///                                 recent: ResponseTimeDistribution(samples: samples), load: .idle)
/// promise.due       // what the promise ledger holds the team to
/// promise.wording   // .within(4 * 3600) or .by(date)
/// ```
public struct PromisedReplyTime: Sendable, Hashable {
    /// How the promise is put to the customer.
    public enum Wording: Sendable, Hashable {
        /// "within 2 hours": a duration from now.
        case within(TimeInterval)
        /// "by tomorrow 10:00": an instant, written on the customer's clock.
        case by(Date)
    }

    /// Which estimate decided the promise, for the audit trail and `concord config`.
    public enum Basis: Sendable, Hashable {
        /// The SLA first-response target.
        case policyTarget
        /// The slow end of recent first answers: the quantile and how many answers it came from.
        case recentReplies(quantile: TimeInterval, samples: Int)
        /// The customers waiting ahead, at the recent pace.
        case backlog(waiting: Int)

        public var description: String {
            switch self {
            case .policyTarget: "SLA first-response target"
            case .recentReplies(let quantile, let samples):
                "90th percentile of \(samples) recent first replies (\(Int((quantile / 60).rounded(.up))) min)"
            case .backlog(let waiting): "\(waiting) customers waiting ahead"
            }
        }
    }

    /// When the answer is promised by: the instant the promise ledger holds the team to, never
    /// before the estimate it was rounded from.
    public let due: Date
    public let wording: Wording
    public let basis: Basis

    /// Promises the wording is rounded up to when the answer is due within this long.
    static let ladder: [TimeInterval] = [5, 10, 15, 20, 30, 45].map { $0 * 60 } + [1, 2, 3, 4, 5, 6, 8].map { $0 * 3600 }

    /// - Parameters:
    ///   - now: when the acknowledgement is written.
    ///   - target: the policy's first-response target in business time (nil when the policy sets none).
    ///   - calendar: the business calendar the target is counted on.
    ///   - recent: first-answer times on the channel recently (wall-clock seconds).
    ///   - load: the queue right now.
    ///   - customerTimeZone: the clock a "by" time is rounded on (the calendar's when nil).
    ///   - fraction: the quantile promised from (0.9: the slow end).
    ///   - minimumSamples: fewer recent answers than this are ignored.
    public init(at now: Date, target: TimeInterval?, calendar: BusinessCalendar, recent: ResponseTimeDistribution,
                load: QueueLoad, customerTimeZone: TimeZone? = nil, fraction: Double = 0.9, minimumSamples: Int = 10) {
        // A policy without a first-response target still deserves an honest promise: one business day.
        let policyDue = calendar.adding(target ?? 9 * 3600, to: now)
        var estimate = (due: policyDue, basis: Basis.policyTarget)
        let opening = calendar.nextOpening(atOrAfter: now)
        if let slow = recent.slowEnd(fraction: fraction, minimumSamples: minimumSamples), opening != .distantFuture {
            let due = opening.addingTimeInterval(slow)
            if due > estimate.due { estimate = (due, .recentReplies(quantile: slow, samples: recent.count)) }
        }
        if let clearance = load.clearanceTime, opening != .distantFuture {
            let due = opening.addingTimeInterval(clearance)
            if due > estimate.due { estimate = (due, .backlog(waiting: load.waitingAhead)) }
        }
        basis = estimate.basis
        let wait = estimate.due.timeIntervalSince(now)
        if let step = Self.ladder.first(where: { $0 >= wait - 1 }) {
            wording = .within(step)
            due = now.addingTimeInterval(step)
        } else {
            let rounded = Self.roundedUpToHour(estimate.due, in: customerTimeZone ?? calendar.timeZone)
            wording = .by(rounded)
            due = rounded
        }
    }

    /// The next whole hour on the wall in `zone` at or after `date` (zones with half-hour
    /// offsets round on their own wall).
    static func roundedUpToHour(_ date: Date, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.minute, .second, .nanosecond], from: date)
        let past = TimeInterval((parts.minute ?? 0) * 60 + (parts.second ?? 0)) + Double(parts.nanosecond ?? 0) / 1e9
        return past < 0.5 ? date : date.addingTimeInterval(3600 - past)
    }
}
