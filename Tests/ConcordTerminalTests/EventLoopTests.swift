import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import ConcordTerminal

/// A small app in the shape the console will have: state, keymap lookup, render.
final class CounterApp: TerminalApplication {
    let keymap: Keymap
    var list = ListState(itemCount: 30, visibleHeight: 5)
    var ticks = 0
    var events: [TerminalEvent] = []
    var renders = 0
    var lastSize = Size.zero
    var tickInterval: Duration?
    var failOn: Key?
    /// When (on `now`) the app wants a wake-up without anyone calling the waker.
    var wakeupDueAt: Duration?
    var now: (() -> Duration)?
    var wakeupIsDue: Bool {
        guard let due = wakeupDueAt, let now else { return false }
        return now() >= due
    }

    struct Failure: Error {}

    init(tickInterval: Duration? = nil) throws {
        keymap = try Keymap(defaults: ["global": ["q": "quit", "j": "next", "k": "previous", "x": "crash", "n": "noop"]],
                            validCommands: ["quit", "next", "previous", "crash", "noop"])
        self.tickInterval = tickInterval
    }

    func handle(_ event: TerminalEvent) throws -> LoopDecision {
        events.append(event)
        switch event {
        case .key(let key):
            switch keymap.command(for: key, in: "global") {
            case "quit": return .quit(exitCode: 3)
            case "next": list.move(by: 1)
            case "previous": list.move(by: -1)
            case "crash": throw Failure()
            case "noop": return .unchanged
            default: return .unchanged
            }
            return .continue
        case .resize(let size):
            list.setVisibleHeight(max(1, size.height - 2))
            return .continue
        case .tick:
            ticks += 1
            return .continue
        case .wakeup:
            wakeupDueAt = nil
            return .unchanged
        case .mouse:
            return .unchanged
        }
    }

    func render(into canvas: inout Canvas) {
        renders += 1
        lastSize = canvas.size
        let rows = canvas.bounds.splitRows([.fixed(1), .fill(), .fixed(1)])
        canvas.draw("Queue \(canvas.size) 한국어", at: rows[0].origin, style: .plain, clip: rows[0])
        let items = (0..<30).map { StyledLine("conversation \($0)") }
        canvas.render(ListView(rows: items, showsScrollIndicator: false), state: list.withVisibleHeight(rows[1].height), in: rows[1])
        canvas.render(StatusBar(left: "ticks \(ticks)", right: "q quit"), in: rows[2])
    }
}

@Suite("Event loop")
struct EventLoopTests {
    @Test func scriptedKeysProduceFramesAndQuitCode() throws {
        let backend = MemoryBackend(size: Size(width: 30, height: 7))
        backend.script(keys: [.char("j"), .char("j"), .char("q"), .char("j")])
        let app = try CounterApp()
        let reason = try EventLoop(backend: backend, clock: backend.clock, handlesSignals: false).run(app)
        #expect(reason == .quit(exitCode: 3))
        #expect(reason.exitCode == 3)
        #expect(backend.frames.count == 3) // initial + two moves; quitting draws nothing
        #expect(backend.isShutDown)
        #expect(app.list.selected == 2)
        #expect(backend.lastFrame?.plainText() == """
            Queue 30x7 한국어
            conversation 0
            conversation 1
            conversation 2
            conversation 3
            conversation 4
            ticks 0                 q quit
            """)
    }

    @Test func unchangedEventsDoNotRender() throws {
        let backend = MemoryBackend(size: Size(width: 20, height: 5))
        backend.script(keys: [.char("n"), .char("z"), .char("n")])
        let app = try CounterApp()
        let reason = try EventLoop(backend: backend, clock: backend.clock, handlesSignals: false).run(app)
        #expect(reason == .inputClosed)
        #expect(app.renders == 1)
        #expect(backend.frames.count == 1)
        #expect(backend.shutdownCount == 1)
    }

    @Test func resizeRelaysOutAtTheNewSize() throws {
        let backend = MemoryBackend(size: Size(width: 30, height: 7))
        backend.script([TerminalEvent.key(.char("j")), .resize(Size(width: 40, height: 4)), .key(.char("j"))])
        let app = try CounterApp()
        _ = try EventLoop(backend: backend, clock: backend.clock, handlesSignals: false).run(app)
        #expect(backend.frames.map(\.size) == [Size(width: 30, height: 7), Size(width: 30, height: 7),
                                                Size(width: 40, height: 4), Size(width: 40, height: 4)])
        #expect(app.list.visibleHeight == 2)
        #expect(backend.lastFrame?.plainText() == """
            Queue 40x4 한국어
            conversation 1
            conversation 2
            ticks 0                           q quit
            """)
        #expect(backend.changedCellCounts[2] == 160) // new size: everything is new
    }

    @Test func tooSmallTerminalShowsOneSentenceInsteadOfTheApp() throws {
        let backend = MemoryBackend(size: Size(width: 40, height: 10))
        backend.script([TerminalEvent.resize(Size(width: 20, height: 5)), .resize(Size(width: 40, height: 10))])
        let app = try CounterApp()
        let loop = EventLoop(backend: backend, clock: backend.clock,
                             sizeRequirement: TerminalSizeRequirement(minimum: Size(width: 30, height: 6)), handlesSignals: false)
        _ = try loop.run(app)
        #expect(backend.frames.count == 3)
        #expect(backend.frames[1].plainText().contains("Terminal too small"))
        #expect(app.renders == 2)
        #expect(backend.lastFrame?.plainText().hasPrefix("Queue 40x10") == true)
    }

    @Test func ticksArriveAtTheIntervalInVirtualTime() throws {
        let backend = MemoryBackend(size: Size(width: 30, height: 5))
        backend.script([.idle(.milliseconds(3500)), .event(.key(.char("q")))])
        let app = try CounterApp(tickInterval: .seconds(1))
        let reason = try EventLoop(backend: backend, clock: backend.clock, handlesSignals: false).run(app)
        #expect(reason == .quit(exitCode: 3))
        #expect(app.ticks == 3)
        #expect(backend.clock.now == .milliseconds(3500))
        #expect(backend.lastFrame?.plainText().contains("ticks 3") == true)
    }

    @Test func appErrorsRestoreTheTerminalAndPropagate() throws {
        let backend = MemoryBackend(size: Size(width: 20, height: 5))
        backend.script(keys: [.char("j"), .char("x"), .char("j")])
        let app = try CounterApp()
        #expect(throws: CounterApp.Failure.self) {
            try EventLoop(backend: backend, clock: backend.clock, handlesSignals: false).run(app)
        }
        #expect(backend.isShutDown)
        #expect(app.list.selected == 1)
    }

    @Test func stopRequestActsLikeASignal() throws {
        let backend = MemoryBackend(size: Size(width: 20, height: 5))
        backend.script(keys: [.char("j"), .char("j"), .char("j")])
        let app = try CounterApp()
        let loop = EventLoop(backend: backend, clock: backend.clock, handlesSignals: false)
        loop.stopRequest.request(signal: 15)
        let reason = try loop.run(app)
        #expect(reason == .signal(15))
        #expect(reason.exitCode == 143)
        #expect(backend.isShutDown)
    }

    @Test func wakerDeliversOneWakeup() throws {
        let backend = MemoryBackend(size: Size(width: 20, height: 5))
        backend.script(keys: [.char("n")])
        let app = try CounterApp()
        let loop = EventLoop(backend: backend, clock: backend.clock, handlesSignals: false)
        loop.waker.wake()
        loop.waker.wake()
        _ = try loop.run(app)
        #expect(app.events.filter { $0 == .wakeup }.count == 1)
    }

    @Test func aWakeupTheAppSaysIsDueArrivesWithinATenthOfASecond() throws {
        let backend = MemoryBackend(size: Size(width: 20, height: 5))
        backend.script([.idle(.milliseconds(2_000)), .event(.key(.char("q")))])
        let app = try CounterApp()
        let clock = backend.clock
        app.now = { clock.now }
        app.wakeupDueAt = .milliseconds(1_230)
        var wokenAt: Duration?
        let loop = EventLoop(backend: backend, clock: backend.clock, handlesSignals: false)
        let probe = WakeupProbe(app) { wokenAt = wokenAt ?? clock.now }
        _ = try loop.run(probe)
        #expect(app.events.filter { $0 == .wakeup }.count == 1, "once, with nobody calling the waker")
        let at = try #require(wokenAt)
        #expect(at >= .milliseconds(1_230) && at <= .milliseconds(1_330))
    }

    @Test func signalWatcherCatchesSIGHUPInsteadOfDying() async throws {
        let watcher = SignalWatcher()
        watcher.start()
        defer { watcher.stop() }
        kill(getpid(), SIGHUP) // process-directed, as a hangup or `kill` sends it
        var caught: Int32?
        for _ in 0..<500 {
            caught = watcher.takePendingSignal()
            if caught != nil { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(caught == SIGHUP)
        #expect(watcher.takePendingSignal() == nil)
    }
}

/// An app that postpones a slow pane after every key, as the console does with suggestions.
final class DeferringApp: TerminalApplication {
    var pending = 0
    var brief: Bool
    var renders: [Int] = []
    var moves = 0
    var tickInterval: Duration? { nil }

    init(brief: Bool) { self.brief = brief }

    func handle(_ event: TerminalEvent) throws -> LoopDecision {
        guard case .key(let key) = event else { return .unchanged }
        if key == .char("q") { return .quit(exitCode: 0) }
        moves += 1
        pending = 1
        return .continue
    }

    var hasIdleWork: Bool { pending > 0 }
    var idleWorkIsBrief: Bool { brief }

    func performIdleWork() throws -> LoopDecision {
        pending = 0
        return .continue
    }

    func render(into canvas: inout Canvas) {
        // What was drawn: the moves so far and whether the slow pane had caught up.
        renders.append(pending == 0 ? moves : -moves)
        canvas.draw("moves \(moves)", at: Point(x: 0, y: 0))
    }
}

@Suite("Event loop: frames held for brief idle work")
struct EventLoopIdleWorkTests {
    @Test func briefIdleWorkFinishesBeforeTheFrameIsDrawn() throws {
        let backend = MemoryBackend(size: Size(width: 20, height: 3))
        backend.script(keys: [.char("j")])
        backend.script([.idle(.milliseconds(200)), .event(.key(.char("q")))])
        let app = DeferringApp(brief: true)
        _ = try EventLoop(backend: backend, clock: backend.clock, handlesSignals: false).run(app)
        #expect(app.renders == [0, 1], "one settled frame for the key, never one without the slow pane")
    }

    @Test func slowIdleWorkIsDrawnAfterTheFrame() throws {
        let backend = MemoryBackend(size: Size(width: 20, height: 3))
        backend.script(keys: [.char("j")])
        backend.script([.idle(.milliseconds(200)), .event(.key(.char("q")))])
        let app = DeferringApp(brief: false)
        _ = try EventLoop(backend: backend, clock: backend.clock, handlesSignals: false).run(app)
        #expect(app.renders == [0, -1, 1], "the move is drawn at once, the slow pane when it is ready")
    }
}

/// Passes everything to a `CounterApp` and notes when the first wake-up came.
final class WakeupProbe: TerminalApplication {
    let app: CounterApp
    let woken: () -> Void

    init(_ app: CounterApp, woken: @escaping () -> Void) {
        self.app = app
        self.woken = woken
    }

    func handle(_ event: TerminalEvent) throws -> LoopDecision {
        if event == .wakeup { woken() }
        return try app.handle(event)
    }

    func render(into canvas: inout Canvas) { app.render(into: &canvas) }
    var tickInterval: Duration? { app.tickInterval }
    var wakeupIsDue: Bool { app.wakeupIsDue }
}
