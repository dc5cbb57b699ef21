/// A store request the console could not carry out, said so the agent knows what to do next;
/// shown in the status bar, never a crash.
struct ConsoleRuntimeError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
