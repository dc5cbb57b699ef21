import Foundation
import Synchronization

/// Runs blocking store work off the server's event loops and waits for it at most a bounded
/// time: the receiver must answer a provider (503, retry later) even when the store hangs.
enum BoundedWait {
    /// The work's result, or nil when `deadline` passed first (the work still runs to its end).
    static func run<T: Sendable>(within deadline: Duration, _ work: @escaping @Sendable () throws -> T) async -> Result<T, any Error>? {
        let answer = Mutex<CheckedContinuation<Result<T, any Error>?, Never>?>(nil)
        @Sendable func settle(_ value: Result<T, any Error>?) {
            answer.withLock { waiting in
                waiting?.resume(returning: value)
                waiting = nil
            }
        }
        return await withCheckedContinuation { continuation in
            answer.withLock { $0 = continuation }
            DispatchQueue.global().async { settle(Result { try work() }) }
            DispatchQueue.global().asyncAfter(deadline: .now() + deadline.dispatchInterval) { settle(nil) }
        }
    }
}

extension Duration {
    /// The same span for Dispatch's deadlines.
    var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        return .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
    }
}
