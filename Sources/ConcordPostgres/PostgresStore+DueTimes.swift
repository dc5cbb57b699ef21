import Foundation
import ConcordStore
import ConversationEngine

extension PostgresStore {
    /// The `store_settings` key of the SLA policy fingerprint (the SQLite store's key).
    static let slaPolicySetting = "sla_policy"

    /// Recomputes the stored due time of every waiting conversation when the SLA policy in
    /// force differs from the one they were computed with (a configuration change), so the
    /// queue's breach-first order always follows the policy of the day.
    ///
    /// Due times are kept in the conversations table only so the queue can be ordered by an
    /// index; they are derived from the events and the policy, never edited by hand. It runs in
    /// a writers' transaction, so of several machines starting under a new policy one recomputes
    /// and the others find the fingerprint already stored.
    func recomputeDueTimesIfPolicyChanged() throws {
        let lifecycle = planner.lifecycle
        let fingerprint = lifecycle.policies.fingerprint
        try transaction { session in
            let stored = try session.value("SELECT value FROM store_settings WHERE key = ?", [Self.slaPolicySetting], as: String.self)
            guard stored != fingerprint else { return }
            let waiting = try session.rows("""
                SELECT \(PostgresRowDecoding.conversationColumns) FROM conversations c WHERE c.active AND c.waiting_since IS NOT NULL
                """).map(PostgresRowDecoding.conversation)
            // Each waiting conversation's first inbound message since it began waiting, all in one
            // round trip rather than one per conversation (the SQLite store's cached statement).
            var starters: [ConversationID: Message] = [:]
            for row in try session.rows("""
                SELECT DISTINCT ON (m.conversation_id) \(PostgresRowDecoding.messageColumns)
                FROM conversations c JOIN messages m ON m.conversation_id = c.id
                WHERE c.active AND c.waiting_since IS NOT NULL AND m.direction = 'inbound'
                  AND m.sent_at >= c.waiting_since - interval '1 millisecond'
                ORDER BY m.conversation_id, m.sent_at, m.id
                """) {
                let message = try PostgresRowDecoding.message(row)
                starters[message.conversationID] = message
            }
            for conversation in waiting {
                guard let since = conversation.waitingSince, let message = starters[conversation.id] else { continue }
                let due = lifecycle.responseDue(since: since, message: message, in: conversation)
                guard due != conversation.responseDueAt else { continue }
                try session.execute("UPDATE conversations SET response_due_at = ? WHERE id = ?", [due, conversation.id.rawValue])
            }
            try session.execute("""
                INSERT INTO store_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, [Self.slaPolicySetting, fingerprint])
        }
    }
}
