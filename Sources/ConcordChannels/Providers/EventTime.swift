import Foundation

/// Chooses an event's time the same way in every parser: the payload's own time when it has
/// one; the item's `receivedAt` (with a warning) when it has none; a clear error otherwise.
/// A time that is present but unreadable is an error, never silently replaced.
enum EventTime {
    /// The time in a JSON field.
    static func resolve(_ value: JSONValue?, field: String, item: SourceItem, localZone: TimeZone? = nil,
                        warnings: inout [String]) throws(SourceParseError) -> Date {
        if let value, !value.isNull {
            guard let reading = ProviderTime.parse(value, localZone: localZone) else {
                throw .malformed("\(field) \(describe(value)) is not a time Concord can read")
            }
            if !reading.hadOffset { warnings.append(localTimeWarning(field: field, zone: localZone)) }
            return reading.date
        }
        return try fallback(field: field, item: item, warnings: &warnings)
    }

    /// The time in a text field (form fields, CSV columns).
    static func resolve(_ text: String?, field: String, item: SourceItem, localZone: TimeZone? = nil,
                        warnings: inout [String]) throws(SourceParseError) -> Date {
        if let text, !text.trimmedWhitespace.isEmpty {
            guard let reading = ProviderTime.parse(text, localZone: localZone) else {
                throw .malformed("\(field) \"\(text.prefix(64))\" is not a time Concord can read")
            }
            if !reading.hadOffset { warnings.append(localTimeWarning(field: field, zone: localZone)) }
            return reading.date
        }
        return try fallback(field: field, item: item, warnings: &warnings)
    }

    /// The item's arrival time when the payload has no time of its own.
    static func fallback(field: String, item: SourceItem, warnings: inout [String]) throws(SourceParseError) -> Date {
        guard let received = item.receivedAt else { throw .missingField(field) }
        warnings.append("no \(field): used the time the item was received")
        return received
    }

    /// The warning for a time written without a UTC offset.
    static func localTimeWarning(field: String, zone: TimeZone?) -> String {
        "\(field) has no UTC offset: read as \(zone?.identifier ?? "UTC")"
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(text.prefix(64))\""
        case .number(let literal): String(literal.prefix(64))
        default: "(not a string or number)"
        }
    }
}
