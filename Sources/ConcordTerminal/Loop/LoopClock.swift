import Synchronization

/// Monotonic time for the event loop's timers. The real loop uses ``SystemLoopClock``;
/// tests use the ``MemoryBackend``'s ``VirtualLoopClock`` so ticks need no real waiting.
public protocol LoopClock: AnyObject, Sendable {
    /// Time since an arbitrary fixed origin.
    var now: Duration { get }
}

/// Wall-independent monotonic time (`ContinuousClock`).
public final class SystemLoopClock: LoopClock {
    private let origin = ContinuousClock.now

    public init() {}

    public var now: Duration { ContinuousClock.now - origin }
}

/// Time that moves only when told to: deterministic tests of timers.
public final class VirtualLoopClock: LoopClock {
    private let nanoseconds = Atomic<Int64>(0)

    public init() {}

    public var now: Duration { .nanoseconds(nanoseconds.load(ordering: .relaxed)) }

    public func advance(by duration: Duration) {
        let (seconds, attoseconds) = duration.components
        nanoseconds.add(seconds * 1_000_000_000 + attoseconds / 1_000_000_000, ordering: .relaxed)
    }
}
