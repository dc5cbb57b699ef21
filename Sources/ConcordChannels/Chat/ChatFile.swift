import Foundation

/// Splits a chat file (what `concord ingest chat FILE` reads) into source items.
///
/// The file is a JSON document (one payload, or an array of payloads) or JSON Lines (one
/// payload per line). Each payload is recognised by its shape: a Chatwoot webhook (it has
/// `event`), an Intercom conversation or notification (`type` conversation /
/// notification_event), or a line of Concord's own schema; a payload from a social provider
/// (WhatsApp, Meta, X) is recognised too and routed to its parser. Anything else is read as
/// Concord's schema, whose parser names what is missing, so an unreadable line is
/// quarantined with a reason and never dropped. Blank lines are skipped.
///
/// Origins say where each item came from: the path for a whole-file document,
/// "path:line 12" for a line or an array element starting on line 12. Each item's data is
/// the payload's exact bytes.
///
/// ```swift
/// let items = ChatFile.items(in: try Data(contentsOf: url), origin: url.path)
/// for item in items { let parsed = try ProviderParsers.parser(for: item.format)?.parse(item, context: context) }
/// ```
public enum ChatFile {
    /// The source items of a chat file, in file order.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - origin: the file's path, used as the prefix of each item's origin.
    ///   - receivedAt: when the file was read, for payloads that carry no time of their own.
    public static func items(in data: Data, origin: String, receivedAt: Date? = nil) -> [SourceItem] {
        PayloadPieces.split(data).map { piece in
            SourceItem(format: piece.json.flatMap(PayloadShape.format(of:)) ?? .concordChat,
                       origin: PayloadPieces.origin(origin, line: piece.line), data: piece.data, receivedAt: receivedAt)
        }
    }

    /// The format of one chat payload, `.concordChat` when no provider's shape fits.
    public static func format(of payload: Data) -> SourceFormat {
        PayloadShape.format(of: payload) ?? .concordChat
    }
}
