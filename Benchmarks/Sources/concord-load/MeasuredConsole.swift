import Foundation
import ConcordConsole
import ConcordTerminal
import ConversationEngine
import Synchronization

/// The real `ConsoleApplication` as the event loop sees it, with clocks around it: a view
/// refresh is timed from the moment the loop hands it the wake-up (or tick) at which it reads the
/// store for another process's change to the end of the frame drawn after it, and after every frame the newest message the console's state
/// shows (`activityMark`) is noted with the time, for ingest-to-screen latency.
final class MeasuredConsole: TerminalApplication {
    /// What one console measured, handed back when its loop ends.
    struct Measurements: Sendable {
        /// Wake-up (or tick) reading a store change handled to frame drawn: (when, how long), nanoseconds.
        var refreshes: [(at: UInt64, nanoseconds: UInt64)] = []
        /// The store reads and reducing of each refresh, without drawing.
        var refreshReads: [UInt64] = []
        /// Drawing the frame (ConsoleView.render into the canvas).
        var renders: [UInt64] = []
        /// A tick (the once-a-second poll) that read no store change, handled to frame drawn.
        var ticks: [(at: UInt64, nanoseconds: UInt64)] = []
        /// Each time the newest message shown moved on: (its id, when the frame showing it was drawn).
        var marks: [(message: Int64, at: UInt64)] = []
        /// Wake-ups that read nothing (the change was held back by the pacing, or already read).
        var emptyWakeups = 0
        /// Refreshes made with the tick (a change held back until then).
        var refreshesAtTicks = 0
        var frames = 0
        var lastMark: Int64 = 0
    }

    let console: ConsoleApplication
    /// The newest message on screen, for other threads (the run waits for every console to show the last one).
    let shown: ShownMessage
    private(set) var measurements = Measurements()
    /// When the wake-up whose frame is not drawn yet was handled (a frame may wait for brief idle work).
    private var refreshStarted: UInt64?
    private var tickStarted: UInt64?

    init(_ console: ConsoleApplication, shown: ShownMessage) {
        self.console = console
        self.shown = shown
    }

    func handle(_ event: TerminalEvent) throws -> LoopDecision {
        let began = Clock.now
        let refreshesBefore = console.storeRefreshes
        let decision = try console.handle(event)
        if console.storeRefreshes > refreshesBefore {
            // The store was read for other processes' changes (at a wake-up, or held to the tick).
            refreshStarted = refreshStarted ?? began
            measurements.refreshReads.append(Clock.now - began)
            if case .tick = event { measurements.refreshesAtTicks += 1 }
        } else if case .wakeup = event {
            measurements.emptyWakeups += 1
        } else if case .tick = event, decision != .unchanged {
            tickStarted = tickStarted ?? began
        }
        return decision
    }

    func render(into canvas: inout Canvas) {
        let began = Clock.now
        console.render(into: &canvas)
        let drawn = Clock.now
        measurements.renders.append(drawn - began)
        measurements.frames += 1
        if let started = refreshStarted {
            measurements.refreshes.append((started, drawn - started))
            refreshStarted = nil
        }
        if let started = tickStarted {
            measurements.ticks.append((started, drawn - started))
            tickStarted = nil
        }
        if let mark = console.state.activityMark?.rawValue, mark > measurements.lastMark {
            measurements.lastMark = mark
            measurements.marks.append((mark, drawn))
            shown.update(mark)
        }
    }

    var tickInterval: Duration? { console.tickInterval }
    var hasIdleWork: Bool { console.hasIdleWork }
    var idleWorkIsBrief: Bool { console.idleWorkIsBrief }
    var wakeupIsDue: Bool { console.wakeupIsDue }
    func performIdleWork() throws -> LoopDecision { try console.performIdleWork() }
}

/// The newest message id a console has drawn, readable from any thread.
final class ShownMessage: Sendable {
    private let value = Atomic<Int64>(0)
    func update(_ id: Int64) { value.store(id, ordering: .releasing) }
    var id: Int64 { value.load(ordering: .acquiring) }
}
