import Synchronization

/// Wakes the event loop from any thread or task (aerc's `Invalidate()`): a store change, a
/// finished background job. The loop delivers one `.wakeup` event at its next poll (within
/// 100 ms) however many times `wake()` was called; the app then drains its own inbox.
public final class LoopWaker: Sendable {
    private let pending = Atomic<Bool>(false)

    public init() {}

    public func wake() {
        pending.store(true, ordering: .releasing)
    }

    /// True once after any number of `wake()` calls.
    func consume() -> Bool {
        pending.exchange(false, ordering: .acquiringAndReleasing)
    }
}
