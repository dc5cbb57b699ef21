import Foundation
import ConcordStore
import ConversationEngine

/// Survey answers and satisfaction ratings, as `SQLiteWriteSession+Satisfaction` records them
/// (which messages answer a survey: `SurveyMatch`).
extension PostgresWriteSession {
    /// The survey `event` answers: an inbound message that is just a score, from a customer
    /// whose survey went out at most the survey window (14 days) before it; nil otherwise.
    func surveyAnswered(by event: InboundEvent) throws -> SurveyMatch? {
        // Nearly every message is not a survey answer: the text says so without a round trip,
        // before the survey index is asked (one probe) and the customer's identities are read.
        guard SurveyMatch.mayAnswer(event), let answer = SurveyMatch.answer(in: event) else { return nil }
        let at = event.occurredAt
        let since = at.addingTimeInterval(-SurveyMatch.window(automation))
        guard try session.row("""
            SELECT 1 FROM follow_ups WHERE survey_token IS NOT NULL AND queued_at <= ? AND queued_at >= ? LIMIT 1
            """, [at, since]) != nil else { return nil }
        let identities = planner.identityPolicy.apply(to: event).customer.identities
        let owners = Set(try PostgresIngestIndex(session: session).owners(of: identities).values)
        guard !owners.isEmpty else { return nil }
        let row = try session.row("""
            SELECT \(PostgresStore.followUpColumns) FROM follow_ups f JOIN conversations c ON c.id = f.conversation_id
            WHERE c.customer_id = ANY(?::bigint[]) AND f.survey_token IS NOT NULL AND f.state IN ('queued', 'answered')
              AND f.queued_at <= ? AND f.queued_at >= ? AND NOT c.active
            ORDER BY f.queued_at DESC, f.id DESC LIMIT 1
            """, [owners.map { String($0.rawValue) }, at, since])
        return try row.map { SurveyMatch(followUp: try PostgresStore.followUp($0), answer: answer) }
    }

    func recordSurveyAnswer(_ match: SurveyMatch, message: MessageID, at: Date) throws {
        try insertRating(followUp: match.followUp, score: match.answer.score, comment: match.answer.comment, at: at,
                         message: message, source: .reply)
    }

    func recordSurveyAnswer(token: String, score: Int, comment: String?, at: Date) throws -> SatisfactionRating {
        try SurveyMatch.check(score: score)
        guard let row = try session.row("""
            SELECT \(PostgresStore.followUpColumns) FROM follow_ups f JOIN conversations c ON c.id = f.conversation_id WHERE f.survey_token = ?
            """, [token]) else { throw StoreError.notFound(what: "survey", id: token) }
        return try insertRating(followUp: PostgresStore.followUp(row), score: score, comment: comment, at: at, message: nil,
                                source: .link)
    }

    func recordSatisfaction(conversation: ConversationID, score: Int, comment: String?, at: Date, message: MessageID?,
                            source: SatisfactionRating.Source) throws -> SatisfactionRating {
        try SurveyMatch.check(score: score)
        guard let stored = try loadConversation(conversation) else {
            throw StoreError.notFound(what: "conversation", id: conversation.description)
        }
        let channel = try latestChannel(in: conversation) ?? stored.originChannel
        return try insert(conversation: stored, channel: channel, agent: stored.assignee, followUp: nil, score: score,
                          comment: comment, at: at, message: message, source: source)
    }

    /// One rating per survey: a second answer replaces the first (the customer changed their mind).
    @discardableResult
    private func insertRating(followUp: FollowUp, score: Int, comment: String?, at: Date, message: MessageID?,
                              source: SatisfactionRating.Source) throws -> SatisfactionRating {
        guard let conversation = try loadConversation(followUp.conversationID) else {
            throw StoreError.notFound(what: "conversation", id: followUp.conversationID.description)
        }
        try session.execute("DELETE FROM satisfaction WHERE follow_up_id = ?", [followUp.id])
        try session.execute("UPDATE follow_ups SET state = 'answered', closed_at = ? WHERE id = ?", [at, followUp.id])
        return try insert(conversation: conversation, channel: followUp.fixChannel, agent: followUp.agentID, followUp: followUp.id,
                          score: score, comment: comment, at: at, message: message, source: source)
    }

    private func insert(conversation: Conversation, channel: Channel, agent: AgentID?, followUp: Int64?, score: Int, comment: String?,
                        at: Date, message: MessageID?, source: SatisfactionRating.Source) throws -> SatisfactionRating {
        let id = try session.insert("""
            INSERT INTO satisfaction (conversation_id, score, comment, at, message_id, channel, agent_id, follow_up_id, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [conversation.id.rawValue, score, comment, at, message?.rawValue, channel.rawValue, agent?.rawValue, followUp,
                  source.rawValue])
        return SatisfactionRating(id: id, customerID: conversation.customerID, conversationID: conversation.id,
                                  score: score, comment: comment, at: at, messageID: message, channel: channel, agentID: agent,
                                  source: source)
    }
}
