/// Where frames go and events come from: the real terminal (``CursesBackend``) or memory
/// (``MemoryBackend``, for tests). The event loop is written against this protocol only.
public protocol TerminalBackend: AnyObject {
    /// The current screen size in cells.
    var size: Size { get }
    /// The colours the terminal can show; themes are degraded to it.
    var colorSupport: ColorSupport { get }
    /// Shows a frame. Backends send only the cells that differ from the previous frame.
    func present(_ canvas: Canvas)
    /// Waits up to `timeoutMilliseconds` for input; nil when nothing arrived in time.
    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent?
    /// Restores the terminal. Idempotent: safe to call more than once.
    func shutdown()
    /// True when no input can ever arrive again (a scripted test ran out of events).
    var isInputClosed: Bool { get }
}

extension TerminalBackend {
    public var isInputClosed: Bool { false }
}
