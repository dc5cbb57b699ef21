import Foundation

/// The parser for each chat, call, SMS and social format, so ingest (and the webhook
/// receiver) can turn any `SourceItem` of these families into events without knowing the
/// parser types. Email has its own parser elsewhere and is not listed here.
///
/// ```swift
/// for item in CallRecordFile.items(in: data, origin: path) {
///     guard let parser = ProviderParsers.parser(for: item.format) else { continue }
///     let parsed = try parser.parse(item, context: context)
/// }
/// ```
public enum ProviderParsers {
    /// Every format this family reads.
    public static let formats: [SourceFormat] = [
        .chatwoot, .intercom, .concordChat, .asteriskCDR, .freeswitchCDR, .twilioVoice, .twilioSMS, .xTweets,
        .xDirectMessages, .metaMessaging, .whatsapp,
    ]

    /// Every parser of this family by format, ready to merge into an ingest registry.
    /// - Parameter localTimeZone: as for `parser(for:localTimeZone:)`.
    public static func all(localTimeZone: TimeZone? = nil) -> [SourceFormat: any SourceParser] {
        var parsers: [SourceFormat: any SourceParser] = [:]
        for format in formats {
            if let parser = parser(for: format, localTimeZone: localTimeZone) { parsers[format] = parser }
        }
        return parsers
    }

    /// The parser for `format`, or nil for email.
    /// - Parameter localTimeZone: the zone PBX call records are written in (Asterisk and
    ///   FreeSWITCH write local times without an offset); nil reads them as UTC, with a warning.
    public static func parser(for format: SourceFormat, localTimeZone: TimeZone? = nil) -> (any SourceParser)? {
        switch format {
        case .chatwoot: ChatwootParser()
        case .intercom: IntercomParser()
        case .concordChat: ConcordChatParser()
        case .asteriskCDR: AsteriskCDRParser(localTimeZone: localTimeZone)
        case .freeswitchCDR: FreeSWITCHCDRParser(localTimeZone: localTimeZone)
        case .twilioVoice: TwilioVoiceParser()
        case .twilioSMS: TwilioSMSParser()
        case .xTweets: XTweetsParser()
        case .xDirectMessages: XDirectMessagesParser()
        case .metaMessaging: MetaMessagingParser()
        case .whatsapp: WhatsAppParser()
        case .email: nil
        }
    }
}
