/// The one loop of the console: waits for keys, resizes, timer ticks, wake-ups and signals;
/// hands each to the application; renders only when something changed; and always
/// restores the terminal on the way out, whether the app quits, a signal arrives or the
/// app throws.
///
/// It polls the backend at most every ``maximumPollInterval`` so signals and wake-ups are
/// noticed promptly, and delivers `.tick` at the application's ``TerminalApplication/tickInterval``
/// (missed ticks are not queued up: one tick per wake-up at most).
///
/// ```swift
/// let backend = try CursesBackend()
/// let loop = EventLoop(backend: backend, sizeRequirement: TerminalSizeRequirement(minimum: Size(width: 80, height: 24)))
/// let reason = try loop.run(app)
/// exit(reason.exitCode)
/// ```
public final class EventLoop {
    /// Longest wait for input before checking signals and wake-ups again.
    public static let maximumPollInterval: Duration = .milliseconds(100)

    public let backend: any TerminalBackend
    public let clock: any LoopClock
    public let sizeRequirement: TerminalSizeRequirement?
    /// Set by signals (or any thread) to make the loop stop at its next wake-up.
    public let stopRequest = StopRequest()
    /// Hand this to background work that needs to trigger a redraw.
    public let waker = LoopWaker()
    /// Whether `run` installs the SIGTERM/SIGHUP/SIGINT watcher.
    public let handlesSignals: Bool
    /// Style of the "terminal too small" message.
    public var sizeMessageStyle: Style = .plain

    private var canvas = Canvas(size: .zero)

    /// - Parameters:
    ///   - clock: defaults to the real monotonic clock; pass ``MemoryBackend/clock`` in tests.
    ///   - sizeRequirement: below this size the loop draws one explanatory sentence instead
    ///     of calling the application's `render`.
    ///   - handlesSignals: install the signal watcher (turn off in tests that run loops
    ///     concurrently, since signal dispositions are process-wide).
    public init(backend: any TerminalBackend, clock: any LoopClock = SystemLoopClock(),
                sizeRequirement: TerminalSizeRequirement? = nil, handlesSignals: Bool = true) {
        self.backend = backend
        self.clock = clock
        self.sizeRequirement = sizeRequirement
        self.handlesSignals = handlesSignals
    }

    /// Runs until the app quits, a signal arrives, or input closes; the backend is shut
    /// down (terminal restored) before returning or rethrowing.
    public func run(_ app: some TerminalApplication) throws -> ExitReason {
        let watcher = handlesSignals ? SignalWatcher() : nil
        watcher?.start()
        defer {
            watcher?.stop()
            backend.shutdown()
        }
        var nextTick = app.tickInterval.map { clock.now + $0 }
        render(app)
        // A frame held back while brief idle work finishes, and since when.
        var heldSince: Duration?
        while true {
            if let signal = watcher?.takePendingSignal() { stopRequest.request(signal: signal) }
            if let signal = stopRequest.requestedSignal { return .signal(signal) }
            if backend.isInputClosed { return .inputClosed }
            let idle = app.hasIdleWork
            let event = backend.nextEvent(timeoutMilliseconds: idle ? 0 : pollTimeout(until: nextTick))
            if let signal = watcher?.takePendingSignal() { stopRequest.request(signal: signal) }
            if let signal = stopRequest.requestedSignal { return .signal(signal) }
            var needsRender = false
            if let event {
                if case .resize = event { needsRender = true }
                switch try app.handle(event) {
                case .quit(let code): return .quit(exitCode: code)
                case .continue: needsRender = true
                case .unchanged: break
                }
            }
            if event == nil, idle {
                // No key is waiting: the deferred work runs now, and its result is drawn.
                switch try app.performIdleWork() {
                case .quit(let code): return .quit(exitCode: code)
                case .continue: needsRender = true
                case .unchanged: break
                }
            }
            if waker.consume() || app.wakeupIsDue {
                switch try app.handle(.wakeup) {
                case .quit(let code): return .quit(exitCode: code)
                case .continue: needsRender = true
                case .unchanged: break
                }
            }
            if let interval = app.tickInterval {
                let now = clock.now
                let due = nextTick ?? now + interval
                if now >= due {
                    // Schedule from the due time, skipping ticks that were missed.
                    var following = due + interval
                    while following <= now { following += interval }
                    nextTick = following
                    switch try app.handle(.tick) {
                    case .quit(let code): return .quit(exitCode: code)
                    case .continue: needsRender = true
                    case .unchanged: break
                    }
                } else if nextTick == nil {
                    nextTick = due
                }
            } else {
                nextTick = nil
            }
            if needsRender || heldSince != nil {
                let now = clock.now
                if app.hasIdleWork, app.idleWorkIsBrief, now - (heldSince ?? now) < EventLoop.longestHeldFrame {
                    heldSince = heldSince ?? now
                } else {
                    render(app)
                    heldSince = nil
                }
            }
        }
    }

    /// How long a frame may wait for brief idle work (or for keys arriving faster than they
    /// are handled) before it is drawn anyway.
    public static let longestHeldFrame: Duration = .milliseconds(50)

    private func pollTimeout(until nextTick: Duration?) -> Int32 {
        var wait = EventLoop.maximumPollInterval
        if let nextTick {
            wait = min(wait, max(.zero, nextTick - clock.now))
        }
        let (seconds, attoseconds) = wait.components
        // Round up, so a tick due in half a millisecond is not polled for in a busy loop.
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(max(0, min(milliseconds, 100)))
    }

    private func render(_ app: some TerminalApplication) {
        let size = backend.size
        if canvas.size != size {
            canvas = Canvas(size: size)
        } else {
            canvas.clear()
        }
        if let sizeRequirement, !sizeRequirement.isSatisfied(by: size) {
            sizeRequirement.render(into: &canvas, style: sizeMessageStyle)
        } else {
            app.render(into: &canvas)
        }
        backend.present(canvas)
    }
}
