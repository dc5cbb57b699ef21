import Foundation

/// One SLA target of one conversation as it stands: when it started, when it is due, whether
/// it was met, and how much of it is left.
public struct SLAMeasure: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case firstResponse = "first_response"
        case nextResponse = "next_response"
        case resolution

        public var label: String {
            switch self {
            case .firstResponse: "first reply"
            case .nextResponse: "reply"
            case .resolution: "resolution"
            }
        }
    }

    /// How close a measure is to breaking, for ordering and colour.
    public enum Risk: Int, Sendable, Hashable, Comparable {
        /// Met, or nothing is running.
        case none = 0
        case onTrack = 1
        /// Less than a quarter of the target left (at least 15 minutes, at most half the target).
        case atRisk = 2
        case breached = 3

        public static func < (lhs: Risk, rhs: Risk) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public enum State: Sendable, Hashable {
        /// The clock runs towards `dueAt`.
        case running
        /// Paused while the conversation waits on the customer, with this much business time left.
        case paused(remaining: TimeInterval)
        /// Done at `completedAt`, in time or not.
        case met
        case missed
    }

    public var kind: Kind
    /// The target, in business time.
    public var target: TimeInterval
    public var startedAt: Date
    /// When the target breaks if the clock keeps running; nil while paused.
    public var dueAt: Date?
    public var completedAt: Date?
    public var state: State

    public init(kind: Kind, target: TimeInterval, startedAt: Date, dueAt: Date?, completedAt: Date? = nil, state: State) {
        self.kind = kind
        self.target = target
        self.startedAt = startedAt
        self.dueAt = dueAt
        self.completedAt = completedAt
        self.state = state
    }

    /// Whether the clock still runs (or is paused): the measure is not done.
    public var isOpen: Bool {
        switch state {
        case .running, .paused: true
        case .met, .missed: false
        }
    }

    /// Wall-clock time until the due time at `now` (negative once overdue); nil when paused or done.
    public func timeLeft(at now: Date) -> TimeInterval? {
        guard case .running = state, let dueAt else { return nil }
        return dueAt.timeIntervalSince(now)
    }

    /// Whether the measure is broken at `now`: missed, or running past its due time.
    public func isBreached(at now: Date) -> Bool {
        switch state {
        case .missed: return true
        case .running: return (dueAt ?? .distantFuture) < now
        case .paused(let remaining): return remaining < 0
        case .met: return false
        }
    }

    /// The risk at `now`, counted in business time so a weekend does not look like slack.
    public func risk(at now: Date, calendar: BusinessCalendar) -> Risk {
        switch state {
        case .met: return .none
        case .missed: return .breached
        case .paused(let remaining):
            return remaining < 0 ? .breached : .onTrack
        case .running:
            guard let dueAt else { return .onTrack }
            if dueAt <= now { return .breached }
            let left = calendar.businessDuration(from: now, to: dueAt)
            return left < max(target * 0.25, min(15 * 60, target * 0.5)) ? .atRisk : .onTrack
        }
    }
}
