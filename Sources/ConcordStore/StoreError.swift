import ConversationEngine

/// What went wrong with the store, phrased so the user knows what to do next.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The directory meant to hold the database does not exist.
    case directoryMissing(path: String)
    /// The file or its directory cannot be written (permissions, read-only file system).
    case notWritable(path: String)
    /// The file exists but is not a SQLite database, or is damaged.
    case corrupt(path: String, detail: String)
    /// The database was written by a newer Concord with migrations this one does not know.
    case newerSchema(path: String)
    /// Any other failure to open the database.
    case cannotOpen(path: String, detail: String)
    /// Someone else changed the conversation since it was read (optimistic concurrency).
    case versionConflict(conversation: ConversationID, expected: Int, actual: Int)
    /// A referenced record does not exist.
    case notFound(what: String, id: String)
    /// A merge, undo or split that cannot be done as asked.
    case invalidMerge(String)
    /// A value the store cannot take (a satisfaction score of 7).
    case invalidValue(String)

    public var description: String {
        switch self {
        case .directoryMissing(let path):
            "The directory for the database \(path) does not exist; create it or choose another path with --db."
        case .notWritable(let path):
            "The database \(path) cannot be written (check permissions or choose another path with --db)."
        case .corrupt(let path, let detail):
            "The file \(path) is not a Concord database or is damaged (\(detail)); move it aside or restore a backup."
        case .newerSchema(let path):
            "The database \(path) was written by a newer version of Concord; upgrade Concord to open it."
        case .cannotOpen(let path, let detail):
            "The database \(path) cannot be opened: \(detail)."
        case .versionConflict(let conversation, let expected, let actual):
            "Conversation \(conversation) was changed by someone else (version \(actual), expected \(expected)); reload and try again."
        case .notFound(let what, let id):
            "No \(what) with id \(id)."
        case .invalidMerge(let reason):
            "Cannot do that: \(reason)."
        case .invalidValue(let reason):
            "Cannot store that: \(reason)."
        }
    }
}
