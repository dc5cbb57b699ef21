/// How much a customer's history with the company is worth recognising (DOMAIN principle 9).
public enum LoyaltyTier: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case none, bronze, silver, gold, platinum

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
