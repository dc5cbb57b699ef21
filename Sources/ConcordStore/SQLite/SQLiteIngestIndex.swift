import Foundation
import GRDB
import ConversationEngine

/// Answers the ingest planner's questions from SQLite, inside the write transaction, with
/// cached statements on indexed columns (ingest runs this for every event).
struct SQLiteIngestIndex: IngestIndex {
    let db: Database

    func message(withDedupeKey key: String) throws -> MessageID? {
        let statement = try db.cachedStatement(sql: "SELECT id FROM messages WHERE dedupe_key = ?")
        return try statement.firstInteger(binding: [key.databaseValue], in: db).map(MessageID.init(rawValue:))
    }

    func owners(of identities: [Identity]) throws -> [Identity: CustomerID] {
        let statement = try db.cachedStatement(sql:
            "SELECT customer_id FROM identities WHERE kind = ? AND platform = ? AND value = ?")
        var result: [Identity: CustomerID] = [:]
        for identity in identities {
            let key = [identity.kind.rawValue.databaseValue, identity.platform.databaseValue, identity.value.databaseValue]
            if let id = try statement.firstInteger(binding: key, in: db) {
                result[identity] = CustomerID(id)
            }
        }
        return result
    }

    // The statements' text is built once: a cached statement is found by its text, and
    // interpolating the column list anew for every event costs more than the lookup.
    private static let threadKeySQL = """
        SELECT \(RowDecoding.conversationColumns) FROM thread_keys k JOIN conversations c ON c.id = k.conversation_id
        WHERE k.key = ?
        """
    static let conversationSQL = "SELECT \(RowDecoding.conversationColumns) FROM conversations c WHERE c.id = ?"
    private static let latestActiveSQL = """
        SELECT \(RowDecoding.conversationColumns) FROM conversations c
        WHERE c.customer_id = ? AND c.last_activity_at >= ? AND c.active = 1
        ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 1
        """
    private static let subjectSQL = """
        SELECT \(RowDecoding.conversationColumns) FROM conversations c
        WHERE c.customer_id = ? AND c.subject_key = ? AND c.last_activity_at >= ?
        ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 1
        """

    func conversation(forThreadKeys keys: [String]) throws -> Conversation? {
        let statement = try db.cachedStatement(sql: Self.threadKeySQL)
        for key in keys {
            if let row = try Row.fetchOne(statement, arguments: [key]) { return RowDecoding.conversation(row) }
        }
        return nil
    }

    func conversation(id: ConversationID) throws -> Conversation? {
        let statement = try db.cachedStatement(sql: Self.conversationSQL)
        return try Row.fetchOne(statement, arguments: [id.rawValue]).map(RowDecoding.conversation)
    }

    func latestActiveConversation(of customer: CustomerID, since: Date) throws -> Conversation? {
        let statement = try db.cachedStatement(sql: Self.latestActiveSQL)
        return try Row.fetchOne(statement, arguments: [customer.rawValue, since.timeIntervalSince1970])
            .map(RowDecoding.conversation)
    }

    func conversation(of customer: CustomerID, subjectKey: String, since: Date) throws -> Conversation? {
        let statement = try db.cachedStatement(sql: Self.subjectSQL)
        return try Row.fetchOne(statement, arguments: [customer.rawValue, subjectKey, since.timeIntervalSince1970])
            .map(RowDecoding.conversation)
    }
}
