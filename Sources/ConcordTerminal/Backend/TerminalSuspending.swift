/// A terminal that can be lent to another program (the agent's `$EDITOR`) and taken back, as
/// mutt does for composing: the screen is restored to the shell's state while the program
/// runs, and fully repainted afterwards.
public protocol TerminalSuspending: AnyObject {
    func suspend<T>(_ body: () throws -> T) rethrows -> T
}
