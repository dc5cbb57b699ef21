import ConversationEngine
import Foundation

/// Splits an email body into what the customer wrote now and what they quoted or signed, so
/// the timeline can fold the history every reply drags along (mutt's and aerc's "quoted text
/// hidden"). The agent sees the history anyway: it is the timeline.
public enum QuotedTextFolder {
    public enum Part: Sendable, Hashable {
        case text(String)
        /// Lines of earlier messages: `>` quotes, an attribution line, or an Outlook-style "Original Message" block.
        case quoted(lines: Int)
        case signature(lines: Int)
    }

    public static func fold(_ text: String) -> [Part] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.trimmingSuffixWhitespace()) }
        var parts: [Part] = []
        var current: [String] = []
        var quoted = 0

        func flushText() {
            let joined = current.joined(separator: "\n")
            if !isBlank(joined) { parts.append(.text(String(trimmingLineBreaks(joined)))) }
            current = []
        }
        func flushQuoted() {
            if quoted > 0 { parts.append(.quoted(lines: quoted)) }
            quoted = 0
        }

        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line == "--" || line == "-- " || line == "—" {
                flushText()
                flushQuoted()
                let rest = lines[(index + 1)...].filter { !isBlank($0) }.count
                if rest > 0 { parts.append(.signature(lines: rest)) }
                return parts
            }
            if isForwardedHistory(lines, at: index) {
                flushText()
                quoted += lines.count - index
                flushQuoted()
                return parts
            }
            if isQuote(line) || (isAttribution(line) && nextNonBlankIsQuote(lines, after: index)) {
                if quoted == 0 { flushText() }
                quoted += 1
            } else if quoted > 0, isBlank(line),
                      nextNonBlankIsQuote(lines, after: index) {
                quoted += 1
            } else {
                flushQuoted()
                current.append(line)
            }
            index += 1
        }
        flushText()
        flushQuoted()
        return parts
    }

    /// Whether folding would hide anything.
    public static func hasFoldable(_ text: String) -> Bool {
        fold(text).contains { if case .text = $0 { false } else { true } }
    }

    static func isQuote(_ line: String) -> Bool {
        line.drop { $0 == " " }.hasPrefix(">")
    }

    /// "On Mon, 23 Nov 2026, Sarah wrote:", "2026년 11월 23일 (월) 오전 9:00, 김민지 작성:", "… 写道：",
    /// "… пишет:", "… نوشت:".
    static func isAttribution(_ line: String) -> Bool {
        let trimmed = Whitespace.trimmed(line)
        guard trimmed.count < 200, trimmed.hasSuffix(":") || trimmed.hasSuffix("：") else { return false }
        let lowered = trimmed.lowercased()
        return ["wrote:", "작성:", "님이 작성:", "写道：", "写道:", "寫道：", "пишет:", "написал:", "написала:", "نوشت:"]
            .contains { lowered.hasSuffix($0) }
    }

    private static func nextNonBlankIsQuote(_ lines: [String], after index: Int) -> Bool {
        var next = index + 1
        while next < lines.count, isBlank(lines[next]) { next += 1 }
        return next < lines.count && isQuote(lines[next])
    }

    /// "-----Original Message-----", or Outlook's "From: … / Sent: …" header block.
    private static func isForwardedHistory(_ lines: [String], at index: Int) -> Bool {
        let line = Whitespace.trimmed(lines[index])
        if line.hasPrefix("-----") && line.lowercased().contains("original message") { return true }
        guard line.hasPrefix("From: "), index + 1 < lines.count else { return false }
        let next = Whitespace.trimmed(lines[index + 1])
        return next.hasPrefix("Sent: ") || next.hasPrefix("Date: ")
    }
}

extension QuotedTextFolder {
    /// Whether a line has nothing but spaces (checked without Foundation: it runs on every
    /// line of every email the timeline shows).
    static func isBlank(_ line: some StringProtocol) -> Bool {
        line.unicodeScalars.allSatisfy(Whitespace.isSpace)
    }

    /// `text` without line breaks at either end.
    static func trimmingLineBreaks(_ text: String) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isNewline }), let last = text.lastIndex(where: { !$0.isNewline }) else {
            return ""
        }
        return text[first...last]
    }
}

private extension Substring {
    func trimmingSuffixWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == "\r" || last == "\t" { end = index(before: end) }
        return self[..<end]
    }
}
