import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord satisfaction`: what customers said in their surveys, for supervisors: the average,
/// how the scores spread, per channel, per agent and per day.
struct SatisfactionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "satisfaction",
        abstract: "Satisfaction survey results: average, distribution, per channel, per agent and per day.",
        discussion: """
            Scores come from replies to follow-up surveys ("5", "۵", "★★★★", "매우 만족", "отлично") and from one-click \
            links. Days are UTC calendar days.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Only ratings since this time (ISO 8601) or this long ago (\"30d\", \"12h\").", valueName: "when"))
    var since: String?
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        let now = Date()
        let start = try since.map { text -> Date in
            if let date = ISO8601DateFormatter().date(from: text) { return date }
            guard let seconds = SatisfactionCommand.duration(text) else {
                throw ValidationError("'\(text)' is neither an ISO 8601 time such as 2026-11-01T00:00:00Z nor a duration such as 30d.")
            }
            return now.addingTimeInterval(-seconds)
        }
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let ratings = try opened.satisfaction(since: start)
        let report = SatisfactionReport(ratings)
        let agents = Dictionary(uniqueKeysWithValues: try opened.agents().map { ($0.id, $0) })
        func agentName(_ id: AgentID?) -> String { id.flatMap { agents[$0]?.login } ?? "unassigned" }

        if json {
            var object = Self.summary(report.overall)
            object["since"] = start.map(CustomerJSON.iso)
            object["channels"] = Dictionary(uniqueKeysWithValues: report.byChannel.map { ($0.key.rawValue, Self.summary($0.value)) })
            object["agents"] = Dictionary(report.byAgent.map { (agentName($0.key), Self.summary($0.value)) }, uniquingKeysWith: { a, _ in a })
            object["days"] = report.byDay.map { day -> [String: Any] in
                var entry = Self.summary(day.summary)
                entry["day"] = day.day
                return entry
            }
            return try JSONLines.print(object)
        }
        guard let average = report.overall.averageText else {
            return print("No satisfaction ratings\(start == nil ? "" : " in that time") yet: they come from follow-up surveys.")
        }
        print("Satisfaction: average \(average) of \(report.overall.count) rating\(report.overall.count == 1 ? "" : "s")")
        for score in (1...5).reversed() {
            let count = report.overall.distribution[score - 1]
            let bar = String(repeating: "█", count: report.overall.count == 0 ? 0 : Int((Double(count) * 30 / Double(report.overall.count)).rounded()))
            print("  \(SatisfactionSummary.stars(score))  \(String(count).leftPadded(5))  \(bar)")
        }
        print("\nBy channel")
        for (channel, summary) in report.byChannel.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            print("  \(channel.rawValue.padded(12))\(summary.averageText ?? "-")  (\(summary.count))")
        }
        print("\nBy agent")
        for (name, summary) in report.byAgent.map({ (agentName($0.key), $0.value) }).sorted(by: { $0.0 < $1.0 }) {
            print("  \(TerminalText.safe(name).padded(12))\(summary.averageText ?? "-")  (\(summary.count))")
        }
        print("\nBy day")
        for day in report.byDay {
            print("  \(day.day)  \(day.summary.averageText ?? "-")  (\(day.summary.count))")
        }
    }

    static func summary(_ summary: SatisfactionSummary) -> [String: Any] {
        var object: [String: Any] = [
            "count": summary.count,
            "distribution": Dictionary(uniqueKeysWithValues: (1...5).map { (String($0), summary.distribution[$0 - 1]) }),
        ]
        object["average"] = summary.average.map { ($0 * 100).rounded() / 100 }
        return object
    }

    /// "30d", "12h", "90m".
    static func duration(_ text: String) -> TimeInterval? {
        guard let unit = text.last, let amount = Double(text.dropLast()), amount > 0 else { return nil }
        switch unit {
        case "d": return amount * 86_400
        case "h": return amount * 3600
        case "m": return amount * 60
        default: return nil
        }
    }
}
