import ArgumentParser
import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine
import Foundation

/// Starts the supervisor screen: the theme, key bindings and terminal size are checked before
/// the screen is taken over (a mistake is one readable sentence), then the store's change
/// watch keeps the panes live without a key.
enum SupervisorLauncher {
    static func run(store: any Store, storeLabel: String, configuration: ConcordConfiguration, supervisor: Agent, themeName: String?,
                    frozenTime: Date?) throws -> Int32 {
        let library = ThemeLibrary(searchDirectories: ThemeLibrary.defaultSearchDirectories())
        let theme = try library.load(named: themeName ?? configuration.theme)
        let keymap = try SupervisorCommand.keymap(overrides: configuration.keyOverrides)
        let backend = try CursesBackend()
        let requirement = TerminalSizeRequirement(minimum: SupervisorLayout.minimumSize)
        if !requirement.isSatisfied(by: backend.size) {
            let size = backend.size
            backend.shutdown()
            throw CLIError(requirement.message(for: size)
                ?? "The terminal is \(size.width)x\(size.height); the supervisor screen needs at least "
                + "\(requirement.minimum.width)x\(requirement.minimum.height).")
        }
        let presentation = Presentation(
            theme: theme.degraded(to: backend.colorSupport), borders: configuration.asciiBorders ? .ascii : .unicode,
            clock: ClockText(timeZone: .current), agentName: supervisor.name, agentLogin: supervisor.login, storeLabel: storeLabel,
            keymap: keymap, bidiMode: configuration.bidiMode)
        let state = SupervisorState(now: frozenTime ?? Date(), size: backend.size, presentation: presentation, supervisor: supervisor)
        // A burst of commits is read at most four times a second; a lone one at once.
        let app = SupervisorApplication(state: state, store: store, refreshInterval: .milliseconds(250),
                                        clock: { frozenTime ?? Date() })
        app.start()
        let loop = EventLoop(backend: backend, sizeRequirement: requirement)
        loop.sizeMessageStyle = presentation.theme.style("error")
        return try LiveScreen.run(app, changes: app.storeChanges, on: loop, store: store)
    }
}
