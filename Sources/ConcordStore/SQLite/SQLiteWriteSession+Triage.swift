import Foundation
import GRDB
import ConversationEngine

/// Triage: priority and tags. Each change bumps the conversation's version, so a console that
/// read it before someone else's change gets a conflict instead of undoing it.
extension SQLiteWriteSession {
    func setPriority(conversation id: ConversationID, to priority: Priority, at: Date, expectedVersion: Int?) throws -> Conversation {
        let previous = try loadForChange(id, expectedVersion: expectedVersion)
        guard previous.priority != priority else { return previous }
        var conversation = previous
        conversation.priority = priority
        conversation.updatedAt = max(conversation.updatedAt, at)
        conversation.version += 1
        // The SLA targets depend on the priority: the answer an urgent case waits for is due sooner.
        if let since = conversation.waitingSince,
           let starter = try Row.fetchOne(db.cachedStatement(sql: """
               SELECT \(RowDecoding.messageColumns) FROM messages m
               WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.direction = 'inbound' ORDER BY m.sent_at, m.id LIMIT 1
               """), arguments: [id.rawValue, since.timeIntervalSince1970 - 0.001]).map(RowDecoding.message) {
            conversation.responseDueAt = planner.lifecycle.responseDue(since: since, message: starter, in: conversation)
        }
        try update(conversation, previous: previous, expectedVersion: previous.version)
        return conversation
    }

    func tag(conversation id: ConversationID, adding: [String], removing: [String], at: Date) throws -> Conversation {
        let previous = try loadForChange(id, expectedVersion: nil)
        let tags = ConversationTags.applying(adding: adding, removing: removing, to: previous.tags)
        guard tags != previous.tags else { return previous }
        var conversation = previous
        conversation.tags = tags
        conversation.updatedAt = max(conversation.updatedAt, at)
        conversation.version += 1
        try update(conversation, previous: previous, expectedVersion: previous.version)
        return conversation
    }

    private func loadForChange(_ id: ConversationID, expectedVersion: Int?) throws -> Conversation {
        guard let conversation = try loadConversation(id) else {
            throw StoreError.notFound(what: "conversation", id: id.description)
        }
        if let expectedVersion, expectedVersion != conversation.version {
            throw StoreError.versionConflict(conversation: id, expected: expectedVersion, actual: conversation.version)
        }
        return conversation
    }

    func moveToQueue(conversation id: ConversationID, queue: String, at: Date) throws -> Conversation {
        let name = queue.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw StoreError.invalidValue("a queue needs a name, like support or billing") }
        let previous = try loadForChange(id, expectedVersion: nil)
        guard previous.queue != name else { return previous }
        var conversation = previous
        conversation.queue = name
        conversation.updatedAt = max(conversation.updatedAt, at)
        conversation.version += 1
        try update(conversation, previous: previous, expectedVersion: previous.version)
        return conversation
    }
}
