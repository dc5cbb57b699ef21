import Foundation

/// One unit of source data as read from a file, a pipe or a webhook: the bytes are kept
/// exactly (content-addressed in the store) before anything is parsed, so nothing is ever
/// lost and everything can be parsed again by a later, better parser.
public struct SourceItem: Sendable, Hashable {
    public var format: SourceFormat
    /// Where it came from, for people: a file path, "path:line 12", "stdin", a URL.
    public var origin: String
    public var data: Data
    /// When the item reached us (a Maildir file's time, an mbox "From " line's date, the
    /// moment a webhook arrived); parsers use it when the item carries no date of its own.
    public var receivedAt: Date?

    public init(format: SourceFormat, origin: String, data: Data, receivedAt: Date? = nil) {
        self.format = format
        self.origin = origin
        self.data = data
        self.receivedAt = receivedAt
    }
}
