import Foundation
import ConcordStore
import ConversationEngine

/// Merging, unmerging and splitting customers, as `SQLiteWriteSession+Merges` does them. The
/// search documents carry their message's customer too: they move with the messages.
extension PostgresWriteSession {
    /// Moves everything of `merged` (identities, conversations, messages, promises) to
    /// `survivor` and records exactly what moved, so `undoMerge` can put it back.
    func merge(_ merged: CustomerID, into survivor: CustomerID, at: Date) throws -> CustomerMerge {
        guard merged != survivor else { throw StoreError.invalidMerge("a customer cannot be merged into itself") }
        for id in [merged, survivor] {
            guard let row = try session.row("SELECT merged_into FROM customers WHERE id = ?", [id.rawValue]) else {
                throw StoreError.notFound(what: "customer", id: id.description)
            }
            if let target = try row(0) as Int64? {
                throw StoreError.invalidMerge("customer \(id) was already merged into customer \(target)")
            }
        }
        let identities = try session.rows("SELECT kind, platform, value FROM identities WHERE customer_id = ?",
                                          [merged.rawValue]).map(PostgresRowDecoding.identity)
        let conversations = try session.rows("SELECT id FROM conversations WHERE customer_id = ? ORDER BY id",
                                             [merged.rawValue]).map { try $0(0) as Int64 }
        for table in ["identities", "conversations", "messages", "promises", "search_documents"] {
            try session.execute("UPDATE \(table) SET customer_id = ? WHERE customer_id = ?", [survivor.rawValue, merged.rawValue])
        }
        try session.execute("UPDATE customers SET merged_into = ? WHERE id = ?", [survivor.rawValue, merged.rawValue])
        let (a, b) = merged < survivor ? (merged, survivor) : (survivor, merged)
        try session.execute("UPDATE merge_suggestions SET state = 'accepted' WHERE customer_a = ? AND customer_b = ? AND state = 'open'",
                            [a.rawValue, b.rawValue])
        let id = try session.insert("""
            INSERT INTO customer_merges (survivor_id, merged_id, merged_at, identities, conversations)
            VALUES (?, ?, ?, ?, ?)
            """, [survivor.rawValue, merged.rawValue, at, identities.map(IdentityColumn.encode).joined(separator: "\n"),
                  conversations.map(String.init).joined(separator: ",")])
        return CustomerMerge(id: id, survivor: survivor, merged: merged, mergedAt: at,
                             identities: identities, conversations: conversations.map(ConversationID.init(rawValue:)),
                             undoneAt: nil)
    }

    /// Puts back what a merge moved: the merged customer's identities, conversations (with
    /// their messages and promises) and the customer itself. Messages that arrived after the
    /// merge in the survivor's own conversations stay there.
    func undoMerge(_ id: Int64, at: Date) throws -> CustomerMerge {
        guard let row = try session.row("SELECT * FROM customer_merges WHERE id = ?", [id]) else {
            throw StoreError.notFound(what: "merge", id: String(id))
        }
        let merge = try PostgresRowDecoding.customerMerge(row)
        if merge.undoneAt != nil { throw StoreError.invalidMerge("merge \(id) was already undone") }
        let laterMerge = try session.value("""
            SELECT id FROM customer_merges WHERE id > ? AND undone_at IS NULL AND (merged_id = ? OR survivor_id = ?) LIMIT 1
            """, [id, merge.survivor.rawValue, merge.merged.rawValue], as: Int64.self)
        if let laterMerge {
            throw StoreError.invalidMerge("undo merge \(laterMerge) first: it involves the same customers")
        }
        for identity in merge.identities {
            try session.execute("UPDATE identities SET customer_id = ? WHERE customer_id = ? AND kind = ? AND platform = ? AND value = ?",
                                [merge.merged.rawValue, merge.survivor.rawValue, identity.kind.rawValue, identity.platform,
                                 identity.value])
        }
        try move(merge.conversations.map(\.rawValue), to: merge.merged)
        try session.execute("UPDATE customers SET merged_into = NULL WHERE id = ?", [merge.merged.rawValue])
        let (a, b) = merge.merged < merge.survivor ? (merge.merged, merge.survivor) : (merge.survivor, merge.merged)
        try session.execute("UPDATE merge_suggestions SET state = 'rejected' WHERE customer_a = ? AND customer_b = ?",
                            [a.rawValue, b.rawValue])
        try session.execute("UPDATE customer_merges SET undone_at = ? WHERE id = ?", [at, id])
        var undone = merge
        undone.undoneAt = at
        return undone
    }

    /// Splits `identities` off `customer` into a new customer, with every conversation whose
    /// messages all came from those identities. Conversations that mix identities stay.
    func split(_ customer: CustomerID, identities: [Identity], at: Date) throws -> CustomerID {
        guard let source = try PostgresStore.customer(customer, in: session) else {
            throw StoreError.notFound(what: "customer", id: customer.description)
        }
        let owned = Set(try session.rows("SELECT kind, platform, value FROM identities WHERE customer_id = ?",
                                         [customer.rawValue]).map(PostgresRowDecoding.identity))
        let moving = Set(identities)
        try CustomerSplit.check(customer, moving: moving, owned: owned)
        let encoded = Set(moving.map(IdentityColumn.encode))
        let name = try session.value("""
            SELECT author_name FROM messages WHERE customer_id = ? AND direction = 'inbound' AND customer_identity = ANY(?)
            ORDER BY sent_at DESC LIMIT 1
            """, [customer.rawValue, encoded.sorted()], as: String.self)
        let newCustomer = CustomerID(try session.insert("""
            INSERT INTO customers (display_name, language, time_zone, customer_since, loyalty, notes, created_at, gender)
            VALUES (?, ?, ?, ?, 'none', '', ?, 'unspecified')
            """, [CustomerSplit.name(latestAuthorName: name, moving: moving), source.language.rawValue,
                  source.timeZone, at, at]))
        for identity in moving {
            try session.execute("UPDATE identities SET customer_id = ? WHERE kind = ? AND platform = ? AND value = ?",
                                [newCustomer.rawValue, identity.kind.rawValue, identity.platform, identity.value])
        }
        // The identities each conversation's customer messages came from ('' for a message without one).
        var used: [Int64: Set<String>] = [:]
        for row in try session.rows("""
            SELECT DISTINCT c.id, coalesce(m.customer_identity, '') FROM conversations c
            JOIN messages m ON m.conversation_id = c.id AND m.direction <> 'internal'
            WHERE c.customer_id = ?
            """, [customer.rawValue]) {
            used[try row(0) as Int64, default: []].insert(try row(1))
        }
        try move(used.filter { CustomerSplit.takes(conversationUsing: $0.value, moving: encoded) }.keys.sorted(), to: newCustomer)
        return newCustomer
    }

    /// Gives `conversations`, with their messages, promises and search documents, to `customer`.
    private func move(_ conversations: [Int64], to customer: CustomerID) throws {
        guard !conversations.isEmpty else { return }
        let ids = conversations.map(String.init)
        for table in ["conversations", "messages", "promises"] {
            let column = table == "conversations" ? "id" : "conversation_id"
            try session.execute("UPDATE \(table) SET customer_id = ? WHERE \(column) = ANY(?::bigint[])", [customer.rawValue, ids])
        }
        try session.execute("""
            UPDATE search_documents d SET customer_id = ? FROM messages m WHERE m.id = d.message_id AND m.conversation_id = ANY(?::bigint[])
            """, [customer.rawValue, ids])
    }

    func setMergeSuggestion(_ id: Int64, to state: MergeSuggestion.State) throws {
        if try session.execute("UPDATE merge_suggestions SET state = ? WHERE id = ?", [state.rawValue, id]) == 0 {
            throw StoreError.notFound(what: "merge suggestion", id: String(id))
        }
    }
}
