import Foundation

/// Splits a file of social webhook payloads (what `concord ingest social FILE` reads; the
/// webhook receiver parses the same payloads one POST at a time) into source items.
///
/// The file is a JSON document (one payload or an array of them) or JSON Lines; payloads are
/// recognised by shape: WhatsApp Cloud API (`"object": "whatsapp_business_account"`), Meta
/// Messenger or Instagram (`"object": "page"`/`"instagram"`), X DM events (`data[]` with
/// `event_type`/`dm_conversation_id`, or `dm_events`), X posts (`data` with `text`,
/// `author_id`), and Twilio messaging webhooks (form-encoded lines, or JSON objects with
/// `MessageSid`, for WhatsApp through Twilio). A payload that fits none is routed to the Meta
/// parser, which fails with the reason ("missing field: object"), so it is quarantined rather
/// than dropped.
///
/// Origins are "path" for a whole-file document and "path:line N" otherwise; each item's data
/// is the payload's exact bytes.
public enum SocialFile {
    /// The source items of a social payload file, in file order.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - origin: the file's path, the prefix of each item's origin.
    ///   - receivedAt: when the payloads arrived, for those without a time of their own.
    public static func items(in data: Data, origin: String, receivedAt: Date? = nil) -> [SourceItem] {
        PayloadPieces.split(data).map { piece in
            SourceItem(format: format(of: piece), origin: PayloadPieces.origin(origin, line: piece.line), data: piece.data,
                       receivedAt: receivedAt)
        }
    }

    /// The format of one social payload, `.metaMessaging` when no provider's shape fits.
    public static func format(of payload: Data) -> SourceFormat {
        PayloadShape.format(of: payload) ?? .metaMessaging
    }

    private static func format(of piece: PayloadPieces.Piece) -> SourceFormat {
        if let json = piece.json { return PayloadShape.format(of: json) ?? .metaMessaging }
        if FormFields.looksURLEncoded(piece.data) {
            return PayloadShape.format(of: FormFields(urlEncoded: piece.data)) ?? .twilioSMS
        }
        return .metaMessaging
    }
}
