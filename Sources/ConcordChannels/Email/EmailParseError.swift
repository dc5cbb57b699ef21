/// Why bytes could not be read as an email at all. Everything short of this is repaired and
/// reported in `ParsedEmail.warnings` instead.
public enum EmailParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes do not start with a header block (empty input, a binary file, plain text).
    case notAMessage(String)

    public var description: String {
        switch self {
        case .notAMessage(let reason): "not an email message: \(reason)"
        }
    }
}
