import Foundation
import TOMLKit

/// Reads wall-clock durations for settings that are not business time: "90s", "30m", "1h",
/// "1d", "1d12h". A follow-up "a day after" means the next day, whatever the opening hours.
enum WallClockDuration {
    static let expected = "a duration like \"30m\", \"4h\", \"1d\" or \"1d12h\""

    static func read(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> TimeInterval? {
        guard let value else { return nil }
        guard let text = value.string, let seconds = parse(text) else {
            throw .invalidValue(file: file, key: key, value: "\(value)", expected: expected)
        }
        return seconds
    }

    /// The seconds `text` says, or nil when it is not a positive duration.
    static func parse(_ text: String) -> TimeInterval? {
        ConfigurationValue.seconds(in: text, allowingDays: true)
    }

    /// "1d", "4h", "1h30m", "45s": the shortest text `parse` reads back as `seconds`.
    static func text(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        var text = ""
        if total >= 86_400 { text += "\(total / 86_400)d" }
        if total % 86_400 >= 3600 { text += "\(total % 86_400 / 3600)h" }
        if total % 3600 >= 60 { text += "\(total % 3600 / 60)m" }
        if total % 60 > 0 || text.isEmpty { text += "\(total % 60)s" }
        return text
    }
}
