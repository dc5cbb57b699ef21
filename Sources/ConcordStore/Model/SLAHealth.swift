/// How a set of waiting customers stands against their response due times: answered in
/// time so far, due within the risk window, or already late. The supervisor's bar per queue
/// draws these three in proportion.
public struct SLAHealth: Sendable, Hashable {
    /// Due later than the risk window.
    public var onTime: Int
    /// Due within the risk window (15 minutes by default): breaching soon.
    public var atRisk: Int
    /// Past their due time: breached now.
    public var breached: Int

    public init(onTime: Int = 0, atRisk: Int = 0, breached: Int = 0) {
        self.onTime = onTime
        self.atRisk = atRisk
        self.breached = breached
    }

    /// Conversations with a response due time.
    public var total: Int { onTime + atRisk + breached }

    /// The share on time (nil when nobody waits for an answer).
    public var onTimeShare: Double? { total == 0 ? nil : Double(onTime) / Double(total) }

    public static func + (lhs: SLAHealth, rhs: SLAHealth) -> SLAHealth {
        SLAHealth(onTime: lhs.onTime + rhs.onTime, atRisk: lhs.atRisk + rhs.atRisk, breached: lhs.breached + rhs.breached)
    }
}
