/// A parsed JSON value, as provider payloads are read.
///
/// Numbers keep their literal text: provider ids are often numbers too large for a `Double`
/// (X snowflakes, Intercom ids), and reading them as text keeps every digit and can never trap
/// on overflow. Objects are dictionaries (the last of duplicate keys wins, as in most JSON
/// libraries); key order never matters to a payload.
enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number exactly as written ("1627063369", "-0.5", "1e3").
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member `key` of an object; nil for other values or a missing key.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The element at `index` of an array; nil when out of range or not an array.
    subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// A JSON string's value (not a number's text).
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var boolValue: Bool? {
        switch self {
        case .bool(let value): value
        case .string(let text) where text == "true" || text == "false": text == "true"
        default: nil
        }
    }

    var isNull: Bool { self == .null }

    /// Text for ids and short fields: a string's value, or a number's literal text, trimmed;
    /// nil when absent, null, empty or another kind of value.
    var text: String? {
        let raw: String
        switch self {
        case .string(let value): raw = value
        case .number(let literal): raw = literal
        default: return nil
        }
        let trimmed = raw.trimmedWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// An integer from a number or a numeric string ("1749416383"); nil when it is not a whole
    /// number or does not fit in 64 bits. Never traps.
    var int64Value: Int64? {
        guard let literal = text else { return nil }
        if let exact = Int64(literal) { return exact }
        guard let double = Double(literal), double.isFinite, double.rounded() == double,
              double > -9.2e18, double < 9.2e18 else { return nil }
        return Int64(double)
    }

    /// A floating-point number from a number or a numeric string; nil when not finite.
    var doubleValue: Double? {
        guard let literal = text, let double = Double(literal), double.isFinite else { return nil }
        return double
    }

    /// Every element when this is an array, the value itself when it is an object (payloads
    /// that carry "one or many" in the same field), otherwise nothing.
    var elements: [JSONValue] {
        switch self {
        case .array(let elements): elements
        case .object: [self]
        default: []
        }
    }
}
