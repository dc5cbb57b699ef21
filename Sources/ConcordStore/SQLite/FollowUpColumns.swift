import Foundation
import GRDB
import ConversationEngine

/// The follow-up columns every follow-up query selects (joined with its conversation as `c`),
/// next to their decoder.
enum FollowUpColumns {
    static let select = """
        f.id, f.conversation_id, c.customer_id, f.fix_channel, f.channel, f.recipient, f.resolved_at, f.due_at, f.state,
        f.survey_token, f.agent_id, f.queued_at, f.reason
        """

    static func decode(_ row: Row) -> FollowUp {
        FollowUp(
            id: row[0], conversationID: ConversationID(row[1] as Int64), customerID: CustomerID(row[2] as Int64),
            fixChannel: Channel(rawValue: row[3]) ?? .email, channel: (row[4] as String?).flatMap(Channel.init(rawValue:)),
            recipient: (row[5] as String?).flatMap(IdentityColumn.decode), resolvedAt: Date(timeIntervalSince1970: row[6]),
            dueAt: Date(timeIntervalSince1970: row[7]), state: FollowUp.State(rawValue: row[8]) ?? .scheduled,
            surveyToken: row[9], agentID: (row[10] as Int64?).map { AgentID($0) }, queuedAt: (row[11] as Double?).map(Date.init(timeIntervalSince1970:)),
            reason: row[12])
    }
}
