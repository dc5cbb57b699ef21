/// The application the event loop runs: bubbletea's update/view split. `handle` turns an
/// event into a state change (and says whether to redraw); `render` draws the current
/// state. Rendering never blocks and never does I/O; long work runs elsewhere and reports
/// back through ``LoopWaker``.
public protocol TerminalApplication: AnyObject {
    /// Reacts to one event. Throwing ends the loop; the terminal is restored and the error
    /// propagates out of ``EventLoop/run(_:)``.
    func handle(_ event: TerminalEvent) throws -> LoopDecision
    /// Draws the whole screen for the current state into a cleared canvas of the terminal's
    /// size.
    func render(into canvas: inout Canvas)
    /// How often to deliver `.tick` (e.g. one second for SLA countdowns); nil for never.
    var tickInterval: Duration? { get }
    /// Whether the application has deferred work (slow reads it postponed so keys stay fast).
    /// While it does, the loop polls for input without waiting and calls ``performIdleWork()``
    /// as soon as no key is waiting: a held-down `j` moves the selection at key speed and the
    /// slow panes catch up when the keys stop.
    var hasIdleWork: Bool { get }
    /// Does one piece of deferred work; `.continue` renders a frame afterwards.
    func performIdleWork() throws -> LoopDecision
    /// Whether the deferred work is short enough (a few milliseconds) to finish before the
    /// screen is drawn: the terminal then gets one settled frame per key instead of a frame
    /// without the slow panes followed at once by one with them. Work that may wait (on a
    /// file still loading) is not brief; the frame is drawn first.
    var idleWorkIsBrief: Bool { get }
    /// Whether the application held back something for a wake-up that is due now (a store
    /// change it paced, whose interval has passed): the loop, which looks at least ten times a
    /// second, then delivers `.wakeup` without anyone calling the waker.
    var wakeupIsDue: Bool { get }
}

extension TerminalApplication {
    public var hasIdleWork: Bool { false }
    public var idleWorkIsBrief: Bool { false }
    public var wakeupIsDue: Bool { false }
    public func performIdleWork() throws -> LoopDecision { .unchanged }
}
