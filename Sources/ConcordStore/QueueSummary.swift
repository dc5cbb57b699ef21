import Foundation
import ConversationEngine

/// The one line a queue row shows of a conversation's latest message. It is public so that
/// every store (SQLite, PostgreSQL) summarizes a row the same way from the columns it read.
public enum QueueSummary {
    /// The first line that is neither blank nor quoted ("> ..."), trimmed; for a message with no
    /// such line, "voicemail call" and the like when it was a call, else "".
    public static func firstLine(_ text: String, callOutcome: CallDetails.Outcome?) -> String {
        // Line by line from the top without splitting the whole body: every queue row of every
        // refresh is summarized, and the bodies are often long emails.
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = trimmed(rest[..<end])
            if !line.isEmpty && !line.hasPrefix(">") { return String(line) }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        if let callOutcome { return "\(callOutcome.rawValue) call" }
        return ""
    }

    /// Without the spaces and tabs at either end (within a line these are its only white space).
    private static func trimmed(_ line: Substring) -> Substring {
        guard let first = line.firstIndex(where: { !$0.isWhitespace }) else { return line[line.endIndex...] }
        let last = line.lastIndex(where: { !$0.isWhitespace })!
        return line[first...last]
    }
}
