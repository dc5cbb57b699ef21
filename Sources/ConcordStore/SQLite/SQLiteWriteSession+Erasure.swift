import Foundation
import GRDB
import ConversationEngine

/// Erasure on SQLite (see `CustomerErasure` for what goes, and `SQLiteStore+Erasure` for what
/// happens to the files after the commit).
///
/// The ids of each `ErasureSet` are gathered into temporary tables (the temp database, in
/// memory), so every step is one statement however many rows it matches. Deleted content is
/// overwritten with zeros as it goes (`secure_delete = ON` for this transaction; the store runs
/// with FAST, which zeroes rows inside pages but not the pages freed). The customer's search
/// entries are deleted from the index's own file before the transaction commits: if that
/// fails, nothing is erased; if the commit failed after it, the customer's messages would only
/// be unsearchable, and erasing them again finishes the work.
extension SQLiteWriteSession {
    func erase(_ customer: CustomerID, by agent: Agent, at: Date) throws -> ErasureReport {
        try CustomerErasure.check(agent)
        guard let row = try Row.fetchOne(db, sql: "SELECT merged_into FROM customers WHERE id = ?", arguments: [customer.rawValue]) else {
            throw StoreError.notFound(what: "customer", id: customer.description)
        }
        if let survivor = row[0] as Int64? {
            let merge = try Int64.fetchOne(db, sql: """
                SELECT id FROM customer_merges WHERE merged_id = ? AND survivor_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1
                """, arguments: [customer.rawValue, survivor])
            throw ErasureError.merged(customer, into: CustomerID(survivor), merge: merge)
        }
        guard let searchIndex else { throw StoreError.invalidValue("this write has no search index to erase from") }
        // Entries a bulk load handed to the index's thread must be in it before they can be deleted.
        try searchIndex.waitForIndexing()

        try db.execute(sql: "PRAGMA secure_delete = ON")
        defer { try? db.execute(sql: "PRAGMA secure_delete = FAST") }
        try createTransientIndexes()
        defer { try? dropTransientIndexes() }
        try createSetTables()
        defer { try? dropSetTables() }

        var report = ErasureReport()
        try gatherSets(of: customer, report: &report)
        let entries = try Row.fetchAll(db, sql: """
            SELECT \(RowDecoding.messageColumns) FROM messages m WHERE m.id IN (SELECT id FROM \(Self.setTable(.messages))) ORDER BY m.id
            """).map(RowDecoding.message).map { SearchEntry(messageID: $0.id, text: SearchDocument.text(of: $0)) }
        for step in CustomerErasure.steps {
            try db.execute(sql: step.sql { "IN (SELECT id FROM \(Self.setTable($0)))" })
            if case .delete(let item) = step.action { report[item] += db.changesCount }
        }
        try searchIndex.remove(entries)
        report[.searchEntries] = entries.count
        try recordAudit(CustomerErasure.auditRecord(customer, report: report, by: agent, at: at))
        return report
    }

    // MARK: - The sets

    static func setTable(_ set: ErasureSet) -> String { "temp.concord_erasure_\(set.rawValue)" }

    private func createSetTables() throws {
        try dropSetTables()
        for set in ErasureSet.allCases {
            try db.execute(sql: "CREATE TABLE \(Self.setTable(set)) (id INTEGER PRIMARY KEY)")
        }
    }

    private func dropSetTables() throws {
        for set in ErasureSet.allCases { try db.execute(sql: "DROP TABLE IF EXISTS \(Self.setTable(set))") }
    }

    /// Fills the set tables, children after the ids they follow from.
    private func gatherSets(of customer: CustomerID, report: inout ErasureReport) throws {
        let customers = Self.setTable(.customers), conversations = Self.setTable(.conversations)
        let messages = Self.setTable(.messages), rawSources = Self.setTable(.rawSources)
        try db.execute(sql: """
            INSERT INTO \(customers) (id)
            WITH RECURSIVE merged(id) AS (SELECT ? UNION SELECT c.id FROM customers c JOIN merged ON c.merged_into = merged.id)
            SELECT id FROM merged
            """, arguments: [customer.rawValue])
        try db.execute(sql: "INSERT INTO \(conversations) (id) SELECT id FROM conversations WHERE customer_id IN (SELECT id FROM \(customers))")
        try db.execute(sql: """
            INSERT OR IGNORE INTO \(messages) (id)
            SELECT id FROM messages WHERE customer_id IN (SELECT id FROM \(customers))
            UNION SELECT id FROM messages WHERE conversation_id IN (SELECT id FROM \(conversations))
            """)
        // Source items only these messages came from; one that others' messages came from too is
        // the others' record as well, and stays.
        try db.execute(sql: """
            INSERT INTO \(rawSources) (id)
            SELECT DISTINCT raw_source_id FROM messages WHERE id IN (SELECT id FROM \(messages)) AND raw_source_id IS NOT NULL
            """)
        try db.execute(sql: """
            DELETE FROM \(rawSources) WHERE id IN (
                SELECT raw_source_id FROM messages WHERE raw_source_id IN (SELECT id FROM \(rawSources))
                  AND id NOT IN (SELECT id FROM \(messages)))
            """)
        report.sharedRawSourcesKept = db.changesCount
        try gatherUnlinkedRawSources(into: rawSources)
        try db.execute(sql: """
            INSERT INTO \(Self.setTable(.outboxItems)) (id)
            SELECT id FROM outbox WHERE conversation_id IN (SELECT id FROM \(conversations))
            UNION SELECT id FROM outbox WHERE message_id IN (SELECT id FROM \(messages))
            """)
        try db.execute(sql: """
            INSERT INTO \(Self.setTable(.followUps)) (id)
            SELECT id FROM follow_ups WHERE conversation_id IN (SELECT id FROM \(conversations))
            UNION SELECT id FROM follow_ups WHERE outbox_id IN (SELECT id FROM \(Self.setTable(.outboxItems)))
            """)
    }

    /// Kept items no message links to (in quarantine, pending, or duplicates of ingested ones)
    /// that name one of the customer's identities (`ErasureNeedles`), read a page at a time.
    private func gatherUnlinkedRawSources(into rawSources: String) throws {
        let identities = try Row.fetchAll(db, sql: """
            SELECT kind, platform, value FROM identities WHERE customer_id IN (SELECT id FROM \(Self.setTable(.customers)))
            """).map(RowDecoding.identity)
        let needles = ErasureNeedles(identities: identities)
        guard !needles.isEmpty else { return }
        let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(rawSources) (id) VALUES (?)")
        var after: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.id, r.data, r.encoding, r.size FROM raw_sources r
                WHERE r.id > ? AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.raw_source_id = r.id)
                ORDER BY r.id LIMIT 256
                """, arguments: [after])
            guard let last = rows.last else { return }
            for row in rows {
                let bytes = RawBytes(stored: row[1], encoding: RawBytes.Encoding(rawValue: row[2]) ?? .none, originalSize: row[3])
                if needles.found(in: bytes) { try insert.execute(arguments: [row[0] as Int64]) }
            }
            after = last[0]
        }
    }

    // MARK: - Transient indexes

    /// Indexes on the columns that refer to erased rows without an index of their own. Each
    /// deleted row's foreign-key actions look its referrers up; without these, deleting a source
    /// item would read every message, and deleting a message every promise and rating. They
    /// exist only inside the erasure's transaction: ingest does not pay for them.
    private static let transientIndexes = [
        ("messages", "raw_source_id"), ("promises", "message_id"), ("promises", "conversation_id"),
        ("satisfaction", "message_id"), ("follow_ups", "outbox_id"), ("customers", "merged_into"),
    ]

    private static func transientIndexName(_ table: String, _ column: String) -> String {
        "concord_erasure_\(table)_by_\(column)"
    }

    private func createTransientIndexes() throws {
        for (table, column) in Self.transientIndexes {
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(Self.transientIndexName(table, column)) ON \(table)(\(column))")
        }
    }

    private func dropTransientIndexes() throws {
        for (table, column) in Self.transientIndexes {
            try db.execute(sql: "DROP INDEX IF EXISTS \(Self.transientIndexName(table, column))")
        }
    }
}
