/// Grammatical gender used only to choose an honorific (先生/女士, آقای/خانم).
/// Unknown is the default, and addressing falls back to a neutral form.
public enum Gender: String, Codable, Sendable, CaseIterable, Hashable {
    case female, male, unspecified
}
