import Foundation
import GRDB
import ConversationEngine

extension SQLiteWriteSession {
    /// The survey `event` answers: an inbound message that is just a score, from a customer
    /// whose survey went out at most the survey window (14 days) before it; nil otherwise.
    func surveyAnswered(by event: InboundEvent) throws -> SurveyMatch? {
        guard SurveyMatch.mayAnswer(event) else { return nil }
        let at = event.occurredAt.timeIntervalSince1970
        let window = SurveyMatch.window(automation)
        // Nearly every message is not a survey answer: ask the survey index (one probe) before
        // reading the text or the customer's identities.
        guard try db.cachedStatement(sql: """
            SELECT 1 FROM follow_ups WHERE survey_token IS NOT NULL AND queued_at <= ? AND queued_at >= ? LIMIT 1
            """).firstInteger(binding: [at.databaseValue, (at - window).databaseValue], in: db) != nil,
              let answer = SurveyMatch.answer(in: event) else { return nil }
        let identities = planner.identityPolicy.apply(to: event).customer.identities
        let owners = Set(try SQLiteIngestIndex(db: db).owners(of: identities).values)
        guard !owners.isEmpty else { return nil }
        let placeholders = owners.map { _ in "?" }.joined(separator: ", ")
        let row = try Row.fetchOne(db, sql: """
            SELECT \(FollowUpColumns.select) FROM follow_ups f JOIN conversations c ON c.id = f.conversation_id
            WHERE c.customer_id IN (\(placeholders)) AND f.survey_token IS NOT NULL AND f.state IN ('queued', 'answered')
              AND f.queued_at <= ? AND f.queued_at >= ? AND c.active = 0
            ORDER BY f.queued_at DESC, f.id DESC LIMIT 1
            """, arguments: StatementArguments(owners.map(\.rawValue) + [at, at - window]))
        return row.map { SurveyMatch(followUp: FollowUpColumns.decode($0), answer: answer) }
    }

    func recordSurveyAnswer(_ match: SurveyMatch, message: MessageID, at: Date) throws {
        try insertRating(followUp: match.followUp, score: match.answer.score, comment: match.answer.comment, at: at,
                         message: message, source: .reply)
    }

    func recordSurveyAnswer(token: String, score: Int, comment: String?, at: Date) throws -> SatisfactionRating {
        try SurveyMatch.check(score: score)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(FollowUpColumns.select) FROM follow_ups f JOIN conversations c ON c.id = f.conversation_id WHERE f.survey_token = ?
            """), arguments: [token]) else { throw StoreError.notFound(what: "survey", id: token) }
        return try insertRating(followUp: FollowUpColumns.decode(row), score: score, comment: comment, at: at, message: nil,
                                source: .link)
    }

    func recordSatisfaction(conversation: ConversationID, score: Int, comment: String?, at: Date, message: MessageID?,
                            source: SatisfactionRating.Source) throws -> SatisfactionRating {
        try SurveyMatch.check(score: score)
        guard let stored = try loadConversation(conversation) else {
            throw StoreError.notFound(what: "conversation", id: conversation.description)
        }
        let channel = try Channel.fetchLatest(in: conversation, db: db) ?? stored.originChannel
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
        try db.execute(sql: "DELETE FROM satisfaction WHERE follow_up_id = ?", arguments: [followUp.id])
        try db.execute(sql: "UPDATE follow_ups SET state = 'answered', closed_at = ? WHERE id = ?",
                       arguments: [at.timeIntervalSince1970, followUp.id])
        return try insert(conversation: conversation, channel: followUp.fixChannel, agent: followUp.agentID, followUp: followUp.id,
                          score: score, comment: comment, at: at, message: message, source: source)
    }

    private func insert(conversation: Conversation, channel: Channel, agent: AgentID?, followUp: Int64?, score: Int, comment: String?,
                        at: Date, message: MessageID?, source: SatisfactionRating.Source) throws -> SatisfactionRating {
        try db.cachedStatement(sql: """
            INSERT INTO satisfaction (conversation_id, score, comment, at, message_id, channel, agent_id, follow_up_id, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [conversation.id.rawValue, score, comment, at.timeIntervalSince1970, message?.rawValue,
                                     channel.rawValue, agent?.rawValue, followUp, source.rawValue])
        return SatisfactionRating(id: db.lastInsertedRowID, customerID: conversation.customerID, conversationID: conversation.id,
                                  score: score, comment: comment, at: at, messageID: message, channel: channel, agentID: agent,
                                  source: source)
    }
}
