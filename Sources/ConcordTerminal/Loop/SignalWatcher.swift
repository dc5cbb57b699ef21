import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGTERM, SIGHUP and SIGINT into a request to stop, instead of an abrupt death, so
/// the event loop can restore the terminal first. The loop asks ``takePendingSignal()`` at
/// every wake-up (at least every 100 ms).
///
/// Mechanism: a minimal handler that only stores the signal number in a lock-free atomic
/// (async-signal-safe). Dispatch signal sources were tried first and are not reliable on
/// Linux: libdispatch reads signals through a `signalfd`, which only sees signals that every
/// thread blocks, and a process with a Swift Testing runner, a dispatch pool or NIO threads
/// has threads that do not; the signal was then lost (checked on this machine).
///
/// Signals are process-wide, so the pending signal is too; `stop()` restores the previous
/// dispositions (ncurses' own handlers, or the defaults).
public final class SignalWatcher {
    public static let handledSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    private var previousHandlers: [(Int32, sighandler_t?)] = []

    public init() {}

    /// Installs the handlers. Calling it twice has no further effect.
    public func start() {
        guard previousHandlers.isEmpty else { return }
        // Initialise the global before any handler can touch it (lazy initialisation is
        // not async-signal-safe).
        _ = pendingSignal.number.load(ordering: .relaxed)
        for signalNumber in SignalWatcher.handledSignals {
            let previous = signal(signalNumber) { number in
                pendingSignal.number.store(number, ordering: .relaxed)
            }
            previousHandlers.append((signalNumber, previous))
        }
    }

    /// The signal that arrived since the last call, if any (and forgets it).
    public func takePendingSignal() -> Int32? {
        let number = pendingSignal.number.exchange(0, ordering: .acquiringAndReleasing)
        return number == 0 ? nil : number
    }

    /// Restores the previous signal dispositions.
    public func stop() {
        for (signalNumber, handler) in previousHandlers {
            signal(signalNumber, handler)
        }
        previousHandlers.removeAll()
    }

    deinit {
        stop()
    }
}

/// The last signal caught by a ``SignalWatcher`` handler.
final class PendingSignal: Sendable {
    let number = Atomic<Int32>(0)
}

private let pendingSignal = PendingSignal()
