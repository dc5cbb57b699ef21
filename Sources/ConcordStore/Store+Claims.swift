import ConversationEngine

extension Store {
    /// Makes `agent` the conversation's owner unless another agent already is.
    ///
    /// The check and the assignment are one write transaction, and both stores let one writer
    /// through at a time (SQLite's IMMEDIATE transactions, PostgreSQL's writers' lock), so of
    /// any number of agents claiming the same unowned conversation at once exactly one gets
    /// it and every other one is told who did. The assignment still carries the version it
    /// read, so a writer that bypassed the lock could not overwrite it silently either.
    /// - Throws: `StoreError.notFound` for an unknown conversation.
    public func claim(_ id: ConversationID, for agent: AgentID) throws -> ClaimOutcome {
        try write { writer in
            guard let current = try writer.conversationForUpdate(id) else {
                throw StoreError.notFound(what: "conversation", id: id.description)
            }
            if current.assignee == agent { return .alreadyYours(current) }
            if let owner = current.assignee { return .heldBy(owner, current) }
            return .claimed(try writer.assign(conversation: id, to: agent, expectedVersion: current.version))
        }
    }
}
