import Foundation

/// Chooses the agent for a waiting conversation: pure, so the same choice is made by every
/// store and can be tested without one.
///
/// Only available agents of the conversation's team with a free slot are considered, and of
/// those only the ones who read the customer's language: a Persian message goes to an agent
/// who reads Persian. When nobody on the team reads it, the conversation is held rather
/// than given to someone who cannot answer it, unless `fallsBackToAnyLanguage` is set.
/// Agents who list no languages read none; an empty list is not "everything".
public struct ConversationRouter: Sendable, Hashable {
    public var strategy: RoutingStrategy
    /// Give the conversation to an available agent of the team even if nobody reads its language.
    public var fallsBackToAnyLanguage: Bool

    public init(strategy: RoutingStrategy = .leastLoad, fallsBackToAnyLanguage: Bool = false) {
        self.strategy = strategy
        self.fallsBackToAnyLanguage = fallsBackToAnyLanguage
    }

    /// - Parameters:
    ///   - language: the language the customer wrote in.
    ///   - team: the conversation's queue; agents of other teams are not considered.
    public func route(language: Language, team: String, among workloads: [AgentWorkload]) -> RoutingDecision {
        let onTeam = workloads.filter { $0.agent.team == team }
        let open = onTeam.filter { $0.status == .available && $0.freeSlots > 0 }
        let readers = open.filter { $0.agent.languages.contains(language) }
        if let chosen = best(of: readers) { return .assign(chosen.agent.id) }
        if fallsBackToAnyLanguage, let chosen = best(of: open) { return .assign(chosen.agent.id) }
        return .hold(reason: holdReason(language: language, team: team, onTeam: onTeam))
    }

    private func best(of candidates: [AgentWorkload]) -> AgentWorkload? {
        switch strategy {
        case .roundRobin:
            candidates.min { Self.turnPrecedes($0, $1) }
        case .leastLoad:
            candidates.min { a, b in
                // Compare load/capacity without division: a.load * b.capacity vs b.load * a.capacity.
                let left = a.load * b.capacity, right = b.load * a.capacity
                return left != right ? left < right : Self.turnPrecedes(a, b)
            }
        }
    }

    /// Round robin's order: never routed first, then routed longest ago (the lowest turn), then by id.
    private static func turnPrecedes(_ a: AgentWorkload, _ b: AgentWorkload) -> Bool {
        a.routingTurn != b.routingTurn ? a.routingTurn < b.routingTurn : a.agent.id.rawValue < b.agent.id.rawValue
    }

    private func holdReason(language: Language, team: String, onTeam: [AgentWorkload]) -> String {
        let name = language.englishName
        if onTeam.isEmpty { return "no agent is on team \(team)" }
        let readers = onTeam.filter { $0.agent.languages.contains(language) }
        if readers.isEmpty { return "nobody on team \(team) reads \(name)" }
        let available = readers.filter { $0.status == .available }
        if available.isEmpty { return "no \(name)-reading agent of team \(team) is available" }
        return "every available \(name)-reading agent of team \(team) is at capacity"
    }
}
