import Foundation

/// What supervisors see of satisfaction: the summary overall, per channel, per agent and per
/// day, so a channel or a person whose scores slip is noticed within the week.
public struct SatisfactionReport: Sendable, Hashable {
    public let overall: SatisfactionSummary
    public let byChannel: [Channel: SatisfactionSummary]
    /// Agent id -> summary; ratings of cases nobody was assigned are under nil.
    public let byAgent: [AgentID?: SatisfactionSummary]
    /// Calendar days in `timeZone` ("2026-11-23"), oldest first.
    public let byDay: [(day: String, summary: SatisfactionSummary)]

    public init(_ ratings: [SatisfactionRating], timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        overall = SatisfactionSummary(ratings)
        byChannel = Dictionary(grouping: ratings, by: \.channel).mapValues(SatisfactionSummary.init)
        byAgent = Dictionary(grouping: ratings, by: \.agentID).mapValues(SatisfactionSummary.init)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let days = Dictionary(grouping: ratings) { rating -> String in
            let parts = calendar.dateComponents([.year, .month, .day], from: rating.at)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        byDay = days.keys.sorted().map { ($0, SatisfactionSummary(days[$0] ?? [])) }
    }

    public static func == (lhs: SatisfactionReport, rhs: SatisfactionReport) -> Bool {
        lhs.overall == rhs.overall && lhs.byChannel == rhs.byChannel && lhs.byAgent == rhs.byAgent
            && lhs.byDay.map(\.day) == rhs.byDay.map(\.day) && lhs.byDay.map(\.summary) == rhs.byDay.map(\.summary)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(overall)
        hasher.combine(byDay.map(\.day))
    }
}
