import Foundation
import ConcordStore
import ConversationEngine

extension PostgresStore {
    public func supervisorOverview(_ request: SupervisorRequest) throws -> SupervisorOverview {
        let now = request.now
        let horizon = request.riskHorizon
        return try readConsistently { session in
            // Active conversations only (the partial queue indexes cover them): the work in hand.
            let queues = try session.rows("""
                SELECT queue, origin_channel, count(*) AS active,
                       count(*) FILTER (WHERE waiting_since IS NOT NULL) AS waiting,
                       count(*) FILTER (WHERE assignee_id IS NULL) AS unassigned,
                       min(waiting_since) AS oldest,
                       count(*) FILTER (WHERE response_due_at < ?) AS breached,
                       count(*) FILTER (WHERE response_due_at >= ? AND response_due_at < ?) AS at_risk,
                       count(*) FILTER (WHERE response_due_at >= ?) AS on_time
                FROM conversations WHERE active
                GROUP BY queue, origin_channel
                """, [now, now, horizon, horizon]).map { row in
                SupervisorOverviewBuilder.QueueCell(
                    queue: try row("queue"), channel: Channel(rawValue: try row("origin_channel")) ?? .email,
                    active: Int(try row("active") as Int64), waiting: Int(try row("waiting") as Int64),
                    unassigned: Int(try row("unassigned") as Int64), oldestWaitingSince: try row("oldest") as Date?,
                    sla: SLAHealth(onTime: Int(try row("on_time") as Int64), atRisk: Int(try row("at_risk") as Int64),
                                   breached: Int(try row("breached") as Int64)))
            }
            let promises = try session.rows("""
                SELECT c.queue, c.origin_channel, count(*) AS overdue
                FROM promises p JOIN conversations c ON c.id = p.conversation_id
                WHERE p.state = 'open' AND p.due_at < ?
                GROUP BY c.queue, c.origin_channel
                """, [now]).map { row in
                SupervisorOverviewBuilder.PromiseCell(queue: try row("queue"),
                                                      channel: Channel(rawValue: try row("origin_channel")) ?? .email,
                                                      overdue: Int(try row("overdue") as Int64))
            }
            let arrivals = try session.rows("""
                SELECT origin_channel, floor(extract(epoch FROM (?::timestamptz - created_at)) / 3600)::bigint AS hours_ago,
                       count(*) AS arrived
                FROM conversations
                WHERE created_at > ? AND created_at <= ?
                GROUP BY origin_channel, hours_ago
                """, [now, request.arrivalsSince, now]).map { row in
                SupervisorOverviewBuilder.ArrivalCell(channel: Channel(rawValue: try row("origin_channel")) ?? .email,
                                                      hoursAgo: Int(try row("hours_ago") as Int64),
                                                      count: Int(try row("arrived") as Int64))
            }
            let ratings = try session.rows("""
                SELECT floor(extract(epoch FROM at) / ?)::bigint AS slot, count(*) AS ratings, sum(score)::bigint AS score_total
                FROM satisfaction WHERE at >= ? AND at <= ?
                GROUP BY slot
                """, [SupervisorOverviewBuilder.slotLength, request.satisfactionSince, now]).map { row in
                SupervisorOverviewBuilder.RatingSlot(slot: try row("slot"), ratings: Int(try row("ratings") as Int64),
                                                     scoreTotal: Int(try row("score_total") as Int64))
            }
            let agents = try session.rows("""
                SELECT a.*, (SELECT count(*) FROM conversations c WHERE c.assignee_id = a.id AND c.active) AS load,
                       p.conversation_id AS current_id, p.activity AS current_activity, p.seen_at AS current_seen_at,
                       pc.subject AS current_subject, pc.origin_channel AS current_channel, cu.display_name AS current_customer
                FROM agents a
                LEFT JOIN presence p ON p.agent_id = a.id AND p.seen_at >= ?
                LEFT JOIN conversations pc ON pc.id = p.conversation_id
                LEFT JOIN customers cu ON cu.id = pc.customer_id
                ORDER BY a.login COLLATE "C"
                """, [request.presenceSince]).map { row in
                let current: AgentActivity.CurrentConversation? = try (try row("current_id") as Int64?).map { id in
                    AgentActivity.CurrentConversation(
                        id: ConversationID(id), subject: try row("current_subject") as String? ?? "",
                        customerName: try row("current_customer") as String? ?? "",
                        channel: (try row("current_channel") as String?).flatMap(Channel.init(rawValue:)) ?? .email,
                        activity: (try row("current_activity") as String?).flatMap(Presence.Activity.init(rawValue:)) ?? .viewing,
                        seenAt: try row("current_seen_at"))
                }
                return AgentActivity(workload: try Self.workload(row), current: current)
            }
            return SupervisorOverviewBuilder.build(request, queues: queues, promises: promises, arrivals: arrivals, ratings: ratings,
                                                   agents: agents)
        }
    }
}
