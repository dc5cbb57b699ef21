import Synchronization

/// A flag any thread can raise and the console's loop takes down: "the store changed", set by
/// the store's change watch, read at the loop's next wake-up. Raising it many times before the
/// loop looks is one change.
public final class ChangeFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    public func raise() {
        raised.store(true, ordering: .releasing)
    }

    /// True once after any number of `raise()` calls.
    public func consume() -> Bool {
        raised.exchange(false, ordering: .acquiringAndReleasing)
    }
}
