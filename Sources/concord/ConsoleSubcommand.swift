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

    mutating func run() throws {
        let configuration = try store.loadConfiguration()
        let (opened, path) = try store.openStore(configuration: configuration, mustExist: true)
        let code = try ConsoleLauncher.run(store: opened, storeLabel: (path as NSString).lastPathComponent,
                                           configuration: configuration, themeName: theme)
        if code != 0 { throw ExitCode(code) }
    }
}
