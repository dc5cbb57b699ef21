import ConversationEngine

/// New conversations per hour on one channel, oldest hour first: the supervisor's sparkline.
/// The last count is the hour up to the overview's instant.
public struct ArrivalSeries: Sendable, Hashable, Identifiable {
    public var channel: Channel
    /// One count per hour, oldest first.
    public var counts: [Int]

    public init(channel: Channel, counts: [Int]) {
        self.channel = channel
        self.counts = counts
    }

    public var id: Channel { channel }
    public var total: Int { counts.reduce(0, +) }
}
