/// Brings a PostgreSQL database to the current schema: the migrations it lacks are applied in
/// order, all in one transaction, each recorded in `concord_migrations`.
///
/// Several consoles or receivers may start against a new database at once; a transaction-level
/// advisory lock makes the others wait and then find nothing left to do, instead of racing to
/// create the same tables. PostgreSQL's DDL is transactional, so a failed migration leaves the
/// database as it was.
public enum PostgresMigrator {
    /// An arbitrary constant naming Concord's migration lock among the database's advisory locks.
    static let lockKey: Int64 = 0x434F_4E43_4F52_44  // "CONCORD"

    /// Applies the missing migrations; returns the identifiers it applied (none when current).
    @discardableResult
    public static func migrate(_ connection: BlockingPostgresConnection) throws(PostgresFailure) -> [String] {
        try connection.execute("BEGIN")
        do throws(PostgresFailure) {
            try connection.execute("SELECT pg_advisory_xact_lock(\(lockKey))")
            // Under the lock: two CREATE TABLE IF NOT EXISTS at once can both try to create it.
            try connection.execute(PostgresSchema.bookkeeping)
            let applied = Set(try connection.strings("SELECT identifier FROM concord_migrations"))
            let unknown = applied.subtracting(PostgresSchema.migrations.map(\.identifier))
            guard unknown.isEmpty else {
                throw PostgresFailure(message: "the database was migrated by a newer Concord (\(unknown.sorted().joined(separator: ", "))); "
                    + "upgrade Concord on this machine to use it")
            }
            var now: [String] = []
            for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements { try connection.execute(statement) }
                try connection.execute("INSERT INTO concord_migrations (identifier) VALUES ('\(migration.identifier)')")
                now.append(migration.identifier)
            }
            try connection.execute("COMMIT")
            return now
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// The migrations recorded as applied, in the order they were.
    public static func applied(_ connection: BlockingPostgresConnection) throws(PostgresFailure) -> [String] {
        guard try connection.strings("SELECT to_regclass('concord_migrations')::text") != [] else { return [] }
        return try connection.strings("SELECT identifier FROM concord_migrations ORDER BY applied_at, identifier")
    }
}
