/// What a stated fact is about: two durations, amounts or dates contradict each other only when
/// they are about the same thing. A delivery in three days and a refund in five business days
/// are both true at once.
///
/// The raw values are stable: they appear in JSON output and tests.
public enum FactTopic: String, Sendable, Hashable, CaseIterable, Codable {
    case refund
    case replacement
    case delivery
    /// A call back to the customer.
    case callback
    /// A written answer from the team.
    case reply
    /// News on progress, before the outcome.
    case update
    /// What the customer paid or was billed: a price, a fee, a charge.
    case charge
    /// Nothing the words say; such facts are never compared.
    case other

    /// The topic a promise of `kind` is about.
    public init(_ kind: PromiseKind) {
        switch kind {
        case .reply: self = .reply
        case .callback: self = .callback
        case .refund: self = .refund
        case .delivery: self = .delivery
        case .replacement: self = .replacement
        case .update: self = .update
        case .other: self = .other
        }
    }

    /// Whether facts about the two can contradict each other: the same topic, or a delivery and
    /// a replacement (a replacement arrives by delivery, and agents name either).
    public func isSameSubject(as other: FactTopic) -> Bool {
        if self == other { return self != .other }
        let shipment: Set<FactTopic> = [.delivery, .replacement]
        return shipment.contains(self) && shipment.contains(other)
    }
}
