import Foundation

/// Short, fixed-style durations for queue rows and countdowns: "45s", "12m", "2h 05m",
/// "3d 4h". Agents read these at a glance, so they never use more than two units.
public enum DurationText {
    public static func short(_ interval: TimeInterval) -> String {
        let seconds = Int(max(0, interval.rounded(.down)))
        if seconds < 60 { return "\(seconds)s" }
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes)m" }
        let hours = minutes / 60
        if hours < 24 {
            let rest = minutes % 60
            return rest < 10 ? "\(hours)h 0\(rest)m" : "\(hours)h \(rest)m"
        }
        let days = hours / 24
        return "\(days)d \(hours % 24)h"
    }

    /// "in 2h 05m" or "3d 4h ago", relative to `now`.
    public static func relative(_ date: Date, to now: Date) -> String {
        let delta = date.timeIntervalSince(now)
        return delta >= 0 ? "in \(short(delta))" : "\(short(-delta)) ago"
    }

    /// "12m 30s" for call durations.
    public static func call(_ seconds: Int) -> String {
        let minutes = seconds / 60
        let rest = seconds % 60
        return minutes == 0 ? "\(rest)s" : "\(minutes)m \(rest < 10 ? "0" : "")\(rest)s"
    }
}
