import Foundation

/// Cuts a file of payloads into one piece per payload, keeping each piece's exact bytes and
/// the line it starts on: the shared core of `ChatFile`, `SocialFile`, `SMSFile` and the
/// callback half of `CallRecordFile`.
///
/// A file is read as one JSON document when it parses as one (an object is one piece, an
/// array one piece per element); otherwise as lines (JSON Lines, or one form-encoded webhook
/// body per line), each non-blank line a piece. A file that is neither (a truncated,
/// pretty-printed document: no line of it is a JSON object or a form body on its own) is one
/// piece, so its parser reports where it breaks and it is quarantined whole.
enum PayloadPieces {
    struct Piece: Sendable {
        /// The payload's bytes, exactly as in the file.
        var data: Data
        /// The 1-based line the payload starts on; nil for a whole-file document.
        var line: Int?
        /// The parsed JSON, when the piece is valid JSON.
        var json: JSONValue?
    }

    static func split(_ data: Data) -> [Piece] {
        let bytes = [UInt8](data)
        if let document = try? JSONReader.parse(bytes: bytes) {
            guard case .array(let elements) = document.value, elements.count == document.rootElementRanges.count else {
                return [Piece(data: data, line: nil, json: document.value)]
            }
            var pieces: [Piece] = []
            var line = 1
            var scanned = 0
            for (element, range) in zip(elements, document.rootElementRanges) {
                while scanned < range.lowerBound {
                    if bytes[scanned] == 0x0A { line += 1 }
                    scanned += 1
                }
                pieces.append(Piece(data: Data(bytes[range]), line: line, json: element))
            }
            return pieces
        }
        let lines = self.lines(bytes)
        var pieces: [Piece] = []
        var recognised = false
        for (number, lineBytes) in lines {
            let json = try? JSONReader.parse(bytes: lineBytes).value
            let lineData = Data(lineBytes)
            if json?.objectValue != nil || FormFields.looksURLEncoded(lineData) { recognised = true }
            pieces.append(Piece(data: lineData, line: number, json: json))
        }
        if recognised || pieces.isEmpty { return pieces }
        return [Piece(data: data, line: nil, json: nil)]
    }

    /// The non-blank lines of `bytes` with their 1-based numbers, without line terminators.
    static func lines(_ bytes: [UInt8]) -> [(Int, [UInt8])] {
        var result: [(Int, [UInt8])] = []
        var number = 0
        for var line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if line.last == 0x0D { line = line.dropLast() }
            if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            result.append((number, Array(line)))
        }
        return result
    }

    /// "path" for a whole-file piece, "path:line 12" for one starting on line 12.
    static func origin(_ base: String, line: Int?) -> String {
        line.map { "\(base):line \($0)" } ?? base
    }
}
