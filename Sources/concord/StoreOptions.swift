import ArgumentParser
import ConcordConsole
import ConcordStore
import Foundation

/// `--db` and `--config`, shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store: a SQLite file path. Default: CONCORD_DB, then [store] path in config, then $XDG_DATA_HOME/concord/concord.sqlite.", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The configuration file. Default: $XDG_CONFIG_HOME/concord/config.toml.", valueName: "path"))
    var config: String?

    /// The configuration file, validated.
    func loadConfiguration() throws -> ConcordConfiguration {
        try ConfigurationLoader.load(path: config)
    }

    /// The store path in order of precedence: --db, CONCORD_DB, the config file, the XDG default.
    func storePath(configuration: ConcordConfiguration) throws -> String {
        if let db, !db.isEmpty { return absolute(db) }
        if let env = ProcessInfo.processInfo.environment["CONCORD_DB"], !env.isEmpty { return absolute(env) }
        if let path = configuration.storePath { return absolute(path) }
        return try StoreLocation.defaultPath()
    }

    /// Opens the store, requiring the file to exist already when `mustExist` (so a typo in
    /// --db does not silently create an empty store).
    func openStore(configuration: ConcordConfiguration, mustExist: Bool) throws -> (SQLiteStore, String) {
        let path = try storePath(configuration: configuration)
        if mustExist && !FileManager.default.fileExists(atPath: path) {
            throw CLIError("There is no store at \(path); run `concord demo` to create one, or pass --db with an existing store.")
        }
        return (try SQLiteStore(path: path, planner: configuration.ingestPlanner, automation: configuration.storeAutomation), path)
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
