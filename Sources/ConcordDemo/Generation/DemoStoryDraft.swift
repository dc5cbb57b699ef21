import ConversationEngine

/// A story written but not yet placed in time: events with the gap before each, and the facts
/// (promise, assignment, status) that follow them. `DemoCustomerWriter` anchors it to the
/// reference instant and turns it into items.
struct DemoStoryDraft {
    /// A promise made in an event; its due time is computed once the event has a time.
    struct Promise {
        let kind: DemoPromiseKind
        let state: ConversationEngine.Promise.State
        let text: String
    }

    struct Event {
        /// Seconds after the previous event of the story (0 for the first).
        var gap: Int
        /// Gaps that carry meaning (a promise falling due) are never compressed.
        var fixedGap: Bool
        var event: InboundEvent
        var promise: Promise?
        /// Assign the conversation to the story's agent right after this event.
        var assign: Bool
        /// A status the conversation takes right after this event.
        var status: ConversationStatus?
    }

    var events: [Event] = []
    var agentLogin: String = ""
    /// For live stories: how long before the reference instant the last event happened.
    var tailAge: Int = 0
    /// Resolve the conversation this long after the last event (nil: leave it as ingest left it).
    var resolveAfter: Int?
    var outcome: DemoStoryOutcome = .resolved

    /// Seconds from the first event to the last.
    var span: Int { events.dropFirst().reduce(0) { $0 + $1.gap } }

    /// Squeezes ordinary gaps so the whole story fits in `limit` seconds, keeping every gap at
    /// least a second and the meaningful (fixed) gaps as they are. Long stories on a big
    /// generation stay within a week, so phone calls and SMS still join the conversation.
    mutating func compress(to limit: Int) {
        var flexible = 0
        var fixed = 0
        for event in events.dropFirst() {
            if event.fixedGap { fixed += event.gap } else { flexible += event.gap }
        }
        let budget = max(limit - fixed, limit / 4)
        guard flexible > budget, flexible > 0 else { return }
        let factor = Double(budget) / Double(flexible)
        for index in events.indices.dropFirst() where !events[index].fixedGap {
            events[index].gap = max(1, Int(Double(events[index].gap) * factor))
        }
    }
}
