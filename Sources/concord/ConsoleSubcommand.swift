import ArgumentParser
import ConcordConsole
import Foundation

/// `concord console`: the agent console on an existing store.
struct ConsoleSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: "Open the agent console on a store.")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Colour theme (default, light, high-contrast, monochrome, or your own).", valueName: "name"))
    var theme: String?

    /// Benchmarks and screenshots need a screen that does not change on its own: with a frozen
    /// clock the waits and countdowns stay put, so nothing is redrawn between keys.
    @Option(help: ArgumentHelp("Stop the console's clock at this ISO 8601 time (waits and countdowns stay put), for reproducible screens and benchmarks.", valueName: "time"))
    var now: String?

    mutating func validate() throws {
        if let now, DemoCommand.parseDate(now) == nil {
            throw ValidationError("--now must be an ISO 8601 time such as 2026-11-23T09:00:00Z.")
        }
    }

    mutating func run() throws {
        let configuration = try store.loadConfiguration()
        let (opened, label) = try store.openStore(configuration: configuration, mustExist: true)
        let code = try ConsoleLauncher.run(store: opened, storeLabel: label,
                                           configuration: configuration, themeName: theme,
                                           frozenTime: now.flatMap(DemoCommand.parseDate))
        if code != 0 { throw ExitCode(code) }
    }
}
