import Foundation

/// A small, strict-enough JSON reader for provider payloads.
///
/// Why not `JSONSerialization` or `JSONDecoder`: parsers here must never crash on hostile
/// input (a fuzzer will hammer them), must keep big numeric ids exactly, must say where a
/// document is broken ("line 3, column 14") so a quarantined item explains itself, and must
/// report repairs (invalid UTF-8) as warnings. Nesting is limited to `maxDepth`, so recursion
/// is bounded whatever the input.
struct JSONReader {
    /// Deeper documents are rejected as malformed; real webhook payloads nest fewer than 15 levels.
    static let maxDepth = 100

    /// A parsed document and what had to be repaired to read it.
    struct Document: Sendable {
        var value: JSONValue
        var warnings: [String]
        /// For a document whose root is an array: each element's byte range in the input.
        var rootElementRanges: [Range<Int>]
    }

    private let bytes: [UInt8]
    private var index = 0
    private var repairedUTF8 = false
    private var rawControlCharacters = false
    private var rootElementRanges: [Range<Int>] = []

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON value filling the whole of `data` (surrounding whitespace and a UTF-8
    /// byte order mark allowed).
    static func parse(_ data: Data) throws(SourceParseError) -> Document {
        try parse(bytes: [UInt8](data))
    }

    static func parse(bytes: [UInt8]) throws(SourceParseError) -> Document {
        var reader = JSONReader(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        reader.skipWhitespace()
        guard reader.index < bytes.count else { throw .malformed("empty input: expected a JSON value") }
        let value = try reader.parseValue(depth: 0)
        reader.skipWhitespace()
        guard reader.index == bytes.count else {
            throw reader.error("unexpected content after the JSON value")
        }
        var warnings: [String] = []
        if reader.repairedUTF8 { warnings.append("invalid UTF-8 in JSON strings replaced with U+FFFD") }
        if reader.rawControlCharacters { warnings.append("raw control characters inside JSON strings accepted") }
        return Document(value: value, warnings: warnings, rootElementRanges: reader.rootElementRanges)
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(SourceParseError) -> JSONValue {
        guard depth < Self.maxDepth else { throw error("nesting deeper than \(Self.maxDepth) levels") }
        guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected character \(describe(bytes[index])), expected a value")
        }
    }

    private mutating func parseObject(depth: Int) throws(SourceParseError) -> JSONValue {
        index += 1  // {
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a quoted member name") }
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after member name") }
            index += 1
            skipWhitespace()
            members[key] = try parseValue(depth: depth + 1)
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw error("expected ',' or '}' in an object")
        }
    }

    private mutating func parseArray(depth: Int) throws(SourceParseError) -> JSONValue {
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            let start = index
            elements.append(try parseValue(depth: depth + 1))
            if depth == 0 { rootElementRanges.append(start..<index) }
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw error("expected ',' or ']' in an array")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(SourceParseError) {
        let expected = literal.withUTF8Buffer { Array($0) }
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw error("invalid literal, expected \(literal)")
        }
        index += expected.count
    }

    private mutating func parseNumber() throws(SourceParseError) -> String {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: digits expected after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: digits expected in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    // MARK: - Strings

    private mutating func parseString() throws(SourceParseError) -> String {
        index += 1  // opening quote
        var buffer: [UInt8] = []
        var pendingHighSurrogate: UInt32?
        while true {
            guard index < bytes.count else { throw error("unterminated string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                if pendingHighSurrogate != nil { appendScalar(0xFFFD, to: &buffer) }
                break
            }
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { throw error("unterminated escape") }
                let escape = bytes[index]
                index += 1
                if escape == UInt8(ascii: "u") {
                    let unit = try parseHex4()
                    if let high = pendingHighSurrogate {
                        pendingHighSurrogate = nil
                        if (0xDC00...0xDFFF).contains(unit) {
                            appendScalar(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &buffer)
                            continue
                        }
                        appendScalar(0xFFFD, to: &buffer)
                    }
                    if (0xD800...0xDBFF).contains(unit) {
                        pendingHighSurrogate = unit
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        appendScalar(0xFFFD, to: &buffer)
                    } else {
                        appendScalar(unit, to: &buffer)
                    }
                    continue
                }
                if pendingHighSurrogate != nil {
                    pendingHighSurrogate = nil
                    appendScalar(0xFFFD, to: &buffer)
                }
                switch escape {
                case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                default:
                    index -= 1
                    throw error("invalid escape \\\(describe(escape))")
                }
                continue
            }
            if pendingHighSurrogate != nil {
                pendingHighSurrogate = nil
                appendScalar(0xFFFD, to: &buffer)
            }
            if byte < 0x20 { rawControlCharacters = true }
            buffer.append(byte)
            index += 1
        }
        if let valid = String(validating: buffer, as: UTF8.self) { return valid }
        repairedUTF8 = true
        return String(decoding: buffer, as: UTF8.self)
    }

    private mutating func parseHex4() throws(SourceParseError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw error("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func appendScalar(_ value: UInt32, to buffer: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    // MARK: - Helpers

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    /// A malformed-input error naming the line and column (1-based, columns in bytes).
    private func error(_ message: String) -> SourceParseError {
        let position = TextPosition(of: min(index, bytes.count), in: bytes)
        return .malformed("invalid JSON at line \(position.line), column \(position.column): \(message)")
    }
}

/// A 1-based line and column of a byte offset, for error messages and origins.
struct TextPosition: Sendable, Hashable {
    var line: Int
    var column: Int

    init(of offset: Int, in bytes: [UInt8]) {
        var line = 1
        var lineStart = 0
        let end = min(max(offset, 0), bytes.count)
        var i = 0
        while i < end {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        self.line = line
        self.column = end - lineStart + 1
    }
}

extension JSONReader {
    /// Parses `data` as a JSON object, the shape every webhook payload has.
    /// - Parameter what: the payload's name for the error ("a Chatwoot webhook payload").
    static func parseObject(_ data: Data, what: String) throws(SourceParseError) -> Document {
        let document = try parse(data)
        guard case .object = document.value else { throw .malformed("\(what) must be a JSON object") }
        return document
    }
}
