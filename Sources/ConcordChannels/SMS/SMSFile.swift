import Foundation

/// Splits a file of Twilio messaging webhooks into source items: one form-encoded body per
/// line (as a webhook logger writes them), or JSON (an object, an array of objects, or JSON
/// Lines) with the same fields.
///
/// Every item is `.twilioSMS` unless its fields say it is a voice callback (`CallSid` without
/// `MessageSid`), which goes to the voice parser instead. Twilio's messaging webhook carries
/// no time of its own: pass `receivedAt` (for a log, the file's time), or the items fail with
/// `.missingField` unless each body has a `Timestamp`/`DateSent` field.
///
/// Origins are "path:line N" ("path" for a whole-file JSON document); data is the exact bytes.
public enum SMSFile {
    /// The source items of an SMS webhook file, in file order.
    public static func items(in data: Data, origin: String, receivedAt: Date? = nil) -> [SourceItem] {
        PayloadPieces.split(data).map { piece in
            let format: SourceFormat
            if let json = piece.json {
                format = PayloadShape.format(of: json) ?? .twilioSMS
            } else if FormFields.looksURLEncoded(piece.data) {
                format = PayloadShape.format(of: FormFields(urlEncoded: piece.data)) ?? .twilioSMS
            } else {
                format = .twilioSMS
            }
            return SourceItem(format: format, origin: PayloadPieces.origin(origin, line: piece.line), data: piece.data,
                              receivedAt: receivedAt)
        }
    }
}
