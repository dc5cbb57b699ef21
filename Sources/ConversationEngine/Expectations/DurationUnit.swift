import Foundation

/// The units promises and stated durations are written in ("24 hours", "5 business days").
///
/// Business units count only open time, so "5 business days" and "7 days" are different
/// promises even where they end on the same day; the raw values are stable for JSON output.
public enum DurationUnit: String, Hashable, Sendable, CaseIterable, Codable {
    case minute, hour, businessHour, day, businessDay, week, month

    /// Business units count only open time, so they compare only with each other.
    public var isBusiness: Bool { self == .businessHour || self == .businessDay }

    /// The length of one unit on its own scale (a business day counts as a day there).
    public var seconds: TimeInterval {
        switch self {
        case .minute: 60
        case .hour, .businessHour: 3600
        case .day, .businessDay: 86_400
        case .week: 7 * 86_400
        case .month: 30 * 86_400
        }
    }

    /// "business day": for warnings agents read.
    public var singular: String {
        switch self {
        case .minute: "minute"
        case .hour: "hour"
        case .businessHour: "business hour"
        case .day: "day"
        case .businessDay: "business day"
        case .week: "week"
        case .month: "month"
        }
    }

    public var plural: String { singular + "s" }
}
