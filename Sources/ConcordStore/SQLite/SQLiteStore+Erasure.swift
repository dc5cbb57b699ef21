import Foundation
import GRDB

extension SQLiteStore {
    /// After an erasure committed: the search index drops the erased entries' words from its
    /// segments (`SearchIndex.dropDeletedEntries`), and in both files the free pages are
    /// overwritten with zeros and the write-ahead log is emptied (`SQLiteFreePages`). The
    /// erasure itself zeroed the rows it deleted (`secure_delete = ON`), and the store zeroes
    /// rows inside their pages whenever they are deleted or rewritten (`FAST`), so no VACUUM
    /// is needed. `compact` VACUUMs both files anyway, for a store written by a Concord from
    /// before `FAST`, whose pages may keep old copies of rows in their slack.
    public func reclaimErasedSpace(compact: Bool) throws -> Set<ErasureReport.Residue> {
        var residue = Set<ErasureReport.Residue>()
        do {
            if compact { try searchIndex.vacuum() }
            if try !searchIndex.dropDeletedEntries() { residue.insert(.writeAheadLog) }
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: searchIndex.path)
        }
        do {
            let emptied = try pool.writeWithoutTransaction { db in
                if compact { try SQLiteFreePages.vacuum(db) }
                try SQLiteFreePages.overwrite(in: db)
                return try SQLiteFreePages.emptyLog(db)
            }
            if !emptied { residue.insert(.writeAheadLog) }
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: path)
        }
        return residue
    }
}
