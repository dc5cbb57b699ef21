import Foundation
import GRDB
import ConversationEngine

extension SQLiteWriteSession {
    /// Moves everything of `merged` (identities, conversations, messages, promises) to
    /// `survivor` and records exactly what moved, so `undoMerge` can put it back.
    func merge(_ merged: CustomerID, into survivor: CustomerID, at: Date) throws -> CustomerMerge {
        guard merged != survivor else { throw StoreError.invalidMerge("a customer cannot be merged into itself") }
        for id in [merged, survivor] {
            guard let mergedInto = try Row.fetchOne(db, sql: "SELECT merged_into FROM customers WHERE id = ?",
                                                    arguments: [id.rawValue]) else {
                throw StoreError.notFound(what: "customer", id: id.description)
            }
            if let target = mergedInto[0] as Int64? {
                throw StoreError.invalidMerge("customer \(id) was already merged into customer \(target)")
            }
        }
        let identities = try Row.fetchAll(db, sql: "SELECT kind, platform, value FROM identities WHERE customer_id = ?",
                                          arguments: [merged.rawValue]).map(RowDecoding.identity)
        let conversations = try Int64.fetchAll(db, sql: "SELECT id FROM conversations WHERE customer_id = ? ORDER BY id",
                                               arguments: [merged.rawValue])
        for table in ["identities", "conversations", "messages", "promises"] {
            try db.execute(sql: "UPDATE \(table) SET customer_id = ? WHERE customer_id = ?",
                           arguments: [survivor.rawValue, merged.rawValue])
        }
        try db.execute(sql: "UPDATE customers SET merged_into = ? WHERE id = ?", arguments: [survivor.rawValue, merged.rawValue])
        let (a, b) = merged < survivor ? (merged, survivor) : (survivor, merged)
        try db.execute(sql: "UPDATE merge_suggestions SET state = 'accepted' WHERE customer_a = ? AND customer_b = ? AND state = 'open'",
                       arguments: [a.rawValue, b.rawValue])
        try db.execute(sql: """
            INSERT INTO customer_merges (survivor_id, merged_id, merged_at, identities, conversations)
            VALUES (?, ?, ?, ?, ?)
            """, arguments: [survivor.rawValue, merged.rawValue, at.timeIntervalSince1970,
                             identities.map(IdentityColumn.encode).joined(separator: "\n"),
                             conversations.map(String.init).joined(separator: ",")])
        return CustomerMerge(id: db.lastInsertedRowID, survivor: survivor, merged: merged, mergedAt: at,
                             identities: identities, conversations: conversations.map(ConversationID.init(rawValue:)),
                             undoneAt: nil)
    }

    /// Puts back what a merge moved: the merged customer's identities, conversations (with
    /// their messages and promises) and the customer itself. Messages that arrived after the
    /// merge in the survivor's own conversations stay there.
    func undoMerge(_ id: Int64, at: Date) throws -> CustomerMerge {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM customer_merges WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(what: "merge", id: String(id))
        }
        let merge = RowDecoding.customerMerge(row)
        if merge.undoneAt != nil { throw StoreError.invalidMerge("merge \(id) was already undone") }
        let laterMerge = try Int64.fetchOne(db, sql: """
            SELECT id FROM customer_merges WHERE id > ? AND undone_at IS NULL AND (merged_id = ? OR survivor_id = ?) LIMIT 1
            """, arguments: [id, merge.survivor.rawValue, merge.merged.rawValue])
        if let laterMerge {
            throw StoreError.invalidMerge("undo merge \(laterMerge) first: it involves the same customers")
        }
        let identityUpdate = try db.cachedStatement(sql:
            "UPDATE identities SET customer_id = ? WHERE customer_id = ? AND kind = ? AND platform = ? AND value = ?")
        for identity in merge.identities {
            try identityUpdate.execute(arguments: [merge.merged.rawValue, merge.survivor.rawValue, identity.kind.rawValue,
                                                   identity.platform, identity.value])
        }
        for conversation in merge.conversations {
            for table in ["conversations", "messages", "promises"] {
                let column = table == "conversations" ? "id" : "conversation_id"
                try db.execute(sql: "UPDATE \(table) SET customer_id = ? WHERE \(column) = ?",
                               arguments: [merge.merged.rawValue, conversation.rawValue])
            }
        }
        try db.execute(sql: "UPDATE customers SET merged_into = NULL WHERE id = ?", arguments: [merge.merged.rawValue])
        let (a, b) = merge.merged < merge.survivor ? (merge.merged, merge.survivor) : (merge.survivor, merge.merged)
        try db.execute(sql: "UPDATE merge_suggestions SET state = 'rejected' WHERE customer_a = ? AND customer_b = ?",
                       arguments: [a.rawValue, b.rawValue])
        try db.execute(sql: "UPDATE customer_merges SET undone_at = ? WHERE id = ?", arguments: [at.timeIntervalSince1970, id])
        var undone = merge
        undone.undoneAt = at
        return undone
    }

    /// Splits `identities` off `customer` into a new customer, with every conversation whose
    /// messages all came from those identities. Conversations that mix identities stay.
    func split(_ customer: CustomerID, identities: [Identity], at: Date) throws -> CustomerID {
        guard let source = try SQLiteStore.customer(customer, in: db) else {
            throw StoreError.notFound(what: "customer", id: customer.description)
        }
        let owned = Set(try Row.fetchAll(db, sql: "SELECT kind, platform, value FROM identities WHERE customer_id = ?",
                                         arguments: [customer.rawValue]).map(RowDecoding.identity))
        let moving = Set(identities)
        try CustomerSplit.check(customer, moving: moving, owned: owned)
        let encoded = Set(moving.map(IdentityColumn.encode))
        let name = try String.fetchOne(db, sql: """
            SELECT author_name FROM messages WHERE customer_id = ? AND direction = 'inbound' AND customer_identity IN (\(encoded.map { _ in "?" }.joined(separator: ",")))
            ORDER BY sent_at DESC LIMIT 1
            """, arguments: StatementArguments([customer.rawValue] + encoded.sorted()))
        try db.execute(sql: """
            INSERT INTO customers (display_name, language, time_zone, customer_since, loyalty, notes, created_at, gender)
            VALUES (?, ?, ?, ?, 'none', '', ?, 'unspecified')
            """, arguments: [CustomerSplit.name(latestAuthorName: name, moving: moving), source.language.rawValue,
                             source.timeZone, at.timeIntervalSince1970, at.timeIntervalSince1970])
        let newCustomer = CustomerID(db.lastInsertedRowID)
        for identity in moving {
            try db.execute(sql: "UPDATE identities SET customer_id = ? WHERE kind = ? AND platform = ? AND value = ?",
                           arguments: [newCustomer.rawValue, identity.kind.rawValue, identity.platform, identity.value])
        }
        let conversations = try Int64.fetchAll(db, sql: "SELECT id FROM conversations WHERE customer_id = ?",
                                               arguments: [customer.rawValue])
        for conversation in conversations {
            let identitiesUsed = Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT coalesce(customer_identity, '') FROM messages WHERE conversation_id = ? AND direction <> 'internal'
                """, arguments: [conversation]))
            guard CustomerSplit.takes(conversationUsing: identitiesUsed, moving: encoded) else { continue }
            for table in ["conversations", "messages", "promises"] {
                let column = table == "conversations" ? "id" : "conversation_id"
                try db.execute(sql: "UPDATE \(table) SET customer_id = ? WHERE \(column) = ?",
                               arguments: [newCustomer.rawValue, conversation])
            }
        }
        return newCustomer
    }

    func setMergeSuggestion(_ id: Int64, to state: MergeSuggestion.State) throws {
        try db.execute(sql: "UPDATE merge_suggestions SET state = ? WHERE id = ?", arguments: [state.rawValue, id])
        if db.changesCount == 0 { throw StoreError.notFound(what: "merge suggestion", id: String(id)) }
    }
}
