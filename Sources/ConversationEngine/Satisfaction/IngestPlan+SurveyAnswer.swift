extension IngestPlan {
    /// The plan with the conversation left as it was resolved: a survey answer ("5") goes on
    /// the timeline but does not reopen the case or start a clock, since nobody is waiting.
    public func withoutReopening() -> IngestPlan {
        guard case .existing(var conversation) = conversation, let previous = previousConversation else { return self }
        conversation.status = previous.status
        conversation.waitingSince = previous.waitingSince
        conversation.responseDueAt = previous.responseDueAt
        var plan = self
        plan.conversation = .existing(conversation)
        return plan
    }
}
