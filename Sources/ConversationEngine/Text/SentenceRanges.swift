import Foundation

/// Cuts a reply into sentences and clauses, as ranges of a `AlignedText`.
///
/// A promise is quoted as the sentence that made it, and whether words commit to something is
/// judged clause by clause ("We sent it yesterday, and it will arrive by Friday"). Replies are
/// email as much as chat, so quoted lines ("> …") and what follows an attribution line
/// ("On 3 Dec, Dana wrote:") or an "Original Message" separator are left out: they repeat
/// earlier messages, which are on the timeline in their own right.
enum SentenceRanges {
    /// The sentences of `text`, trimmed, in order, without quoted material.
    static func sentences(in text: AlignedText) -> [NSRange] {
        var result: [NSRange] = []
        for line in authoredLines(in: text) {
            split(line, in: text, into: &result)
        }
        return result
    }

    /// The clauses of a sentence: cut at commas, semicolons and colons that are not inside a
    /// number ("216,000" is one number, "12:30" one time).
    static func clauses(of sentence: NSRange, in text: AlignedText) -> [NSRange] {
        let units = text.units
        var result: [NSRange] = []
        var start = sentence.location
        let end = sentence.location + sentence.length
        var index = start
        while index < end {
            let unit = units[index]
            if unit == comma || unit == semicolon || unit == colon || unit == ideographicComma {
                let digitBefore = index > start && isDigit(units[index - 1])
                let digitAfter = index + 1 < end && isDigit(units[index + 1])
                if !(digitBefore && digitAfter) {
                    appendTrimmed(NSRange(location: start, length: index - start), units: units, to: &result)
                    start = index + 1
                }
            }
            index += 1
        }
        appendTrimmed(NSRange(location: start, length: end - start), units: units, to: &result)
        return result
    }

    // MARK: Lines

    /// Lines an agent wrote in this message, with hard-wrapped lines joined back into one range.
    ///
    /// Read from the text's UTF-16 units: a line becomes a `String` only when its first or last
    /// mark could make it a quote boundary or an attribution line.
    private static func authoredLines(in text: AlignedText) -> [NSRange] {
        let units = text.units
        var paragraphs: [NSRange] = []
        var current: NSRange?
        // The last line of the open paragraph, trimmed of spaces (not of line ends).
        var lastLine = NSRange(location: 0, length: 0)
        var start = 0
        for index in 0...units.count where index == units.count || units[index] == newline {
            let line = NSRange(location: start, length: index - start)
            start = index + 1
            let content = trimmed(line, units: units, isSpace: isWhitespaceOrNewline)
            if content.length > 0, units[content.location] == hyphen, isQuoteBoundary(text.folded(content)) { break }
            if content.length == 0 || units[content.location] == greaterThan
                || (units[content.location + content.length - 1] == colon && isAttribution(text.folded(content))) {
                if let open = current { paragraphs.append(open) }
                current = nil
                continue
            }
            if let open = current, continuesLine(previous: lastLine, next: content, units: units) {
                current = NSRange(location: open.location, length: line.location + line.length - open.location)
            } else {
                if let open = current { paragraphs.append(open) }
                current = line
            }
            lastLine = trimmed(line, units: units, isSpace: isHorizontalSpace)
        }
        if let open = current { paragraphs.append(open) }
        return paragraphs
    }

    /// A long line without final punctuation, followed by a line that is not a list item, is
    /// an email's hard wrap: the sentence goes on. `previous` is trimmed of spaces, `next` of
    /// spaces and line ends.
    private static func continuesLine(previous: NSRange, next: NSRange, units: [UInt16]) -> Bool {
        guard previous.length >= 50, next.length > 0 else { return false }
        if finalMarks.contains(units[previous.location + previous.length - 1]) { return false }
        return !listMarks.contains(units[next.location])
    }

    private static func isAttribution(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return ["wrote:", "написал:", "написала:", "пишет:", "작성:", "写道:", "نوشت:"].contains { lowered.hasSuffix($0) }
    }

    private static func isQuoteBoundary(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return lowered.hasPrefix("-----original message") || lowered.hasPrefix("----- forwarded")
            || lowered.hasPrefix("-----исходное сообщение") || lowered.hasPrefix("-----原始邮件")
    }

    /// `range` without the units `isSpace` accepts at either end.
    private static func trimmed(_ range: NSRange, units: [UInt16], isSpace: (UInt16) -> Bool) -> NSRange {
        var start = range.location, end = range.location + range.length
        while start < end, isSpace(units[start]) { start += 1 }
        while end > start, isSpace(units[end - 1]) { end -= 1 }
        return NSRange(location: start, length: end - start)
    }

    /// Unicode's White_Space, as `CharacterSet.whitespacesAndNewlines` has it (every such
    /// character is a single UTF-16 unit).
    private static func isWhitespaceOrNewline(_ unit: UInt16) -> Bool {
        Unicode.Scalar(unit).map(Whitespace.isSpace) ?? false
    }

    /// Spaces and tabs, as `CharacterSet.whitespaces` has them: the space separators and U+0009.
    private static func isHorizontalSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Marks after which a line is finished, not hard-wrapped.
    private static let finalMarks: Set<UInt16> = [0x2E, 0x21, 0x3F, 0x3002, 0x3A, 0x3B]  // . ! ? 。 : ;
    /// Marks that start a list item.
    private static let listMarks: Set<UInt16> = [0x2D, 0x2A, 0x2022, 0x2013]  // - * • –

    // MARK: Sentences

    private static func split(_ line: NSRange, in text: AlignedText, into result: inout [NSRange]) {
        let scalars = Array(text.folded(line).unicodeScalars)
        var offsets: [Int] = []  // UTF-16 offset of each scalar within the line
        var running = 0
        for scalar in scalars {
            offsets.append(running)
            running += scalar.utf16.count
        }
        let units = text.units
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            var boundary = false
            if closesAlways.contains(scalar) {
                boundary = true
            } else if closesBeforeSpace.contains(scalar) {
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                if let next, !Whitespace.isSpace(next) {
                    // "好的!我们…": full-width marks were folded to ASCII; CJK needs no space after them.
                    boundary = scalar != "." && next.value >= 0x2E80
                } else {
                    boundary = scalar != "." || !startsLowercase(scalars, after: index + 1)
                }
            }
            if boundary {
                // Keep runs of closing marks ("?!", "...") with the sentence.
                var last = index
                while last + 1 < scalars.count, closesAlways.contains(scalars[last + 1]) || closesBeforeSpace.contains(scalars[last + 1]) {
                    last += 1
                }
                let endOffset = last + 1 < scalars.count ? offsets[last + 1] : running
                appendTrimmed(NSRange(location: line.location + offsets[start], length: endOffset - offsets[start]), units: units, to: &result)
                start = last + 1
                index = last + 1
                continue
            }
            index += 1
        }
        if start < scalars.count {
            appendTrimmed(NSRange(location: line.location + offsets[start], length: running - offsets[start]), units: units, to: &result)
        }
    }

    private static func startsLowercase(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var position = index
        while position < scalars.count, Whitespace.isSpace(scalars[position]) { position += 1 }
        guard position < scalars.count else { return false }
        return scalars[position].properties.isLowercase
    }

    private static func appendTrimmed(_ range: NSRange, units: [UInt16], to result: inout [NSRange]) {
        var start = range.location, end = range.location + range.length
        while start < end, isSpaceUnit(units[start]) { start += 1 }
        while end > start, isSpaceUnit(units[end - 1]) { end -= 1 }
        if end > start { result.append(NSRange(location: start, length: end - start)) }
    }

    private static func isSpaceUnit(_ unit: UInt16) -> Bool { unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) }
    private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    /// Marks that end a sentence wherever they stand: CJK full stops and exclamation marks.
    private static let closesAlways: Set<Unicode.Scalar> = ["\u{3002}", "\u{FF0E}", "\u{2026}"]
    /// Marks that end a sentence when a space or the end follows (a "." inside "45.90" does not).
    private static let closesBeforeSpace: Set<Unicode.Scalar> = [".", "!", "?"]

    private static let newline: UInt16 = 0x0A
    private static let comma: UInt16 = 0x2C
    private static let semicolon: UInt16 = 0x3B
    private static let colon: UInt16 = 0x3A
    private static let hyphen: UInt16 = 0x2D
    private static let greaterThan: UInt16 = 0x3E
    private static let ideographicComma: UInt16 = 0x3001
}
