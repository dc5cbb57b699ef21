import Foundation

/// A person the company serves. Identities (addresses, numbers, handles) point at a customer;
/// conversations and the timeline hang off it.
public struct Customer: Codable, Sendable, Hashable, Identifiable {
    public var id: CustomerID
    public var name: PersonName
    public var language: Language
    /// An IANA time zone identifier ("Asia/Seoul"), so the card shows the customer's local time.
    public var timeZone: String?
    /// When the customer relationship began; drives tenure and loyalty recognition.
    public var customerSince: Date?
    public var loyalty: LoyaltyTier
    public var notes: String
    public var createdAt: Date

    public init(id: CustomerID, name: PersonName, language: Language, timeZone: String? = nil,
                customerSince: Date? = nil, loyalty: LoyaltyTier = .none, notes: String = "",
                createdAt: Date) {
        self.id = id
        self.name = name
        self.language = language
        self.timeZone = timeZone
        self.customerSince = customerSince
        self.loyalty = loyalty
        self.notes = notes
        self.createdAt = createdAt
    }

    /// Whole years since `customerSince`, or nil when the start is unknown.
    public func tenureYears(at now: Date) -> Int? {
        guard let since = customerSince else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return max(0, calendar.dateComponents([.year], from: since, to: now).year ?? 0)
    }
}
