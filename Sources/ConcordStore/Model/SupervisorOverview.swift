import Foundation
import ConversationEngine

/// Everything the supervisor screen shows but the conversation list, read at one instant in
/// one transaction (`Store.supervisorOverview(_:)`): the queues per team and per channel, the
/// agents, arrivals per hour and the satisfaction trend. Built by `SupervisorOverviewBuilder`
/// from grouped rows, the same way on every store.
public struct SupervisorOverview: Sendable, Hashable {
    /// The instant it was read at.
    public var asOf: Date
    /// The risk window "breaching soon" counts in.
    public var riskWindow: TimeInterval
    /// Every queue together.
    public var total: QueueHealth
    /// One row per team queue, by name: every queue with active conversations or overdue
    /// promises, and every team an agent belongs to.
    public var teams: [QueueHealth]
    /// One row per channel with active conversations, overdue promises or arrivals, in
    /// `Channel.allCases` order.
    public var channels: [QueueHealth]
    /// Arrivals per hour for each channel of `channels`, in the same order.
    public var arrivals: [ArrivalSeries]
    /// One entry per day of the trend, today last.
    public var satisfaction: [SatisfactionDay]
    /// Every agent, by login.
    public var agents: [AgentActivity]

    public init(asOf: Date, riskWindow: TimeInterval, total: QueueHealth, teams: [QueueHealth], channels: [QueueHealth],
                arrivals: [ArrivalSeries], satisfaction: [SatisfactionDay], agents: [AgentActivity]) {
        self.asOf = asOf
        self.riskWindow = riskWindow
        self.total = total
        self.teams = teams
        self.channels = channels
        self.arrivals = arrivals
        self.satisfaction = satisfaction
        self.agents = agents
    }

    /// An overview of an empty store.
    public static func empty(at now: Date) -> SupervisorOverview {
        SupervisorOverview(asOf: now, riskWindow: 15 * 60, total: QueueHealth(scope: .all), teams: [], channels: [],
                           arrivals: [], satisfaction: [], agents: [])
    }

    /// Arrivals of every channel added up, per hour.
    public var allArrivals: [Int] {
        guard let hours = arrivals.first?.counts.count else { return [] }
        return (0..<hours).map { hour in arrivals.reduce(0) { $0 + ($1.counts.indices.contains(hour) ? $1.counts[hour] : 0) } }
    }

    /// The row of one queue (nil when the overview has none).
    public func health(of scope: QueueHealth.Scope) -> QueueHealth? {
        switch scope {
        case .all: total
        case .team: teams.first { $0.scope == scope }
        case .channel: channels.first { $0.scope == scope }
        }
    }

    /// Ratings over the whole trend, and their average.
    public var satisfactionSummary: (ratings: Int, average: Double?) {
        let ratings = satisfaction.reduce(0) { $0 + $1.ratings }
        let total = satisfaction.reduce(0) { $0 + $1.scoreTotal }
        return (ratings, ratings == 0 ? nil : Double(total) / Double(ratings))
    }
}
