import ConcordStore
import Synchronization

/// Where the store's change watch (any thread) leaves what other processes changed, and the
/// screen's loop takes it at its next wake-up. Changes left before the loop looks add up into
/// one (`StoreChange.merged`): several messages for several customers are read in one go.
public final class StoreChangeInbox: Sendable {
    private let pending = Mutex<StoreChange?>(nil)

    public init() {}

    public func raise(_ change: StoreChange = .anything) {
        pending.withLock { $0 = $0?.merged(with: change) ?? change }
    }

    /// Everything raised since the last take; nil when nothing was.
    public func take() -> StoreChange? {
        pending.withLock { pending in
            defer { pending = nil }
            return pending
        }
    }
}
