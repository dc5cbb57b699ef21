import Foundation
import ConversationEngine

/// Turns the grouped rows both stores read for the supervisor into a `SupervisorOverview`:
/// the per-team and per-channel rows rolled up from (team, channel) cells, arrivals placed in
/// their hour, satisfaction slots gathered into the supervisor's local days. Pure, so SQLite
/// and PostgreSQL answer with the same overview from the same data.
///
/// ```swift
/// let overview = SupervisorOverviewBuilder.build(request, queues: cells, promises: overdue,
///                                                arrivals: hours, ratings: slots, agents: activity)
/// ```
public enum SupervisorOverviewBuilder {
    /// Active conversations of one team and channel, counted in one grouped statement.
    public struct QueueCell: Sendable, Hashable {
        public var queue: String
        public var channel: Channel
        public var active: Int
        public var waiting: Int
        public var unassigned: Int
        public var oldestWaitingSince: Date?
        public var sla: SLAHealth

        public init(queue: String, channel: Channel, active: Int, waiting: Int, unassigned: Int, oldestWaitingSince: Date?,
                    sla: SLAHealth) {
            self.queue = queue
            self.channel = channel
            self.active = active
            self.waiting = waiting
            self.unassigned = unassigned
            self.oldestWaitingSince = oldestWaitingSince
            self.sla = sla
        }
    }

    /// Open promises past due in one team's and channel's conversations.
    public struct PromiseCell: Sendable, Hashable {
        public var queue: String
        public var channel: Channel
        public var overdue: Int

        public init(queue: String, channel: Channel, overdue: Int) {
            self.queue = queue
            self.channel = channel
            self.overdue = overdue
        }
    }

    /// New conversations on a channel `hoursAgo` whole hours before the request's instant.
    public struct ArrivalCell: Sendable, Hashable {
        public var channel: Channel
        public var hoursAgo: Int
        public var count: Int

        public init(channel: Channel, hoursAgo: Int, count: Int) {
            self.channel = channel
            self.hoursAgo = hoursAgo
            self.count = count
        }
    }

    /// Ratings given in one quarter of an hour (every time zone's midnight falls on one).
    public struct RatingSlot: Sendable, Hashable {
        /// The slot number: seconds since 1970 divided by `slotLength`, rounded down.
        public var slot: Int64
        public var ratings: Int
        public var scoreTotal: Int

        public init(slot: Int64, ratings: Int, scoreTotal: Int) {
            self.slot = slot
            self.ratings = ratings
            self.scoreTotal = scoreTotal
        }
    }

    /// The length of a rating slot: 15 minutes, the finest UTC offset any zone uses.
    public static let slotLength: TimeInterval = 900

    public static func build(_ request: SupervisorRequest, queues: [QueueCell], promises: [PromiseCell], arrivals: [ArrivalCell],
                             ratings: [RatingSlot], agents: [AgentActivity]) -> SupervisorOverview {
        var teams: [String: QueueHealth] = [:]
        var channels: [Channel: QueueHealth] = [:]
        var total = QueueHealth(scope: .all)
        for cell in queues {
            let health = QueueHealth(scope: .all, active: cell.active, waiting: cell.waiting, unassigned: cell.unassigned,
                                     oldestWaitingSince: cell.oldestWaitingSince, sla: cell.sla)
            teams[cell.queue] = (teams[cell.queue] ?? QueueHealth(scope: .team(cell.queue))).adding(health)
            channels[cell.channel] = (channels[cell.channel] ?? QueueHealth(scope: .channel(cell.channel))).adding(health)
            total = total.adding(health)
        }
        for cell in promises {
            let health = QueueHealth(scope: .all, overduePromises: cell.overdue)
            teams[cell.queue] = (teams[cell.queue] ?? QueueHealth(scope: .team(cell.queue))).adding(health)
            channels[cell.channel] = (channels[cell.channel] ?? QueueHealth(scope: .channel(cell.channel))).adding(health)
            total = total.adding(health)
        }
        for agent in agents where teams[agent.agent.team] == nil {
            teams[agent.agent.team] = QueueHealth(scope: .team(agent.agent.team))
        }
        let hours = request.arrivalHours
        var series: [Channel: [Int]] = [:]
        for cell in arrivals where (0..<hours).contains(cell.hoursAgo) {
            series[cell.channel, default: Array(repeating: 0, count: hours)][hours - 1 - cell.hoursAgo] += cell.count
            if channels[cell.channel] == nil { channels[cell.channel] = QueueHealth(scope: .channel(cell.channel)) }
        }
        let channelOrder = Channel.allCases.filter { channels[$0] != nil }
        return SupervisorOverview(
            asOf: request.now, riskWindow: request.riskWindow, total: total,
            teams: teams.keys.sorted().compactMap { teams[$0] },
            channels: channelOrder.compactMap { channels[$0] },
            arrivals: channelOrder.map { ArrivalSeries(channel: $0, counts: series[$0] ?? Array(repeating: 0, count: hours)) },
            satisfaction: days(request, ratings),
            agents: agents.sorted { $0.agent.login < $1.agent.login })
    }

    /// The slots gathered into the request's local days; a slot before the first day or
    /// after `now` is left out.
    static func days(_ request: SupervisorRequest, _ slots: [RatingSlot]) -> [SatisfactionDay] {
        let starts = request.satisfactionDayStarts
        var days = starts.map { SatisfactionDay(day: $0, ratings: 0, scoreTotal: 0) }
        for slot in slots {
            let at = Date(timeIntervalSince1970: Double(slot.slot) * slotLength)
            guard at <= request.now, let index = starts.lastIndex(where: { $0 <= at }) else { continue }
            days[index].ratings += slot.ratings
            days[index].scoreTotal += slot.scoreTotal
        }
        return days
    }
}
