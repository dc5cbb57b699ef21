import Foundation

/// Small string helpers for mail text, kept in a namespace (not as `String` extensions) so
/// they cannot clash with helpers other adapters in this module define. None of them bridges
/// to NSString: Foundation's `trimmingCharacters` copies the whole string to UTF-16 on Linux,
/// which showed up in profiles of bulk ingest.
enum EmailText {
    /// A string from a C string GMime returned, repairing invalid UTF-8 (with a warning naming
    /// `what`) instead of trusting the bytes.
    static func fromGMime(_ pointer: UnsafePointer<CChar>, what: String, diagnostics: ParseDiagnostics) -> String {
        if let valid = String(validatingCString: pointer) { return valid }
        diagnostics.warn("invalid UTF-8 in \(what); replaced with U+FFFD")
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }

    /// `text` without whitespace (including newlines) at either end; looks only at the ends.
    static func trimmed(_ text: String) -> String {
        trimming(text) { scalar in
            scalar.value < 0x80 ? (scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)) : scalar.properties.isWhitespace
        }
    }

    /// `text` without angle brackets and blanks at either end: a message id as written.
    static func withoutAngleBrackets(_ text: String) -> String {
        trimming(text) { $0 == "<" || $0 == ">" || $0 == " " || $0 == "\t" }
    }

    /// `text` without the scalars `isTrimmed` accepts at either end.
    static func trimming(_ text: String, _ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// nil for an empty or all-whitespace string, else the string.
    static func nonBlank(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// Whether `text` holds "=?", the start of an RFC 2047 encoded word (a byte scan).
    static func mayHoldEncodedWords(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "="), byte == UInt8(ascii: "?") { return true }
            previous = byte
        }
        return false
    }

    /// `text` with CRLF and lone CR line endings as LF; no copy when there are none.
    static func unixNewlines(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\r") {
                bytes.append(UInt8(ascii: "\n"))
                previousCR = true
                continue
            }
            if byte == UInt8(ascii: "\n"), previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
