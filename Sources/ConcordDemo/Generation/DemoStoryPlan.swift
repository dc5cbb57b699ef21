/// One story to write for a customer.
struct DemoStoryPlan: Sendable {
    var kind: DemoStoryKind
    var outcome: DemoStoryOutcome
    var topic: DemoTopic
    /// Exactly how many events the story has.
    var size: Int
}
