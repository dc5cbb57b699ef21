/// Where one base64 RFC 2047 encoded word (`=?charset[*language]?B?payload?=`) lies in a
/// header's UTF-8 bytes: the ranges `EncodedWords.joinPaddedRuns` needs to find runs of words
/// and rewrite them.
struct Base64Word: Equatable {
    /// The whole word, from "=?" to "?=".
    var range: Range<Int>
    /// The charset name, without the language suffix.
    var charset: Range<Int>
    /// The base64 text between "?B?" and "?=".
    var payload: Range<Int>

    /// Whether both words name the same charset, ignoring case: as bytes when both names are
    /// ASCII (they always are in real mail), else as text, since non-ASCII letters may change
    /// length when lowercased.
    func hasCharset(of other: Base64Word, in bytes: [UInt8]) -> Bool {
        let mine = bytes[charset], theirs = bytes[other.charset]
        if mine.allSatisfy({ $0 < 0x80 }) && theirs.allSatisfy({ $0 < 0x80 }) {
            return mine.count == theirs.count && zip(mine, theirs).allSatisfy { Self.lowercased($0) == Self.lowercased($1) }
        }
        return String(decoding: mine, as: UTF8.self).lowercased() == String(decoding: theirs, as: UTF8.self).lowercased()
    }

    /// Every word, left to right and not overlapping, as the pattern
    /// `=\?([^?\s*]+)(\*[^?\s]*)?\?[Bb]\?([A-Za-z0-9+/=]*)\?=` finds them: a candidate that
    /// fails is skipped by one byte, so a word right after broken text is still found.
    static func all(in bytes: [UInt8]) -> [Base64Word] {
        var words: [Base64Word] = []
        var start = 0
        while start + 1 < bytes.count {
            guard bytes[start] == UInt8(ascii: "="), bytes[start + 1] == UInt8(ascii: "?") else {
                start += 1
                continue
            }
            if let word = word(at: start, in: bytes) {
                words.append(word)
                start = word.range.upperBound
            } else {
                start += 1
            }
        }
        return words
    }

    /// The word starting at `start` (which holds "=?"), if one does.
    private static func word(at start: Int, in bytes: [UInt8]) -> Base64Word? {
        var index = start + 2
        // The charset: one or more of anything but "?", "*" and whitespace.
        let charsetStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: "*") {
            guard let width = nonSpaceWidth(at: index, in: bytes) else { return nil }
            index += width
        }
        guard index > charsetStart, index < bytes.count else { return nil }
        let charset = charsetStart..<index
        // An optional language: "*" and anything but "?" and whitespace.
        if bytes[index] == UInt8(ascii: "*") {
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "?") {
                guard let width = nonSpaceWidth(at: index, in: bytes) else { return nil }
                index += width
            }
            guard index < bytes.count else { return nil }
        }
        // "?B?" in either case.
        guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "?"),
              bytes[index + 1] == UInt8(ascii: "B") || bytes[index + 1] == UInt8(ascii: "b"),
              bytes[index + 2] == UInt8(ascii: "?") else { return nil }
        index += 3
        let payloadStart = index
        while index < bytes.count, isBase64(bytes[index]) { index += 1 }
        let payload = payloadStart..<index
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "?"), bytes[index + 1] == UInt8(ascii: "=") else { return nil }
        return Base64Word(range: start..<(index + 2), charset: charset, payload: payload)
    }

    /// The length of the character at `index` when it is not whitespace (as the pattern's `\s`
    /// means it: Unicode white space, not only ASCII), nil when it is.
    private static func nonSpaceWidth(at index: Int, in bytes: [UInt8]) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return nil
            default: return 1
            }
        }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return 1 }
        if scalar.properties.isWhitespace { return nil }
        return String(scalar).utf8.count
    }

    private static func isBase64(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
