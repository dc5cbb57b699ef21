import ConversationEngine

/// What a parser made of one source item: the timeline events (an item may hold several,
/// e.g. a webhook batch, or none, e.g. a delivery receipt), and what it had to repair.
public struct ParsedSource: Sendable, Hashable {
    public var events: [InboundEvent]
    /// Human-readable notes on what was broken and how it was repaired ("invalid UTF-8 in the
    /// subject replaced", "unknown charset x-foo read as windows-1252").
    public var warnings: [String]

    public init(events: [InboundEvent], warnings: [String] = []) {
        self.events = events
        self.warnings = warnings
    }
}
