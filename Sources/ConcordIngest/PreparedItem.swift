import ConcordChannels
import Foundation

/// A source item with its digest and what its parser made of it, ready for the writer.
struct PreparedItem: Sendable {
    var item: SourceItem
    var digest: String
    var parsed: Result<ParsedSource, SourceParseError>
}
