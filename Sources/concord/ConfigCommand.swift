import ArgumentParser
import ConcordConsole
import ConcordStore
import ConcordTerminal
import Foundation

/// `concord config`: where the configuration lives and what is in force.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Show the configuration in force (defaults merged with your file).")

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Print the merged configuration as TOML (the default).")
    var print = false

    @Flag(name: .long, help: "Print the configuration file's path.")
    var path = false

    mutating func run() throws {
        if path {
            Swift.print(store.config ?? ConcordConfiguration.defaultPath())
            return
        }
        let configuration = try store.loadConfiguration()
        var keymap = try Keymap(defaults: ConsoleCommand.defaultBindings, validCommands: Set(ConsoleCommand.allCases.map(\.rawValue)))
        try keymap.applyOverrides(SupervisorCommand.consoleOverrides(configuration.keyOverrides))
        let themes = ThemeLibrary(searchDirectories: ThemeLibrary.defaultSearchDirectories())
        _ = try themes.load(named: configuration.theme)
        Swift.print(ConfigurationPrinter.toml(configuration, storePath: try store.storePath(configuration: configuration),
                                              keymap: keymap, themes: themes.availableThemeNames()), terminator: "")
    }
}
