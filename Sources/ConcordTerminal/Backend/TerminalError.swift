/// Why the terminal could not be used. Shown to the agent as one sentence with what to do.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (piped, redirected, running under CI).
    case notATerminal
    /// ncurses does not know the terminal type.
    case unsupportedTerminal(term: String)
    /// Another ``CursesBackend`` is already active in this process.
    case alreadyActive
    /// The terminal is smaller than the console needs.
    case tooSmall(current: Size, minimum: Size)

    public var description: String {
        switch self {
        case .notATerminal:
            return "concord console needs an interactive terminal; stdin/stdout is not a TTY. "
                + "Run it directly in a terminal (not through a pipe or redirect), or use the non-interactive commands."
        case .unsupportedTerminal(let term):
            return "The terminal type '\(term)' is unknown to ncurses. Set TERM to one your system knows, e.g. TERM=xterm-256color."
        case .alreadyActive:
            return "The terminal is already in use by another screen in this process."
        case .tooSmall(let current, let minimum):
            return TerminalSizeRequirement(minimum: minimum).message(for: current)
                ?? "The terminal is too small."
        }
    }
}
