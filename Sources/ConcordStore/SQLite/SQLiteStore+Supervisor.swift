import Foundation
import GRDB
import ConversationEngine

extension SQLiteStore {
    public func supervisorOverview(_ request: SupervisorRequest) throws -> SupervisorOverview {
        let now = request.now.timeIntervalSince1970
        return try read { db in
            // Active conversations only, on a partial index: the work in hand, not the history.
            let queues = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT c.queue, c.origin_channel, count(*) AS active,
                       count(*) FILTER (WHERE c.waiting_since IS NOT NULL) AS waiting,
                       count(*) FILTER (WHERE c.assignee_id IS NULL) AS unassigned,
                       min(c.waiting_since) AS oldest,
                       count(*) FILTER (WHERE c.response_due_at < ?1) AS breached,
                       count(*) FILTER (WHERE c.response_due_at >= ?1 AND c.response_due_at < ?2) AS at_risk,
                       count(*) FILTER (WHERE c.response_due_at >= ?2) AS on_time
                FROM conversations c INDEXED BY conversations_queue_wait
                WHERE c.active = 1
                GROUP BY c.queue, c.origin_channel
                """), arguments: [now, request.riskHorizon.timeIntervalSince1970]).map { row in
                SupervisorOverviewBuilder.QueueCell(
                    queue: row["queue"], channel: Channel(rawValue: row["origin_channel"]) ?? .email, active: row["active"],
                    waiting: row["waiting"], unassigned: row["unassigned"], oldestWaitingSince: RowDecoding.date(row["oldest"]),
                    sla: SLAHealth(onTime: row["on_time"], atRisk: row["at_risk"], breached: row["breached"]))
            }
            let promises = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT c.queue, c.origin_channel, count(*) AS overdue
                FROM promises p INDEXED BY promises_open_due JOIN conversations c ON c.id = p.conversation_id
                WHERE p.state = 'open' AND p.due_at < ?
                GROUP BY c.queue, c.origin_channel
                """), arguments: [now]).map { row in
                SupervisorOverviewBuilder.PromiseCell(queue: row["queue"], channel: Channel(rawValue: row["origin_channel"]) ?? .email,
                                                      overdue: row["overdue"])
            }
            let arrivals = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT origin_channel, CAST((?1 - created_at) / 3600 AS INTEGER) AS hours_ago, count(*) AS arrived
                FROM conversations INDEXED BY conversations_by_creation
                WHERE created_at > ?2 AND created_at <= ?1
                GROUP BY origin_channel, hours_ago
                """), arguments: [now, request.arrivalsSince.timeIntervalSince1970]).map { row in
                SupervisorOverviewBuilder.ArrivalCell(channel: Channel(rawValue: row["origin_channel"]) ?? .email,
                                                      hoursAgo: row["hours_ago"], count: row["arrived"])
            }
            let ratings = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT CAST(at / ?1 AS INTEGER) AS slot, count(*) AS ratings, sum(score) AS score_total
                FROM satisfaction WHERE at >= ?2 AND at <= ?3
                GROUP BY slot
                """), arguments: [SupervisorOverviewBuilder.slotLength, request.satisfactionSince.timeIntervalSince1970, now]).map { row in
                SupervisorOverviewBuilder.RatingSlot(slot: row["slot"], ratings: row["ratings"], scoreTotal: row["score_total"])
            }
            let agents = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT a.*, (SELECT count(*) FROM conversations c WHERE c.assignee_id = a.id AND c.active = 1) AS load,
                       p.conversation_id AS current_id, p.activity AS current_activity, p.seen_at AS current_seen_at,
                       pc.subject AS current_subject, pc.origin_channel AS current_channel, cu.display_name AS current_customer
                FROM agents a
                LEFT JOIN presence p ON p.agent_id = a.id AND p.seen_at >= ?
                LEFT JOIN conversations pc ON pc.id = p.conversation_id
                LEFT JOIN customers cu ON cu.id = pc.customer_id
                ORDER BY a.login
                """), arguments: [request.presenceSince.timeIntervalSince1970]).map { row in
                AgentActivity(workload: Self.workload(row), current: (row["current_id"] as Int64?).map { id in
                    AgentActivity.CurrentConversation(
                        id: ConversationID(id), subject: row["current_subject"] ?? "", customerName: row["current_customer"] ?? "",
                        channel: (row["current_channel"] as String?).flatMap(Channel.init(rawValue:)) ?? .email,
                        activity: (row["current_activity"] as String?).flatMap(Presence.Activity.init(rawValue:)) ?? .viewing,
                        seenAt: Date(timeIntervalSince1970: row["current_seen_at"]))
                })
            }
            return SupervisorOverviewBuilder.build(request, queues: queues, promises: promises, arrivals: arrivals, ratings: ratings,
                                                   agents: agents)
        }
    }
}
