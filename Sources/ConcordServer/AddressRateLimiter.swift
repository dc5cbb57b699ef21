import Foundation
import Synchronization

/// A token bucket per source address: a sender may burst to `burst` requests and keep up
/// `perSecond` on average; past that it is answered 429 until the bucket refills. Providers
/// send from many addresses and retry with backoff, so a loop or a flood from one address is
/// slowed without slowing anyone else. Buckets of addresses quiet for a minute are forgotten.
public final class AddressRateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    public let perSecond: Double
    public let burst: Double
    private let buckets = Mutex<(byAddress: [String: Bucket], pruned: ContinuousClock.Instant)>(([:], .now))

    public init(perSecond: Double, burst: Int) {
        self.perSecond = max(0.001, perSecond)
        self.burst = Double(max(1, burst))
    }

    /// Whether a request from `address` may go on now (and takes its token if so).
    public func allows(_ address: String, now: ContinuousClock.Instant = .now) -> Bool {
        buckets.withLock { state in
            if now - state.pruned > .seconds(60) {
                let quiet = Duration.seconds(60)
                state.byAddress = state.byAddress.filter { now - $0.value.updated < quiet }
                state.pruned = now
            }
            var bucket = state.byAddress[address] ?? Bucket(tokens: burst, updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(burst, bucket.tokens + seconds * perSecond)
            bucket.updated = now
            let allowed = bucket.tokens >= 1
            if allowed { bucket.tokens -= 1 }
            state.byAddress[address] = bucket
            return allowed
        }
    }
}
