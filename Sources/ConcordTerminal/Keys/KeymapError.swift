/// A key binding that cannot be used. Each message names the offending entry and says how
/// to fix it, because it is shown to an agent who edited their config file.
public enum KeymapError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The key notation is not understood.
    case unknownKeyNotation(String, context: String?, reason: String)
    /// The command is not one the console knows.
    case unknownCommand(String, key: String, context: String, available: [String])
    /// A `[keys.<context>]` table names a context the console does not have.
    case unknownContext(String, available: [String])
    /// The TOML could not be read or a value has the wrong type.
    case malformed(file: String, line: Int?, reason: String)

    public var description: String {
        switch self {
        case .unknownKeyNotation(let notation, let context, let reason):
            let place = context.map { " in [keys.\($0)]" } ?? ""
            return "Unknown key '\(notation)'\(place): \(reason)."
        case .unknownCommand(let command, let key, let context, let available):
            return "Unknown command '\(command)' for key '\(key)' in [keys.\(context)]. "
                + "Use \"none\" to unbind, or one of: \(available.joined(separator: ", "))."
        case .unknownContext(let context, let available):
            return "Unknown key context [keys.\(context)]. Available contexts: \(available.joined(separator: ", "))."
        case .malformed(let file, let line, let reason):
            let place = line.map { "\(file):\($0)" } ?? file
            return "Cannot read key bindings in \(place): \(reason)."
        }
    }

    /// The same error attributed to a context (parsing happens before the context is known).
    func inContext(_ context: String) -> KeymapError {
        if case .unknownKeyNotation(let notation, nil, let reason) = self {
            return .unknownKeyNotation(notation, context: context, reason: reason)
        }
        return self
    }
}
