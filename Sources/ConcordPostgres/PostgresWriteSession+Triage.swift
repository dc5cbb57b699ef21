import Foundation
import ConcordStore
import ConversationEngine

/// Triage: priority and tags, as `SQLiteWriteSession+Triage` does them. Each change bumps the
/// conversation's version, so a console that read it before someone else's change gets a
/// conflict instead of undoing it.
extension PostgresWriteSession {
    func setPriority(conversation id: ConversationID, to priority: Priority, at: Date, expectedVersion: Int?) throws -> Conversation {
        let previous = try load(id, expectedVersion: expectedVersion)
        guard previous.priority != priority else { return previous }
        var conversation = previous
        conversation.priority = priority
        conversation.updatedAt = max(conversation.updatedAt, at)
        conversation.version += 1
        // The SLA targets depend on the priority: the answer an urgent case waits for is due sooner.
        if let since = conversation.waitingSince,
           let starter = try session.row("""
               SELECT \(PostgresRowDecoding.messageColumns) FROM messages m
               WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.direction = 'inbound' ORDER BY m.sent_at, m.id LIMIT 1
               """, [id.rawValue, since.addingTimeInterval(-0.001)]).map(PostgresRowDecoding.message) {
            conversation.responseDueAt = planner.lifecycle.responseDue(since: since, message: starter, in: conversation)
        }
        try update(conversation, previous: previous, expectedVersion: previous.version)
        return conversation
    }

    func tag(conversation id: ConversationID, adding: [String], removing: [String], at: Date) throws -> Conversation {
        let previous = try load(id, expectedVersion: nil)
        let tags = ConversationTags.applying(adding: adding, removing: removing, to: previous.tags)
        guard tags != previous.tags else { return previous }
        var conversation = previous
        conversation.tags = tags
        conversation.updatedAt = max(conversation.updatedAt, at)
        conversation.version += 1
        try update(conversation, previous: previous, expectedVersion: previous.version)
        return conversation
    }

    func moveToQueue(conversation id: ConversationID, queue: String, at: Date) throws -> Conversation {
        let name = queue.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw StoreError.invalidValue("a queue needs a name, like support or billing") }
        let previous = try load(id, expectedVersion: nil)
        guard previous.queue != name else { return previous }
        var conversation = previous
        conversation.queue = name
        conversation.updatedAt = max(conversation.updatedAt, at)
        conversation.version += 1
        try update(conversation, previous: previous, expectedVersion: previous.version)
        return conversation
    }
}
