import Foundation
import ConversationEngine

/// What erasing a customer removes, table by table, shared by both stores so they erase the
/// same rows in the same order: children before the rows they refer to, so no foreign-key
/// action has anything left to do.
///
/// A store first gathers the ids of each `ErasureSet` (the customer and everyone merged into
/// them, their conversations, every message of those conversations and every message of
/// theirs, the source items only those messages came from, outbox items, follow-ups), then
/// runs `steps`, then writes the audit row. Audit rows that name the customer stay: they hold
/// ids and counts only.
public enum CustomerErasure {
    /// Every statement, in order. Search entries are not here: SQLite keeps them in the index's
    /// own file, PostgreSQL in `search_documents`; each store removes them itself.
    public static let steps: [ErasureStep] = [
        .delete("satisfaction", counting: .ratings, where: [("conversation_id", .conversations)]),
        .clear("satisfaction", "message_id", in: .messages),
        .clear("satisfaction", "follow_up_id", in: .followUps),
        .delete("follow_ups", counting: .followUps, where: [("id", .followUps)]),
        .delete("outbox", counting: .outboxItems, where: [("id", .outboxItems)]),
        .delete("drafts", counting: .drafts, where: [("conversation_id", .conversations)]),
        .delete("presence", counting: .presence, where: [("conversation_id", .conversations), ("customer_id", .customers)]),
        .delete("status_changes", counting: .statusChanges, where: [("conversation_id", .conversations)]),
        .delete("promises", counting: .promises, where: [("conversation_id", .conversations), ("customer_id", .customers)]),
        .clear("promises", "message_id", in: .messages),
        .delete("thread_keys", counting: .threadKeys, where: [("conversation_id", .conversations)]),
        .delete("messages", counting: .messages, where: [("id", .messages)]),
        .delete("raw_sources", counting: .rawSources, where: [("id", .rawSources)]),
        .delete("conversations", counting: .conversations, where: [("id", .conversations)]),
        .delete("identities", counting: .identities, where: [("customer_id", .customers)]),
        .delete("merge_suggestions", counting: .mergeSuggestions, where: [("customer_a", .customers), ("customer_b", .customers)]),
        .delete("customer_merges", counting: .merges, where: [("survivor_id", .customers), ("merged_id", .customers)]),
        .delete("customers", counting: .customers, where: [("id", .customers)]),
    ]

    /// Tables that hold no customer's data (agents, the audit log, supervisors' broadcasts, the
    /// store's own settings). Every other table must be in `steps` or erased by the store
    /// itself; the erasure tests hold each store's schema to that.
    public static let tablesWithoutCustomerData: Set<String> = ["agents", "audit_log", "broadcasts", "store_settings"]

    /// The roles that may erase.
    public static let roles: Set<Agent.Role> = [.supervisor, .admin]

    /// Refuses an agent whose role may not erase.
    public static func check(_ agent: Agent) throws(ErasureError) {
        guard roles.contains(agent.role) else { throw .notAllowed(login: agent.login, role: agent.role) }
    }

    /// The audit row the erasure writes in its own transaction: the customer's id and the counts.
    public static func auditRecord(_ customer: CustomerID, report: ErasureReport, by agent: Agent, at: Date) -> AuditRecord {
        AuditRecord.customer(customer, .erase, by: agent, at: at, detail: report.detail)
    }

    /// The refusal's audit row, written on its own (the erasure's transaction never began).
    public static func refusalRecord(_ customer: CustomerID, by agent: Agent, at: Date) -> AuditRecord {
        AuditRecord.customer(customer, .refused, by: agent, at: at, detail: "erase")
    }
}
