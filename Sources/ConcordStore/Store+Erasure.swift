import Foundation
import ConversationEngine

extension Store {
    /// Erases a customer's personal data (everything `StoreWriter.erase` lists) in one
    /// transaction with its audit row, then clears what the store's files keep of the deleted
    /// rows (`reclaimErasedSpace`). A refusal is written to the audit log on its own, since
    /// the erasure's transaction is rolled back.
    ///
    /// ```swift
    /// let report = try store.erase(CustomerID(42), by: supervisor, at: Date())
    /// print(report.detail, report.residue)
    /// ```
    /// - Parameter compact: rewrite the files (VACUUM; PostgreSQL: VACUUM FULL, which locks each
    ///   erased table while it is rewritten). PostgreSQL needs it for its table files to hold no
    ///   bytes of the erased rows; SQLite only for a store written before Concord zeroed
    ///   deleted rows in their pages.
    /// - Throws: `ErasureError.notAllowed` or `.merged` (nothing changed), `.notReclaimed` when
    ///   the erasure committed but clearing the files failed; `StoreError.notFound` for an unknown customer.
    public func erase(_ customer: CustomerID, by agent: Agent, at: Date, compact: Bool = false) throws -> ErasureReport {
        do {
            try CustomerErasure.check(agent)
        } catch {
            try recordAudit(CustomerErasure.refusalRecord(customer, by: agent, at: at))
            throw error
        }
        var report = try write { try $0.erase(customer, by: agent, at: at) }
        do {
            report.residue = try reclaimErasedSpace(compact: compact)
        } catch {
            throw ErasureError.notReclaimed(customer, report: report, reason: "\(error)")
        }
        return report
    }
}
