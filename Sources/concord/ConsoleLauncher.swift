import ArgumentParser
import ConcordConsole
import ConcordKnowledge
import ConcordStore
import ConcordTerminal
import ConversationEngine
import Foundation
import Synchronization

/// Starts the console: everything that can fail for a reason the user can fix (theme,
/// key bindings, store, terminal) is checked before the screen is taken over, so an error is
/// one readable sentence on a normal terminal, never a half-drawn screen.
enum ConsoleLauncher {
    /// - Parameter frozenTime: a fixed "now" for reproducible demo screens; nil follows the real clock.
    static func run(store: any Store, storeLabel: String, configuration: ConcordConfiguration, themeName: String?,
                    frozenTime: Date? = nil) throws -> Int32 {
        let library = ThemeLibrary(searchDirectories: ThemeLibrary.defaultSearchDirectories())
        let theme = try library.load(named: themeName ?? configuration.theme)
        var keymap = try Keymap(defaults: ConsoleCommand.defaultBindings,
                                validCommands: Set(ConsoleCommand.allCases.map(\.rawValue)))
        try keymap.applyOverrides(SupervisorCommand.consoleOverrides(configuration.keyOverrides))
        do {
            try CommandLineBindings.check(keymap)
        } catch {
            throw CLIError(error.description)
        }
        // Phrasebooks and answers load on their own thread while the first screen is drawn; a mistake in the
        // team's files turns suggestions off with a sentence in the status bar, and its notices are printed on exit.
        let notices = Mutex<[String]>([])
        let suggester = BackgroundSuggester {
            let knowledge = try KnowledgeLoader().load()
            notices.withLock { $0 = knowledge.notices.map(\.description) }
            return ReplySuggester(phrasebook: knowledge.phrasebook, answerBook: knowledge.answerBook)
        }
        defer {
            for notice in notices.withLock({ $0 }) { FileHandle.standardError.write(Data("concord: \(notice)\n".utf8)) }
        }

        let backend = try CursesBackend()
        let requirement = TerminalSizeRequirement(minimum: ConsoleLayout.minimumSize)
        if !requirement.isSatisfied(by: backend.size) {
            let size = backend.size
            backend.shutdown()
            throw CLIError(requirement.message(for: size)
                ?? "The terminal is \(size.width)x\(size.height); Concord needs at least \(requirement.minimum.width)x\(requirement.minimum.height).")
        }
        let presentation = Presentation(
            theme: theme.degraded(to: backend.colorSupport),
            borders: configuration.asciiBorders ? .ascii : .unicode,
            clock: ClockText(timeZone: .current), agentName: configuration.agentName, agentLogin: configuration.agentLogin,
            storeLabel: storeLabel, keymap: keymap, bidiMode: configuration.bidiMode)
        var state = ConsoleState(now: frozenTime ?? Date(), size: backend.size, queueOrdering: configuration.queueOrder,
                                 presentation: presentation, policies: configuration.slaPolicies)
        state.savedViews = SavedView.merged(configuration.views)
        if let initial = configuration.initialView, let view = state.savedViews.first(where: { $0.name == initial }) {
            state.viewName = view.name
            state.queueFilter = view.filter
            if let ordering = view.ordering { state.queue.ordering = ordering }
        }
        let colorSupport = backend.colorSupport
        let themes = ThemeProvider(names: library.availableThemeNames()) { name in
            try library.load(named: name).degraded(to: colorSupport)
        }
        let app = ConsoleApplication(state: state, store: store, loadingSuggester: suggester, defersSlowWork: true,
                                     liveRefreshInterval: ConsoleApplication.liveRefreshInterval, themes: themes,
                                     terminal: backend,
                                     clock: { frozenTime ?? Date() })
        app.start()
        let loop = EventLoop(backend: backend, sizeRequirement: requirement)
        loop.sizeMessageStyle = presentation.theme.style("error")
        return try LiveScreen.run(app, changes: app.storeChanges, on: loop, store: store)
    }
}
