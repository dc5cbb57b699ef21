import Foundation
import GRDB
import ConversationEngine

extension SQLiteStore {
    static let slaPolicySetting = "sla_policy"

    /// Recomputes the stored due time of every waiting conversation when the SLA policy in
    /// force differs from the one they were computed with (a configuration change), so the
    /// queue's breach-first order always follows the policy of the day.
    ///
    /// Due times are kept in the conversations table only so the queue can be ordered by an
    /// index; they are derived from the events and the policy, never edited by hand.
    func recomputeDueTimesIfPolicyChanged() throws {
        let lifecycle = planner.lifecycle
        let fingerprint = lifecycle.policies.fingerprint
        do {
            try pool.write { db in
                let stored = try String.fetchOne(db, sql: "SELECT value FROM store_settings WHERE key = ?",
                                                 arguments: [Self.slaPolicySetting])
                guard stored != fingerprint else { return }
                let waiting = try Row.fetchAll(db, sql: """
                    SELECT \(RowDecoding.conversationColumns) FROM conversations c WHERE c.active = 1 AND c.waiting_since IS NOT NULL
                    """).map(RowDecoding.conversation)
                let starter = try db.cachedStatement(sql: """
                    SELECT \(RowDecoding.messageColumns) FROM messages m
                    WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.direction = 'inbound' ORDER BY m.sent_at, m.id LIMIT 1
                    """)
                let update = try db.cachedStatement(sql: "UPDATE conversations SET response_due_at = ? WHERE id = ?")
                for conversation in waiting {
                    guard let since = conversation.waitingSince,
                          let message = try Row.fetchOne(starter, arguments: [conversation.id.rawValue, since.timeIntervalSince1970 - 0.001])
                            .map(RowDecoding.message) else { continue }
                    let due = lifecycle.responseDue(since: since, message: message, in: conversation)
                    try update.execute(arguments: [due?.timeIntervalSince1970, conversation.id.rawValue])
                }
                try db.execute(sql: "INSERT OR REPLACE INTO store_settings (key, value) VALUES (?, ?)",
                               arguments: [Self.slaPolicySetting, fingerprint])
            }
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: path)
        }
    }
}
