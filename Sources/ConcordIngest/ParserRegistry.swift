import ConcordChannels

/// Which parser reads which source format; the CLI, the quarantine retry and the webhook
/// receiver all use the same registry, so an item is always re-parsed the way it was read.
public struct ParserRegistry: Sendable {
    private var parsers: [SourceFormat: any SourceParser]

    public init(_ parsers: [SourceFormat: any SourceParser]) {
        self.parsers = parsers
    }

    public func parser(for format: SourceFormat) -> (any SourceParser)? {
        parsers[format]
    }

    /// Parses an item with its format's parser.
    public func parse(_ item: SourceItem, context: ParseContext) -> Result<ParsedSource, SourceParseError> {
        guard let parser = parsers[item.format] else {
            return .failure(.unsupported("no parser for the \(item.format.rawValue) format"))
        }
        do {
            return .success(try parser.parse(item, context: context))
        } catch {
            return .failure(error)
        }
    }
}
