import CSV
import Foundation

/// One CSV record (a call-record row): its fields, its raw text as it stood in the file
/// (one or more physical lines when a quoted field holds a line break), and the 1-based line
/// it starts on.
struct CSVRecord: Sendable, Hashable {
    var fields: [String]
    var raw: String
    var line: Int

    /// A line with nothing on it (CSV.swift reads it as one empty field).
    var isBlank: Bool { fields.allSatisfy { $0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } } }
}

/// Splits CSV text into records with CSV.swift (quoted fields, doubled quotes, line breaks
/// inside quotes), and recovers each record's raw text and line number, so a file can be
/// cut into one source item per row whose bytes are exactly the file's.
///
/// CSV.swift reports neither positions nor errors; positions are recovered by counting the
/// line breaks inside each record's fields, and an unterminated quote (which CSV.swift reads
/// to the end of the input) is caught by `hasUnbalancedQuotes`.
enum CSVRecords {
    /// Reads every record of `text`, blank lines included (callers skip them).
    static func read(_ text: String) throws(SourceParseError) -> [CSVRecord] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let lines = physicalLines(body)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: false)
        } catch {
            throw .malformed("unreadable CSV: \(error)")
        }
        var records: [CSVRecord] = []
        var lineIndex = 0
        while let fields = reader.next() {
            let span = 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
            let end = min(lineIndex + span, lines.count)
            let raw = lineIndex < end ? lines[lineIndex..<end].joined(separator: "\n") : ""
            records.append(CSVRecord(fields: fields, raw: raw, line: lineIndex + 1))
            lineIndex += span
        }
        return records
    }

    /// Whether a record's raw text has an odd number of double quotes: a quoted field that
    /// never closed, which CSV.swift silently reads to the end of the input.
    static func hasUnbalancedQuotes(_ raw: String) -> Bool {
        raw.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) } % 2 == 1
    }

    /// The lines of `text` split at CRLF, LF or CR (the breaks CSV.swift recognises), without
    /// a final empty line after a trailing break.
    static func physicalLines(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(String(text[start..<index]))
                var next = bytes.index(after: index)
                if byte == 0x0D, next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        if start < bytes.endIndex { lines.append(String(text[start..<bytes.endIndex])) }
        return lines
    }

    /// Line breaks in a field's value, counting CRLF once.
    private static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previousWasCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\r" {
                count += 1
                previousWasCR = true
            } else {
                if scalar == "\n" && !previousWasCR { count += 1 }
                previousWasCR = false
            }
        }
        return count
    }
}
