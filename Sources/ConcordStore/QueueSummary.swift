import Foundation
import ConversationEngine

/// The one line a queue row shows of a conversation's latest message. It is public so that
/// every store (SQLite, PostgreSQL) summarizes a row the same way from the columns it read.
public enum QueueSummary {
    /// The first line that is neither blank nor quoted ("> ..."), trimmed; for a message with no
    /// such line, "voicemail call" and the like when it was a call, else "".
    public static func firstLine(_ text: String, callOutcome: CallDetails.Outcome?) -> String {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty && !trimmed.hasPrefix(">") { return trimmed }
        }
        if let callOutcome { return "\(callOutcome.rawValue) call" }
        return ""
    }
}
