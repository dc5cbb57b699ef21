import ArgumentParser
import ConcordPostgres
import ConcordStore
import Foundation

/// `concord migrate`: brings a store's schema up to date, as an operator's deliberate step
/// before a rollout (every Concord process also migrates on start, under a lock, so forgetting
/// it is harmless).
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Bring the store's schema up to date (PostgreSQL or SQLite) and say what was applied.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print the applied migrations without applying any.")
    var status = false

    mutating func run() throws {
        let configuration = try store.loadConfiguration()
        let location = try store.storePath(configuration: configuration)
        guard PostgresDatabaseURL.isPostgres(location) else {
            // SQLite migrates as it opens; opening is the whole job.
            if status && !FileManager.default.fileExists(atPath: location) {
                throw CLIError("There is no store at \(location).")
            }
            _ = try SQLiteStore(path: location, readOnly: status)
            print("The SQLite store \(location) is current.")
            return
        }
        let url = try PostgresDatabaseURL(location)
        let connection = try BlockingPostgresConnection(url)
        defer { connection.close() }
        let target = "\(url.host):\(url.port)/\(url.database)"
        if status {
            let applied = try PostgresMigrator.applied(connection)
            let missing = PostgresSchema.migrations.map(\.identifier).filter { !applied.contains($0) }
            print("\(target): applied \(applied.isEmpty ? "none" : applied.joined(separator: ", "))"
                  + (missing.isEmpty ? "; current." : "; to apply: \(missing.joined(separator: ", ")) (run `concord migrate`)."))
            return
        }
        let applied = try PostgresMigrator.migrate(connection)
        print(applied.isEmpty ? "\(target) is current; nothing to apply."
                              : "\(target): applied \(applied.joined(separator: ", ")).")
    }
}
