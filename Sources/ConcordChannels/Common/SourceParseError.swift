/// Why a source item could not be turned into events. The item goes to quarantine with this
/// reason, its raw bytes kept, so it can be retried after a fix.
public enum SourceParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are not the format they claim to be (not JSON, wrong columns, no headers).
    case malformed(String)
    /// The format is right but the payload is a kind Concord does not handle yet.
    case unsupported(String)
    /// A required field is missing (no sender, no timestamp).
    case missingField(String)

    public var description: String {
        switch self {
        case .malformed(let reason): "malformed: \(reason)"
        case .unsupported(let reason): "unsupported: \(reason)"
        case .missingField(let field): "missing field: \(field)"
        }
    }
}
