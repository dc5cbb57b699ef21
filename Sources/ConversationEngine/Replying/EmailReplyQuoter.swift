import Foundation

/// Quotes the message an email reply answers, as mutt does: an attribution line ("On <date>,
/// <name> wrote:") then every line behind "> ", lines already quoted getting one more ">"
/// without a space (">> "), so a reply reads as a conversation in every mail client.
public enum EmailReplyQuoter {
    /// The quotation of `message` to put under (or over) a reply.
    /// - Parameter timeZone: the zone the date is written in (the agent's or the customer's).
    public static func quoted(_ message: Message, timeZone: TimeZone) -> String {
        var out = attribution(message, timeZone: timeZone) + "\n"
        let text = message.text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, Whitespace.trimmed(last).isEmpty { lines.removeLast() }
        while let first = lines.first, Whitespace.trimmed(first).isEmpty { lines.removeFirst() }
        for line in lines {
            out += line.hasPrefix(">") ? ">" + line : "> " + line
            out += "\n"
        }
        return out
    }

    /// "On Mon, 30 Nov 2026 at 10:05, Sarah Kim wrote:"
    public static func attribution(_ message: Message, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, d MMM yyyy 'at' HH:mm"
        let name = Whitespace.collapsed(message.author.name)
        return "On \(formatter.string(from: message.sentAt)), \(name.isEmpty ? "you" : name) wrote:"
    }

    /// The subject of a reply: "Re: " once in front, unless the subject already says it is a
    /// reply in any language Concord serves ("RE:", "Re[2]:", "회신:", "答复:", "Ответ:", "پاسخ:").
    /// A forward ("Fwd:") is answered as "Re: Fwd: …", as mail clients do.
    public static func replySubject(_ subject: String?) -> String {
        let cleaned = Whitespace.collapsed(subject ?? "")
        if cleaned.isEmpty { return "Re: your message" }
        return SubjectNormalizer.startsWithReplyPrefix(cleaned) ? cleaned : "Re: " + cleaned
    }
}
