import CGMime

/// Which of a message's top-level headers GMime has already read exactly as `MessageReader`
/// would, so the reader can take GMime's reading instead of decoding the header again.
///
///
/// While it parses, GMime decodes the Subject, the address headers, the Date and the
/// Message-ID of every message (it keeps them on the message object); the reader's own
/// decoding of the raw values repeats that work, which was a tenth of parsing a mail. The two
/// readings agree when the header occurs once (GMime keeps the last Subject and joins repeated
/// address headers; the reader takes the first), its raw value is one 7-bit line (8-bit bytes
/// are decoded in the body's charset here, GMime guesses its own; GMime keeps a fold inside a
/// name it cannot decode, the reader unfolds first) and none of its encoded words names a
/// legacy CJK charset that the reader widens to its superset first.
struct HeaderCensus {
    /// Bit `i` set: GMime's reading of `watched[i]` can stand for the reader's.
    private var plain: UInt8 = 0
    /// Bit `i` set: that header's value holds "=?" (may hold encoded words).
    private var encoded: UInt8 = 0

    /// Runs on every message: the names are compared in place (`g_ascii_strcasecmp`) and the
    /// findings kept as bits, where lower-cased copies in sets were a fifth of reading the headers.
    init(_ headers: UnsafeMutablePointer<GMimeHeaderList>?) {
        guard let headers else { return }
        var seen = [Int](repeating: 0, count: Self.watched.count)
        var sevenBit: UInt8 = 0, mayBeEncoded: UInt8 = 0
        for index in 0..<g_mime_header_list_get_count(headers) {
            guard let header = g_mime_header_list_get_header_at(headers, index),
                  let rawName = g_mime_header_get_name(header),
                  let slot = Self.watched.firstIndex(where: { g_ascii_strcasecmp(rawName, $0) == 0 }) else { continue }
            seen[slot] += 1
            guard let raw = g_mime_header_get_raw_value(header) else { continue }
            switch Self.reading(raw) {
            case .same(let holdsEncodedWords):
                sevenBit |= 1 << slot
                if holdsEncodedWords { mayBeEncoded |= 1 << slot }
            case .different:
                break
            }
        }
        for slot in seen.indices where seen[slot] == 1 && sevenBit & (1 << slot) != 0 { plain |= 1 << slot }
        encoded = mayBeEncoded & plain
    }

    /// Whether GMime's reading of the header `name` is the reader's.
    func gmimeReadsAsWeDo(_ name: String) -> Bool { Self.bit(of: name).map { plain & $0 != 0 } ?? false }

    /// Whether the header `name`, one GMime reads as the reader does, may hold encoded words.
    func mayHoldEncodedWords(_ name: String) -> Bool { Self.bit(of: name).map { encoded & $0 != 0 } ?? false }

    private static func bit(of name: String) -> UInt8? {
        let lowered = name.lowercased()
        return watched.firstIndex(of: lowered).map { 1 << $0 }
    }

    private enum Reading {
        case same(holdsEncodedWords: Bool)
        case different
    }

    /// The headers GMime reads while parsing (at most eight: one bit each).
    private static let watched = ["subject", "from", "to", "cc", "reply-to", "date", "message-id"]

    /// Whether GMime reads `raw` as the reader would: a value without 8-bit bytes or line
    /// breaks, and without an encoded word the reader would widen or join (`EncodedWords`).
    private static func reading(_ raw: UnsafePointer<CChar>) -> Reading {
        var index = 0
        var mayHoldEncodedWords = false
        while raw[index] != 0 {
            let byte = UInt8(bitPattern: raw[index])
            if byte >= 0x80 { return .different }
            // A line break before more text is a fold; the one that ends the value is not.
            if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n"), Self.moreText(after: raw + index) { return .different }
            if byte == UInt8(ascii: "?"), index > 0, raw[index - 1] == CChar(UInt8(ascii: "=")) { mayHoldEncodedWords = true }
            index += 1
        }
        guard mayHoldEncodedWords else { return .same(holdsEncodedWords: false) }
        let text = String(cString: raw)
        let rewritten = EncodedWords.joinPaddedRuns(in: EncodedWords.widenCharsets(in: text))
        return rewritten == text ? .same(holdsEncodedWords: true) : .different
    }

    /// Whether anything but line breaks follows `position`.
    private static func moreText(after position: UnsafePointer<CChar>) -> Bool {
        var cursor = position
        while cursor.pointee == CChar(UInt8(ascii: "\r")) || cursor.pointee == CChar(UInt8(ascii: "\n")) { cursor += 1 }
        return cursor.pointee != 0
    }
}
