/// Whether an agent takes new conversations: routing assigns only to available agents; busy
/// agents keep what they have (in a call, writing a long answer); away agents are not at
/// their desk. Supervisors see the time each agent has spent in their status.
public enum AgentStatus: String, Codable, Sendable, CaseIterable, Hashable {
    case available, busy, away
}
