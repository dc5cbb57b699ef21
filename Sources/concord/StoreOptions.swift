import ArgumentParser
import ConcordConsole
import ConcordPostgres
import ConcordStore
import Foundation

/// `--db` and `--config`, shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store: a SQLite file path, or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE for a shared team store. Default: CONCORD_DB, then [store] path in config, then $XDG_DATA_HOME/concord/concord.sqlite.", valueName: "path|url"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The configuration file. Default: $XDG_CONFIG_HOME/concord/config.toml.", valueName: "path"))
    var config: String?

    /// The configuration file, validated.
    func loadConfiguration() throws -> ConcordConfiguration {
        try ConfigurationLoader.load(path: config)
    }

    /// The store in order of precedence: --db, CONCORD_DB, the config file, the XDG default.
    /// A SQLite path comes back absolute; a PostgreSQL URL as it was given.
    func storePath(configuration: ConcordConfiguration) throws -> String {
        if let db, !db.isEmpty { return absolute(db) }
        if let env = ProcessInfo.processInfo.environment["CONCORD_DB"], !env.isEmpty { return absolute(env) }
        if let path = configuration.storePath { return absolute(path) }
        return try StoreLocation.defaultPath()
    }

    /// Opens the store, requiring a SQLite file to exist already when `mustExist` (so a typo in
    /// --db does not silently create an empty store). Returns it with a label for the screen:
    /// the file's name, or the server and database (never the password).
    /// `durability` matters for SQLite only (a PostgreSQL commit always waits for the server's
    /// disk, as its operator configured).
    func openStore(configuration: ConcordConfiguration, mustExist: Bool,
                   durability: CommitDurability = .processCrash) throws -> (store: any Store, label: String) {
        let location = try storePath(configuration: configuration)
        if PostgresDatabaseURL.isPostgres(location) {
            let url = try PostgresDatabaseURL(location)
            let store = try PostgresStore(url: url, planner: configuration.ingestPlanner, automation: configuration.storeAutomation)
            return (store, "\(url.host)/\(url.database)")
        }
        if mustExist && !FileManager.default.fileExists(atPath: location) {
            throw CLIError("There is no store at \(location); run `concord demo` to create one, or pass --db with an existing store.")
        }
        let store = try SQLiteStore(path: location, planner: configuration.ingestPlanner, automation: configuration.storeAutomation,
                                    durability: durability)
        return (store, (location as NSString).lastPathComponent)
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") || PostgresDatabaseURL.isPostgres(path) ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
