import ArgumentParser
import ConcordConsole
import ConcordStore
import ConcordTerminal
import Foundation

/// `concord supervise [--db URL] [--as LOGIN]`: the supervisor's live queue panes. Only
/// supervisors and admins may open it; anyone else gets one line, exit status 5
/// (`RoleGate.notAllowed`) and a `refused` row in the audit log, before the screen is taken over.
struct SuperviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervise",
        abstract: "Live queue panes for supervisors: teams, channels, agents, arrivals and SLA health; reassign, "
            + "reprioritise, move and broadcast (supervisors and admins; exit status 5 for anyone else).")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("as"), help: ArgumentHelp("Supervise as this agent (a supervisor or admin the store knows; default: [agent] login in the configuration).", valueName: "login"))
    var login: String?

    @OptionGroup var screen: ScreenOptions

    mutating func run() throws {
        let configuration = try store.loadConfiguration()
        let (opened, label) = try store.openStore(configuration: configuration, mustExist: true)
        let agent = try CurrentAgent.resolve(login: login, configuration: configuration, store: opened)
        let supervisor = try RoleGate.require(RoleGate.supervisors, to: "supervise", agent: agent, configuration: configuration,
                                              store: opened)
        let code = try SupervisorLauncher.run(store: opened, storeLabel: label, configuration: configuration, supervisor: supervisor,
                                              themeName: screen.theme, frozenTime: screen.frozenTime)
        if code != 0 { throw ExitCode(code) }
    }
}
