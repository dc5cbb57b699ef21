import ConcordChannels
import Foundation

extension ParserRegistry {
    /// Every parser Concord has: email through GMime, and the chat, call, SMS and social
    /// providers. Call records without a zone are read in `callRecordTimeZone` (UTC when nil).
    public static func standard(callRecordTimeZone: TimeZone? = nil) -> ParserRegistry {
        var parsers = ProviderParsers.all(localTimeZone: callRecordTimeZone)
        parsers[.email] = EmailSourceParser()
        return ParserRegistry(parsers)
    }
}
