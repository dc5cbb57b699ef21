import Foundation
import ConcordTerminal
import Synchronization

/// A terminal with nobody typing, for running the real `EventLoop` without a screen: each poll
/// waits its whole timeout, as curses' does when no key comes (a wake-up is noticed at the next
/// poll, within 100 ms, exactly as in the running console). A few keys can be typed first (to
/// move the selection), and the loop ends once its `TerminalCloser` is closed.
final class HeadlessTerminal: TerminalBackend {
    let size: Size
    let colorSupport: ColorSupport = .extended256
    private var keys: [Key]
    private let closer: TerminalCloser
    /// Frames presented (the loop renders only when something changed).
    private(set) var frames = 0

    init(size: Size, typing keys: [Key] = [], closer: TerminalCloser) {
        self.size = size
        self.keys = keys
        self.closer = closer
    }

    func present(_ canvas: Canvas) {
        frames += 1
    }

    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        if !keys.isEmpty { return .key(keys.removeFirst()) }
        if timeoutMilliseconds > 0 { Thread.sleep(forTimeInterval: Double(timeoutMilliseconds) / 1000) }
        return nil
    }

    func shutdown() {}

    var isInputClosed: Bool { closer.isRequested }
}

/// Ends a headless loop at its next poll, from any thread (the loop's own thread owns the terminal).
final class TerminalCloser: Sendable {
    private let requested = Atomic<Bool>(false)
    func close() { requested.store(true, ordering: .releasing) }
    var isRequested: Bool { requested.load(ordering: .acquiring) }
}
