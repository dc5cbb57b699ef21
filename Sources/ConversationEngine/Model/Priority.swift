/// How urgent a conversation is; higher sorts first in the queue.
public enum Priority: Int, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case low = 0, normal = 1, high = 2, urgent = 3

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The priority a person wrote by its label, in any case ("High"); nil for other words.
    public init?(label: String) {
        let lowered = label.lowercased()
        guard let priority = Self.allCases.first(where: { $0.label == lowered }) else { return nil }
        self = priority
    }

    public var label: String {
        switch self {
        case .low: "low"
        case .normal: "normal"
        case .high: "high"
        case .urgent: "urgent"
        }
    }
}
