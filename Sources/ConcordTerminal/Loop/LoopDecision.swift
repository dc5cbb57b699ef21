/// What the application tells the loop after handling an event.
public enum LoopDecision: Hashable, Sendable {
    /// Something changed: render a new frame.
    case `continue`
    /// Nothing visible changed: skip rendering (a key with no binding, a tick while no
    /// clock is on screen). Keeps idle CPU near zero.
    case unchanged
    /// Leave the loop; the terminal is restored and `run` returns ``ExitReason/quit(exitCode:)``.
    case quit(exitCode: Int32)
}
