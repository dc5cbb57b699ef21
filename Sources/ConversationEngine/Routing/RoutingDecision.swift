/// What routing made of one waiting conversation.
public enum RoutingDecision: Sendable, Hashable {
    case assign(AgentID)
    /// Nobody could take it now; the reason says what would change that (it stays in the
    /// queue, unassigned, and is routed when an agent becomes available).
    case hold(reason: String)
}
