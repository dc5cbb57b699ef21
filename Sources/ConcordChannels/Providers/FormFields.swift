import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (how Twilio posts its webhooks),
/// or of a flat JSON object carrying the same fields (a webhook logged as JSON).
///
/// Decoding is forgiving, as browsers are: a "%" that starts no valid escape is kept as it
/// is, and invalid UTF-8 is replaced (with a warning) rather than rejecting the whole body.
public struct FormFields: Sendable, Hashable {
    /// Field values by name; the first of repeated names wins.
    private(set) var values: [String: String]
    /// What had to be repaired while decoding.
    private(set) var warnings: [String]

    init(values: [String: String], warnings: [String] = []) {
        self.values = values
        self.warnings = warnings
    }

    /// Decodes a form body ("CallSid=CA12&From=%2B821012345678&Body=Hi+there").
    init(urlEncoded body: Data) {
        var values: [String: String] = [:]
        let (pairs, repaired) = Self.decodePairs(body)
        for (name, value) in pairs where values[name] == nil { values[name] = value }
        self.values = values
        self.warnings = repaired ? ["invalid UTF-8 in form fields replaced with U+FFFD"] : []
    }

    /// Every name and value of a form body in the order sent, repeated names included: what
    /// Twilio's signature covers (`TwilioSignature`), where `values` keeps only the first.
    public static func pairs(urlEncoded body: Data) -> [(name: String, value: String)] {
        decodePairs(body).pairs
    }

    private static func decodePairs(_ body: Data) -> (pairs: [(name: String, value: String)], repaired: Bool) {
        var pairs: [(name: String, value: String)] = []
        var repaired = false
        var text = Array(body)
        // A body copied from a log often ends with a newline.
        while let last = text.last, last == 0x0A || last == 0x0D || last == 0x20 { text.removeLast() }
        for pair in text.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let (name, nameRepaired) = Self.decodeComponent(parts[0])
            let (value, valueRepaired) = parts.count > 1 ? Self.decodeComponent(parts[1]) : ("", false)
            repaired = repaired || nameRepaired || valueRepaired
            pairs.append((name, value))
        }
        return (pairs, repaired)
    }

    /// Reads a flat JSON object's members as fields (strings, numbers and booleans as text).
    init?(json: JSONValue) {
        guard let members = json.objectValue else { return nil }
        var values: [String: String] = [:]
        for (key, value) in members {
            switch value {
            case .string(let text): values[key] = text
            case .number(let literal): values[key] = literal
            case .bool(let flag): values[key] = flag ? "true" : "false"
            default: continue
            }
        }
        self.values = values
        self.warnings = []
    }

    /// The trimmed value of `name`, or nil when missing or empty.
    subscript(_ name: String) -> String? {
        guard let raw = values[name] else { return nil }
        let trimmed = raw.trimmedWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The value of `name` exactly as sent (message bodies keep their spaces and newlines).
    func raw(_ name: String) -> String? { values[name] }

    /// The first present of several names (Twilio renamed some fields over the years).
    func first(_ names: String...) -> String? {
        for name in names { if let value = self[name] { return value } }
        return nil
    }

    /// A non-negative integer field, clamped to `limit`; nil when absent or not a number.
    func count(_ name: String, limit: Int) -> Int? {
        guard let text = self[name], let value = Int(text), value >= 0 else { return nil }
        return min(value, limit)
    }

    /// Whether `data` looks like a form body rather than JSON, CSV or text: "name=value"
    /// pairs joined by "&", with a name made of letters and digits.
    static func looksURLEncoded(_ data: Data) -> Bool {
        guard let first = data.first, first != UInt8(ascii: "{"), first != UInt8(ascii: "[") else { return false }
        let prefix = data.prefix(200)
        guard let equals = prefix.firstIndex(of: UInt8(ascii: "=")) else { return false }
        let name = prefix[prefix.startIndex..<equals]
        return !name.isEmpty && name.allSatisfy { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
    }

    /// Percent-decodes one component ("+" is a space); returns the text and whether invalid
    /// UTF-8 had to be replaced.
    private static func decodeComponent(_ component: ArraySlice<UInt8>) -> (String, Bool) {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(component.count)
        var i = component.startIndex
        while i < component.endIndex {
            let byte = component[i]
            if byte == UInt8(ascii: "+") {
                decoded.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), component.endIndex - i >= 3,
                      let high = hexValue(component[i + 1]), let low = hexValue(component[i + 2]) {
                decoded.append(high << 4 | low)
                i += 3
                continue
            } else {
                decoded.append(byte)
            }
            i += 1
        }
        if let text = String(validating: decoded, as: UTF8.self) { return (text, false) }
        return (String(decoding: decoded, as: UTF8.self), true)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
