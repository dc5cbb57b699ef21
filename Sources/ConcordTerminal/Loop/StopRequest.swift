import Synchronization

/// A thread-safe request to leave the event loop, set by signal handlers (or any other
/// thread) and checked by the loop at every wake-up.
public final class StopRequest: Sendable {
    private let signalNumber = Atomic<Int32>(0)

    public init() {}

    /// Asks the loop to stop as if `signal` had arrived.
    public func request(signal: Int32) {
        _ = signalNumber.compareExchange(expected: 0, desired: signal, ordering: .acquiringAndReleasing)
    }

    /// The signal that asked the loop to stop, if any.
    public var requestedSignal: Int32? {
        let value = signalNumber.load(ordering: .acquiring)
        return value == 0 ? nil : value
    }
}
