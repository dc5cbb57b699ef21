/// Why a mail store could not be read. Parsing problems of single messages are not here: those
/// are `SourceParseError`s of the items, which go to quarantine with their bytes.
public enum EmailSourceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The directory has no `cur/` and `new/` subdirectories.
    case notAMaildir(path: String)
    /// The file does not start with an mbox "From " line.
    case notAnMbox(path: String)
    /// The file or directory could not be read (permissions, vanished, I/O error).
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notAMaildir(let path): "not a Maildir (no cur/ and new/ directories): \(path)"
        case .notAnMbox(let path): "not an mbox file (it does not start with a \"From \" line): \(path)"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        }
    }
}
