/// The repairs made while parsing one message, in the order they happened, as the
/// human-readable warnings `ParsedEmail.warnings` carries.
///
/// One instance belongs to one parse on one thread (GMime reports through a thread-local slot,
/// see `GMimeRuntime`), so it needs no locking. Repeats are folded into one line with a count,
/// and the list is capped, so a message with 120,000 broken parts yields a short, readable list
/// instead of 120,000 lines.
final class ParseDiagnostics {
    /// More distinct warnings than this are summarised in one last line.
    static let maximumDistinctWarnings = 50

    private var order: [String] = []
    private var counts: [String: Int] = [:]
    private var dropped = 0

    /// Records one warning.
    func warn(_ message: String) {
        if let count = counts[message] {
            counts[message] = count + 1
            return
        }
        guard order.count < Self.maximumDistinctWarnings else {
            dropped += 1
            return
        }
        counts[message] = 1
        order.append(message)
    }

    /// Whether any warning was recorded (for tests and callers that only need a yes/no).
    var isEmpty: Bool { order.isEmpty }

    /// The warnings, each once, with "(N times)" when it was repeated.
    var warnings: [String] {
        var result = order.map { message in
            let count = counts[message] ?? 1
            return count > 1 ? "\(message) (\(count) times)" : message
        }
        if dropped > 0 { result.append("\(dropped) more warnings not listed") }
        return result
    }

    /// Translates one of GMime's parser warnings (`GMimeParserWarning`) into a sentence that
    /// says what was broken and what was done about it.
    func recordGMimeWarning(code: Int, item: String?) {
        let subject = item.map { Self.shorten($0) }
        let named = subject.map { " \($0)" } ?? ""
        switch code {
        case 1: warn("header\(named) appears more than once")
        case 2: warn("parameter\(named) appears more than once")
        case 3: break // undeclared 8-bit header text: the parser reports it itself, only when not UTF-8
        case 4: warn("invalid Content-Type\(named); the part is read as application/octet-stream")
        case 5: warn("badly encoded words (RFC 2047) in\(named.isEmpty ? " a header" : named); decoded leniently")
        case 6: warn("multipart\(named) has no boundary line for its parts; read as far as possible")
        case 7: warn("message is truncated (a multipart is not closed); read what is there")
        case 8: warn("malformed message structure; read as far as possible")
        case 9: warn("invalid header line\(named); skipped")
        case 10:
            // MessageReader reads the first of the headers it extracts, like Python's email
            // package; GMime applies the last Content-* header to the MIME structure.
            let first = subject.map { Self.firstWins.contains($0.lowercased()) } ?? false
            warn("header\(named) appears more than once with different values; the \(first ? "first" : "last") is used")
        case 11: warn("parameter\(named) appears more than once with different values")
        case 12: warn("multipart\(named) has no boundary; its content is read as a single part")
        case 13: warn("invalid header parameter\(named); ignored")
        case 14: warn("invalid address list\(named); read leniently")
        case 15: warn("MIME nesting deeper than the parser allows; deeper parts are kept as opaque data")
        case 16: warn("a MIME part has headers but no content")
        case 17: warn("a MIME part has neither headers nor content")
        default: warn("MIME parser warning \(code)\(named)")
        }
    }

    /// The headers `MessageReader` reads itself, always from their first occurrence.
    static let firstWins: Set<String> = ["subject", "from", "to", "cc", "reply-to", "date", "message-id", "in-reply-to", "references"]

    /// Header values quoted in warnings are cut short: a warning is a sentence, not a copy.
    static func shorten(_ text: String, limit: Int = 80) -> String {
        var result = ""
        var count = 0
        for character in text {
            if count == limit { return result + "…" }
            result.append(character.isNewline ? " " : character)
            count += 1
        }
        return result
    }
}
