/// Why ``EventLoop/run(_:)`` returned.
public enum ExitReason: Hashable, Sendable {
    /// The application asked to quit.
    case quit(exitCode: Int32)
    /// SIGTERM, SIGHUP or SIGINT arrived; the terminal was restored first.
    case signal(Int32)
    /// No more input can arrive (a scripted ``MemoryBackend`` ran out of events).
    case inputClosed

    /// The process exit status to use: the app's code, or 128 + the signal number, as
    /// shells report a death by signal.
    public var exitCode: Int32 {
        switch self {
        case .quit(let code): code
        case .signal(let number): 128 + number
        case .inputClosed: 0
        }
    }
}
