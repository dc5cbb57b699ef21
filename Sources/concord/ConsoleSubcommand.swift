import ArgumentParser
import ConcordConsole
import Foundation

/// `concord console`: the agent console on an existing store.
struct ConsoleSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: "Open the agent console on a store.")

    @OptionGroup var store: StoreOptions

    @OptionGroup var screen: ScreenOptions

    mutating func run() throws {
        let configuration = try store.loadConfiguration()
        let (opened, label) = try store.openStore(configuration: configuration, mustExist: true)
        let code = try ConsoleLauncher.run(store: opened, storeLabel: label,
                                           configuration: configuration, themeName: screen.theme,
                                           frozenTime: screen.frozenTime)
        if code != 0 { throw ExitCode(code) }
    }
}
