import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord route`: gives every waiting, unassigned conversation to an available agent who
/// reads its language, now. Ingest does the same for each new message when `[routing]` is on;
/// this catches up on what waited while nobody was available (run it from cron, or after
/// agents come back).
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route", abstract: "Assign waiting, unassigned conversations to available agents who read their language.")

    @OptionGroup var store: StoreOptions
    @Option(help: "least-load or round-robin (default: [routing] strategy, else least-load).") var strategy: String?
    @Flag(help: "When nobody available reads the language, give it to anyone available.") var anyLanguage = false
    @Flag(help: "One JSON object per conversation.") var json = false
    @Option(name: .customLong("as"), help: ArgumentHelp("Act as this agent (default: [agent] login in the configuration).", valueName: "login"))
    var actingAs: String?

    mutating func run() throws {
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let actor = try CurrentAgent.resolve(login: actingAs, configuration: configuration, store: opened)
        try RoleGate.require(RoleGate.supervisors, to: "routing", agent: actor, configuration: configuration, store: opened)
        var router = configuration.routing ?? ConversationRouter()
        if let strategy {
            guard let parsed = RoutingStrategy(rawValue: strategy) else {
                throw ValidationError("--strategy takes least-load or round-robin, not '\(strategy)'.")
            }
            router.strategy = parsed
        }
        if anyLanguage { router.fallsBackToAnyLanguage = true }
        let logins = Dictionary(uniqueKeysWithValues: try opened.agents().map { ($0.id, $0.login) })
        let decisions = try opened.routeWaiting(with: router, at: Date())
        var assigned = 0
        for (conversation, decision) in decisions {
            switch decision {
            case .assign(let agent):
                assigned += 1
                if json {
                    try JSONLines.print(["conversation": conversation.rawValue, "assigned": logins[agent] ?? "\(agent)"])
                } else {
                    print("#\(conversation) -> \(logins[agent] ?? "agent \(agent)")")
                }
            case .hold(let reason):
                if json {
                    try JSONLines.print(["conversation": conversation.rawValue, "held": reason])
                } else {
                    print("#\(conversation) waits: \(reason)")
                }
            }
        }
        if !json { print("\(assigned) of \(decisions.count) waiting conversations assigned (\(router.strategy.rawValue)).") }
    }
}
