/// Who a timeline event travels between.
public enum Direction: String, Codable, Sendable, CaseIterable, Hashable {
    /// From the customer to the company.
    case inbound
    /// From the company (an agent or an automatic reply) to the customer.
    case outbound
    /// Between colleagues only: notes, status changes. Never shown to the customer.
    case `internal`
}
