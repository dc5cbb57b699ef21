import Foundation

/// How busy a channel's queue is right now, compared with how fast it has been cleared lately.
///
/// A quiet Tuesday and a Monday after a failed release are different promises: when more
/// customers are waiting ahead than the team usually answers in the time it would otherwise
/// promise, the promise grows with the backlog.
public struct QueueLoad: Sendable, Hashable {
    /// Conversations on the channel and team waiting for an answer, not counting the new one.
    public var waitingAhead: Int
    /// First answers given on the channel during `window`.
    public var answeredInWindow: Int
    /// The span `answeredInWindow` was counted over (30 days by default).
    public var window: TimeInterval

    public init(waitingAhead: Int, answeredInWindow: Int, window: TimeInterval = 30 * 86_400) {
        self.waitingAhead = max(0, waitingAhead)
        self.answeredInWindow = max(0, answeredInWindow)
        self.window = max(0, window)
    }

    /// An empty queue with no history: adds nothing to a promise.
    public static let idle = QueueLoad(waitingAhead: 0, answeredInWindow: 0)

    /// Wall-clock time to answer everyone waiting ahead at the recent pace, or nil when the
    /// pace is unknown (no answers in the window) or nobody is waiting.
    public var clearanceTime: TimeInterval? {
        guard waitingAhead > 0, answeredInWindow > 0, window > 0 else { return nil }
        return Double(waitingAhead + 1) * window / Double(answeredInWindow)
    }
}
