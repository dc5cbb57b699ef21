/// An error the CLI reports as one sentence (ArgumentParser prints its description and
/// exits with status 1).
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
