/// A situation found in a message or its context, with how sure the detector is and what it
/// saw, so the agent can judge the suggestion rather than trust it blindly.
public struct DetectedSituation: Sendable, Hashable, Codable {
    public var id: SituationID
    /// 0 to 1.
    public var confidence: Double
    /// The words or facts that triggered it ("환불", "third time", "waiting 3d 4h, target 1h").
    public var evidence: [String]

    public init(id: SituationID, confidence: Double, evidence: [String]) {
        self.id = id
        self.confidence = min(1, max(0, confidence))
        self.evidence = evidence
    }
}
