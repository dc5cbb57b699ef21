/// Turns one source item into timeline events. Parsers are pure (bytes in, events out) and
/// safe to run on several threads at once, so ingest can parse on every core while one
/// writer stores.
public protocol SourceParser: Sendable {
    func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource
}
