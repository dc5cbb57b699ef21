import Foundation

/// What a source tells us about the customer on the other end: the identities to resolve,
/// and profile facts used only when the customer is new to us.
public struct CustomerHints: Codable, Sendable, Hashable {
    /// Identities seen on this event; the first is the one the message came from (or went to).
    public var identities: [Identity]
    public var name: PersonName?
    public var language: Language?
    public var timeZone: String?
    public var customerSince: Date?
    public var loyalty: LoyaltyTier?
    public var notes: String?

    public init(identities: [Identity], name: PersonName? = nil, language: Language? = nil, timeZone: String? = nil,
                customerSince: Date? = nil, loyalty: LoyaltyTier? = nil, notes: String? = nil) {
        self.identities = identities
        self.name = name
        self.language = language
        self.timeZone = timeZone
        self.customerSince = customerSince
        self.loyalty = loyalty
        self.notes = notes
    }
}
