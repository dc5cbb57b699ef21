/// The job a phrase does in a reply, in the order a kind reply uses them: acknowledge the
/// feeling, apologise, say what happens and when, thank a loyal customer, follow up later.
public enum PhraseKind: String, Sendable, Hashable, CaseIterable, Codable {
    case empathy
    case apology
    case expectation
    case loyalty
    case followUp = "follow_up"
}
