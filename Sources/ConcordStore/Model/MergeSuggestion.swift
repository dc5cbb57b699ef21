import Foundation
import ConversationEngine

/// "These two customers may be one person", with how sure and why. Only a person merges.
public struct MergeSuggestion: Sendable, Hashable, Identifiable {
    public enum State: String, Sendable, Hashable { case open, accepted, rejected }

    public var id: Int64
    public var customerA: CustomerID
    public var customerB: CustomerID
    /// 0…1: see `MergeEvidence.Score`.
    public var score: Double
    public var evidence: String
    public var state: State
    public var createdAt: Date

    public init(id: Int64, customerA: CustomerID, customerB: CustomerID, score: Double, evidence: String, state: State,
                createdAt: Date) {
        self.id = id
        self.customerA = customerA
        self.customerB = customerB
        self.score = score
        self.evidence = evidence
        self.state = state
        self.createdAt = createdAt
    }
}
