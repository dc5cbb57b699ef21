import Foundation
import ConcordConsole
import ConcordPostgres
import ConcordStore
import ConcordTerminal
import ConversationEngine
import Synchronization

/// One simulated agent: a real console on a store and a change watch of its own (its own
/// PostgreSQL connections, as on the agent's own machine), run by the real `EventLoop` on a
/// thread of its own against a headless terminal, exactly as `concord` runs it
/// (ConsoleLauncher): the watch raises `storeChanges` and wakes the loop; the loop hands the
/// console `.wakeup`, `.tick` every second and its deferred work, and draws a frame after each.
final class ConsoleAgent: Sendable {
    let login: String
    /// The newest message this console has drawn.
    let shown = ShownMessage()
    private let store: PostgresStore
    private let closer = TerminalCloser()
    private let finished = DispatchSemaphore(value: 0)
    private let ready = DispatchSemaphore(value: 0)
    private let outcome = Mutex<(MeasuredConsole.Measurements?, firstScreen: UInt64, failure: String?)>((nil, 0, nil))

    /// Opens the agent's store (its connections are opened on first use).
    init(login: String, url: PostgresDatabaseURL, connections: Int) throws {
        self.login = login
        store = try PostgresStore(url: url, connections: connections)
    }

    /// Starts the console's thread and returns once its first screen is drawn and its watch listens.
    /// - Parameter moves: how many rows down the agent moves the selection first (agents look at different conversations).
    func start(presentation: Presentation, size: Size, suggester: ReplySuggester?, moves: Int, refreshInterval: Duration) {
        let store = store, shown = shown, closer = closer
        let thread = Thread { [self] in
            defer { self.finished.signal() }
            let began = Clock.now
            let state = ConsoleState(now: Date(), size: size, queueOrdering: .dueFirst, presentation: presentation)
            let app = ConsoleApplication(state: state, store: store, suggester: suggester, defersSlowWork: true,
                                         liveRefreshInterval: refreshInterval)
            app.start()
            let measured = MeasuredConsole(app, shown: shown)
            let terminal = HeadlessTerminal(size: size, typing: Array(repeating: .char("j"), count: moves), closer: closer)
            let loop = EventLoop(backend: terminal, handlesSignals: false)
            let changes = app.storeChanges, waker = loop.waker
            let watch: (any StoreChangeWatch)?
            do {
                watch = try store.watchChanges { change in
                    changes.raise(change)
                    waker.wake()
                }
            } catch {
                self.outcome.withLock { $0.failure = "\(error)" }
                self.ready.signal()
                return
            }
            self.outcome.withLock { $0.firstScreen = Clock.now - began }
            self.ready.signal()
            do {
                _ = try loop.run(measured)
            } catch {
                self.outcome.withLock { $0.failure = "\(error)" }
            }
            watch?.stop()
            self.outcome.withLock { $0.0 = measured.measurements }
        }
        thread.name = "console.\(login)"
        thread.start()
        ready.wait()
    }

    /// Ends the console's loop and hands back what it measured.
    func stop() -> (measurements: MeasuredConsole.Measurements, firstScreen: UInt64, failure: String?) {
        closer.close()
        finished.wait()
        return self.outcome.withLock { ($0.0 ?? MeasuredConsole.Measurements(), $0.firstScreen, $0.failure) }
    }
}
