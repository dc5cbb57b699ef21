/// What a promise commits the team to, so the ledger can say "refund due Friday" or "call back
/// due 14:00" and checks compare a refund promise only with other refund promises.
///
/// The raw values are stable: they are stored with promises and used in JSON output.
public enum PromiseKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A written answer ("we'll get back to you within 24 hours").
    case reply
    /// A phone call to the customer ("we'll call you back tomorrow morning").
    case callback
    case refund
    case delivery
    case replacement
    /// News on progress ("we'll update you by Friday").
    case update
    /// A time commitment whose subject the words do not name.
    case other

    /// The kind of promise a statement about `topic` makes; a charge is not something promised.
    public init(_ topic: FactTopic) {
        switch topic {
        case .reply: self = .reply
        case .callback: self = .callback
        case .refund: self = .refund
        case .delivery: self = .delivery
        case .replacement: self = .replacement
        case .update: self = .update
        case .charge, .other: self = .other
        }
    }

    /// Whether the promise is about how soon the customer hears from the team: the ones a
    /// channel's honest reply time limits.
    public var isAboutHearingBack: Bool { self == .reply || self == .callback || self == .update }
}
