/// Why a `:` command (or a command line bound to a key) cannot run, in words that say what
/// to type instead.
public enum CommandLineError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case unknownVerb(String, suggestion: String?)
    case missingArgument(verb: String, usage: String)
    case badArgument(verb: String, argument: String, expected: String)

    public var description: String {
        switch self {
        case .empty:
            "Type a command after the colon; Tab completes, :help lists the keys."
        case .unknownVerb(let verb, let suggestion):
            "There is no command \"\(verb)\"" + (suggestion.map { "; did you mean :\($0)?" } ?? "; Tab lists them.")
        case .missingArgument(let verb, let usage):
            ":\(verb) needs more: :\(usage)"
        case .badArgument(let verb, let argument, let expected):
            ":\(verb) does not know \"\(argument)\"; expected \(expected)."
        }
    }
}
