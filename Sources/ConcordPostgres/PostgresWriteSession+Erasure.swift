import Foundation
import ConcordStore
import ConversationEngine

/// Erasure on PostgreSQL, as `SQLiteWriteSession+Erasure` does it (see `CustomerErasure` for
/// what goes): the ids of each `ErasureSet` are gathered first, then every step is one
/// statement over them (`= ANY` of an array), and the customer's search documents go with
/// their messages in the same transaction. The deleted rows' bytes stay in the table files as
/// dead tuples until VACUUM (`PostgresStore+Erasure`, after the commit).
extension PostgresWriteSession {
    func erase(_ customer: CustomerID, by agent: Agent, at: Date) throws -> ErasureReport {
        try CustomerErasure.check(agent)
        guard let row = try session.row("SELECT merged_into FROM customers WHERE id = ?", [customer.rawValue]) else {
            throw StoreError.notFound(what: "customer", id: customer.description)
        }
        if let survivor = try row(0, as: Int64?.self) {
            let merge = try session.value("""
                SELECT id FROM customer_merges WHERE merged_id = ? AND survivor_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1
                """, [customer.rawValue, survivor], as: Int64.self)
            throw ErasureError.merged(customer, into: CustomerID(survivor), merge: merge)
        }

        var report = ErasureReport()
        let ids = try gatherSets(of: customer, report: &report)
        let list = { (set: ErasureSet) -> [String] in (ids[set] ?? []).map(String.init) }
        report[.searchEntries] = try session.execute("""
            DELETE FROM search_documents WHERE message_id = ANY(?::bigint[]) OR customer_id = ANY(?::bigint[])
            """, [list(.messages), list(.customers)])
        for step in CustomerErasure.steps {
            let changed = try session.execute(step.sql { _ in "= ANY(?::bigint[])" }, step.matches.map { list($0.set) })
            if case .delete(let item) = step.action { report[item] += changed }
        }
        try recordAudit(CustomerErasure.auditRecord(customer, report: report, by: agent, at: at))
        return report
    }

    /// The ids of every set, children after the ids they follow from.
    private func gatherSets(of customer: CustomerID, report: inout ErasureReport) throws -> [ErasureSet: [Int64]] {
        var ids: [ErasureSet: [Int64]] = [:]
        let customers = try session.rows("""
            WITH RECURSIVE merged(id) AS (SELECT ?::bigint UNION SELECT c.id FROM customers c JOIN merged ON c.merged_into = merged.id)
            SELECT id FROM merged ORDER BY id
            """, [customer.rawValue]).map { try $0(0, as: Int64.self) }
        ids[.customers] = customers
        let customerList = customers.map(String.init)
        let conversations = try session.rows("SELECT id FROM conversations WHERE customer_id = ANY(?::bigint[]) ORDER BY id", [customerList])
            .map { try $0(0, as: Int64.self) }
        ids[.conversations] = conversations
        let conversationList = conversations.map(String.init)
        var messages: [Int64] = []
        var linked = Set<Int64>()
        for row in try session.rows("""
            SELECT id, raw_source_id FROM messages WHERE customer_id = ANY(?::bigint[]) OR conversation_id = ANY(?::bigint[]) ORDER BY id
            """, [customerList, conversationList]) {
            messages.append(try row(0, as: Int64.self))
            if let source = try row(1, as: Int64?.self) { linked.insert(source) }
        }
        ids[.messages] = messages
        let messageList = messages.map(String.init)
        // Source items only these messages came from; one that others' messages came from too is
        // the others' record as well, and stays.
        let shared = Set(try session.rows("""
            SELECT DISTINCT raw_source_id FROM messages WHERE raw_source_id = ANY(?::bigint[]) AND NOT (id = ANY(?::bigint[]))
            """, [linked.map(String.init), messageList]).map { try $0(0, as: Int64.self) })
        report.sharedRawSourcesKept = shared.count
        ids[.rawSources] = linked.subtracting(shared).sorted() + (try unlinkedRawSources(naming: customerList))
        ids[.outboxItems] = try session.rows("""
            SELECT id FROM outbox WHERE conversation_id = ANY(?::bigint[]) OR message_id = ANY(?::bigint[]) ORDER BY id
            """, [conversationList, messageList]).map { try $0(0, as: Int64.self) }
        ids[.followUps] = try session.rows("""
            SELECT id FROM follow_ups WHERE conversation_id = ANY(?::bigint[]) OR outbox_id = ANY(?::bigint[]) ORDER BY id
            """, [conversationList, (ids[.outboxItems] ?? []).map(String.init)]).map { try $0(0, as: Int64.self) }
        return ids
    }

    /// Kept items no message links to (in quarantine, pending, or duplicates of ingested ones)
    /// that name one of the customers' identities (`ErasureNeedles`), read a page at a time.
    private func unlinkedRawSources(naming customers: [String]) throws -> [Int64] {
        let identities = try session.rows("SELECT kind, platform, value FROM identities WHERE customer_id = ANY(?::bigint[])",
                                          [customers]).map(PostgresRowDecoding.identity)
        let needles = ErasureNeedles(identities: identities)
        guard !needles.isEmpty else { return [] }
        var found: [Int64] = []
        var after: Int64 = 0
        while true {
            let rows = try session.rows("""
                SELECT r.id, r.data, r.encoding, r.size FROM raw_sources r
                WHERE r.id > ? AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.raw_source_id = r.id)
                ORDER BY r.id LIMIT 256
                """, [after])
            guard let last = rows.last else { return found }
            for row in rows {
                let bytes = RawBytes(stored: try row(1), encoding: RawBytes.Encoding(rawValue: try row(2)) ?? .none,
                                     originalSize: Int(try row(3) as Int64))
                if needles.found(in: bytes) { found.append(try row(0)) }
            }
            after = try last(0)
        }
    }
}
