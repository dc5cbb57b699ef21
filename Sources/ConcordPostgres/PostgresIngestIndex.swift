import Foundation
import ConcordStore
import ConversationEngine

/// Answers the ingest planner's questions from PostgreSQL, inside the write transaction (which
/// holds the writers' lock, so the answers stay true until it commits).
struct PostgresIngestIndex: IngestIndex {
    let session: PostgresSession

    func message(withDedupeKey key: String) throws -> MessageID? {
        try session.value("SELECT id FROM messages WHERE dedupe_key = ?", [key], as: Int64.self).map(MessageID.init(rawValue:))
    }

    func owners(of identities: [Identity]) throws -> [Identity: CustomerID] {
        var result: [Identity: CustomerID] = [:]
        for identity in identities {
            if let id = try session.value("SELECT customer_id FROM identities WHERE kind = ? AND platform = ? AND value = ?",
                                          [identity.kind.rawValue, identity.platform, identity.value], as: Int64.self) {
                result[identity] = CustomerID(id)
            }
        }
        return result
    }

    static let conversationSQL = "SELECT \(PostgresRowDecoding.conversationColumns) FROM conversations c WHERE c.id = ?"

    func conversation(forThreadKeys keys: [String]) throws -> Conversation? {
        guard !keys.isEmpty else { return nil }
        // One round trip for every key; the first key that matches wins, as it would one by one.
        let rows = try session.rows("""
            SELECT \(PostgresRowDecoding.conversationColumns), k.key FROM thread_keys k JOIN conversations c ON c.id = k.conversation_id
            WHERE k.key = ANY(?)
            """, [keys])
        var byKey: [String: PostgresRecord] = [:]
        for row in rows { byKey[try row("key")] = row }
        for key in keys { if let row = byKey[key] { return try PostgresRowDecoding.conversation(row) } }
        return nil
    }

    func conversation(id: ConversationID) throws -> Conversation? {
        try session.row(Self.conversationSQL, [id.rawValue]).map(PostgresRowDecoding.conversation)
    }

    func latestActiveConversation(of customer: CustomerID, since: Date) throws -> Conversation? {
        try session.row("""
            SELECT \(PostgresRowDecoding.conversationColumns) FROM conversations c
            WHERE c.customer_id = ? AND c.last_activity_at >= ? AND c.active
            ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 1
            """, [customer.rawValue, since]).map(PostgresRowDecoding.conversation)
    }

    func conversation(of customer: CustomerID, subjectKey: String, since: Date) throws -> Conversation? {
        try session.row("""
            SELECT \(PostgresRowDecoding.conversationColumns) FROM conversations c
            WHERE c.customer_id = ? AND c.subject_key = ? AND c.last_activity_at >= ?
            ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 1
            """, [customer.rawValue, subjectKey, since]).map(PostgresRowDecoding.conversation)
    }
}
