import ConversationEngine

extension ConsoleState {
    /// An empty draft for `conversation` by the signed-in agent, based on the latest message of
    /// the conversation on screen: if anything arrives before it is sent, the reply is held
    /// (see `StaleDraft`).
    func newDraft(for conversation: ConversationID) -> DraftModel {
        var model = DraftModel.empty(for: conversation, author: presentation.agentName, at: now)
        model.draft.basis = detail?.messages.filter { $0.conversationID == conversation }.map(\.id).max()
        return model
    }
}
