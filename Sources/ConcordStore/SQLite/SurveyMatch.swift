import ConversationEngine

/// A survey answer found on an inbound event: the follow-up it answers and the score.
struct SurveyMatch {
    var followUp: FollowUp
    var answer: SurveyAnswer
}
