import ConversationEngine
import Foundation
import Synchronization

/// The phrasebooks and answer books, loaded on a thread of their own while the console draws
/// its first screen: reading and indexing them takes longer than the whole first frame, and
/// nothing on that frame needs them (suggestions are computed when the keys stop anyway).
public final class BackgroundSuggester: Sendable {
    /// The result, shared with the loading thread.
    private final class Slot: Sendable {
        let result = Mutex<Result<ReplySuggester, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
    }

    private let slot = Slot()

    /// Starts loading at once; `load` runs on a background thread.
    public init(load: @escaping @Sendable () throws -> ReplySuggester) {
        let slot = self.slot
        Thread.detachNewThread {
            let result = Result { try load() }
            slot.result.withLock { $0 = result }
            slot.done.signal()
        }
    }

    /// Whether loading has finished (`wait` returns at once).
    public var isReady: Bool { slot.result.withLock { $0 != nil } }

    /// The suggester, waiting for the load to finish if it has not yet.
    public func wait() -> Result<ReplySuggester, any Error> {
        if let ready = slot.result.withLock({ $0 }) { return ready }
        slot.done.wait()
        slot.done.signal()
        return slot.result.withLock { $0 }!
    }
}
