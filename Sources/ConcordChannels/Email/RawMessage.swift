import Foundation

/// The raw bytes of one message, made safe to hand to GMime: an mbox "From " line in front is
/// dropped, NUL bytes are removed, the header block is repaired (see `repairHeaderBlock`) and
/// a field longer than the limit is cut, and a message with absurdly many MIME delimiters is
/// cut before the parser builds an object for each.
///
/// Why before GMime rather than after: GMime keeps headers and decoded text as C strings, so a
/// NUL would silently cut a subject or a body short; and every part GMime parses costs an
/// object, so the part limit only protects memory if it applies before parsing.
///
/// Every step is one linear pass, over the header block only where that is enough, and the
/// bytes are copied only when something is actually changed, so preparing costs nothing
/// measurable next to parsing.
struct RawMessage {
    private(set) var bytes: Data

    /// Prepares `data`, recording every change in `diagnostics`.
    init(_ data: Data, limits: EmailParser.Limits, diagnostics: ParseDiagnostics) {
        bytes = data
        dropMboxFromLine()
        stripNULs(diagnostics)
        repairHeaderBlock(limit: limits.maximumHeaderBytes, diagnostics)
        if bytes.count > limits.maximumParts * 4 {
            cutExcessDelimiters(maximumParts: limits.maximumParts, diagnostics)
        }
    }

    /// A message delivered by a local MDA often starts with the mbox envelope line
    /// ("From sender@example.com Mon Jan  1 00:00:00 2024"), which is not a header.
    private mutating func dropMboxFromLine() {
        let prefix: [UInt8] = Array("From ".utf8)
        guard bytes.count > prefix.count, bytes.starts(with: prefix) else { return }
        if let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) {
            bytes = bytes.subdata(in: bytes.index(after: newline)..<bytes.endIndex)
        } else {
            bytes = Data()
        }
    }

    private mutating func stripNULs(_ diagnostics: ParseDiagnostics) {
        let hasNUL = bytes.withUnsafeBytes { raw in
            raw.count > 0 && memchr(raw.baseAddress!, 0, raw.count) != nil
        }
        guard hasNUL else { return }
        var cleaned = Data(capacity: bytes.count)
        var removed = 0
        bytes.withUnsafeBytes { raw in
            var start = 0
            for index in 0..<raw.count where raw[index] == 0 {
                if index > start { cleaned.append(raw.baseAddress!.advanced(by: start).assumingMemoryBound(to: UInt8.self), count: index - start) }
                start = index + 1
                removed += 1
            }
            if raw.count > start { cleaned.append(raw.baseAddress!.advanced(by: start).assumingMemoryBound(to: UInt8.self), count: raw.count - start) }
        }
        bytes = cleaned
        diagnostics.warn("removed \(removed) NUL byte\(removed == 1 ? "" : "s")")
    }

    /// Repairs the top-level header block in one pass over its lines:
    /// - an indented first line (a continuation of nothing) is read as a header;
    /// - a line that is not a header ("Name: value") either is a fold that lost its leading
    ///   space (when a header follows it), and is read as a continuation, or starts the body
    ///   early (a missing blank line), and the header block ends there, as Python's `email`
    ///   package reads it;
    /// - a field longer than `limit` bytes is cut to `limit` bytes (on a character boundary),
    ///   so a 2 MB header cannot reach GMime or the store.
    private mutating func repairHeaderBlock(limit: Int, _ diagnostics: ParseDiagnostics) {
        enum Edit {
            case removeIndent(end: Int)
            case insertSpace(at: Int)
            case endHeaders(at: Int)
            case cut(start: Int, end: Int)
        }
        var edits: [Edit] = []
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let count = raw.count
            let base = raw.baseAddress!
            func lineEnd(from start: Int) -> Int {
                guard let found = memchr(base.advanced(by: start), Int32(UInt8(ascii: "\n")), count - start) else { return count }
                return base.distance(to: UnsafeRawPointer(found)) + 1
            }
            func isBlank(_ start: Int, _ end: Int) -> Bool {
                raw[start] == UInt8(ascii: "\n") || (raw[start] == UInt8(ascii: "\r") && end - start <= 2)
            }
            func isFold(_ start: Int) -> Bool { raw[start] == UInt8(ascii: " ") || raw[start] == UInt8(ascii: "\t") }
            /// "Name:" with printable ASCII except the colon, as RFC 5322 (and Python) require.
            func isHeader(_ start: Int, _ end: Int) -> Bool {
                var index = start
                while index < end {
                    let byte = raw[index]
                    if byte == UInt8(ascii: ":") { return index > start }
                    if byte < 0x21 || byte > 0x7E { return false }
                    index += 1
                }
                return false
            }
            guard count > 0 else { return }
            var lineStart = 0
            var fieldStart = 0
            if isFold(0) {
                var end = 0
                while end < count, isFold(end) { end += 1 }
                edits.append(.removeIndent(end: end))
                // The first field starts after the removed indent: edits must not overlap, so
                // a cut of this field must not reach back into the indent (found by fuzzing).
                fieldStart = end
                lineStart = lineEnd(from: 0)
            }
            while lineStart < count {
                let end = lineEnd(from: lineStart)
                let blank = isBlank(lineStart, end)
                let fold = !blank && isFold(lineStart)
                if !fold, lineStart > fieldStart {
                    if lineStart - fieldStart > limit { edits.append(.cut(start: fieldStart, end: lineStart)) }
                    fieldStart = lineStart
                }
                if blank { return }
                if !fold, !isHeader(lineStart, end) {
                    // A first line that is no header means there is no header block at all:
                    // GMime will say so, and the bytes are not an email.
                    if lineStart == 0 { return }
                    let next = end < count ? lineEnd(from: end) : count
                    if end < count, !isBlank(end, next), isHeader(end, next) || isFold(end) {
                        edits.append(.insertSpace(at: lineStart))
                    } else {
                        if lineStart - fieldStart > limit { edits.append(.cut(start: fieldStart, end: lineStart)) }
                        edits.append(.endHeaders(at: lineStart))
                        return
                    }
                }
                lineStart = end
            }
            if count - fieldStart > limit { edits.append(.cut(start: fieldStart, end: count)) }
        }
        guard !edits.isEmpty else { return }
        var result = Data(capacity: bytes.count + edits.count)
        var position = 0
        let start = bytes.startIndex
        for edit in edits {
            switch edit {
            case .removeIndent(let end):
                position = end
                diagnostics.warn("the first header line was indented; read as a header")
            case .insertSpace(let at):
                result.append(bytes[start + position..<start + at])
                result.append(UInt8(ascii: " "))
                position = at
                let line = bytes[(start + at)...].prefix(while: { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") })
                diagnostics.warn("header line \"\(ParseDiagnostics.shorten(String(decoding: line.prefix(200), as: UTF8.self)))\" lost its folding space; read as a continuation")
            case .endHeaders(let at):
                result.append(bytes[start + position..<start + at])
                result.append(UInt8(ascii: "\n"))
                position = at
                diagnostics.warn("no blank line after the headers; the body starts at the first line that is not a header")
            case .cut(let fieldStart, let fieldEnd):
                result.append(bytes[start + position..<start + fieldStart])
                var keep = fieldStart + limit
                // never cut inside a UTF-8 sequence
                while keep > fieldStart, (bytes[start + keep] & 0xC0) == 0x80 { keep -= 1 }
                var kept = Data(bytes[start + fieldStart..<start + keep])
                while let last = kept.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: "\n") { kept.removeLast() }
                result.append(kept)
                result.append(UInt8(ascii: "\n"))
                position = fieldEnd
                let name = String(decoding: kept.prefix(while: { $0 != UInt8(ascii: ":") }).prefix(60), as: UTF8.self)
                diagnostics.warn("header \(name) is \(fieldEnd - fieldStart) bytes long; kept the first \(limit) bytes")
            }
        }
        result.append(bytes[(start + position)...])
        bytes = result
    }

    /// Every MIME part starts after a delimiter line ("--boundary"); a message with far more
    /// such lines than the part limit allows is cut there, before GMime builds the parts.
    /// The limit is generous (twice the part limit) because closing delimiters and signature
    /// separators ("-- ") count too; the part walk enforces the exact limit afterwards.
    private mutating func cutExcessDelimiters(maximumParts: Int, _ diagnostics: ParseDiagnostics) {
        let allowed = maximumParts * 2 + 2
        let cutAt: Int? = bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let count = raw.count
            var seen = 0
            var lineStart = 0
            while lineStart < count {
                if lineStart + 1 < count, raw[lineStart] == UInt8(ascii: "-"), raw[lineStart + 1] == UInt8(ascii: "-") {
                    seen += 1
                    if seen > allowed { return lineStart }
                }
                guard let found = memchr(raw.baseAddress!.advanced(by: lineStart), Int32(UInt8(ascii: "\n")), count - lineStart) else {
                    return nil
                }
                lineStart = raw.baseAddress!.distance(to: UnsafeRawPointer(found)) + 1
            }
            return nil
        }
        guard let cutAt else { return }
        bytes = bytes.prefix(cutAt)
        diagnostics.warn("more than \(allowed) MIME delimiter lines; the message was read only up to the \(allowed)th")
    }
}
