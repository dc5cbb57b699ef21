/// Something in an answer book that would make an answer unusable: a fragment that is
/// missing (or missing in one language) or fragments that include each other in a cycle.
/// Loaders report these with the file that holds the reference.
public enum AnswerBookProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// `referrer` (an answer id, or `fragment.NAME`) uses `{fragment.NAME}` in `language`, and
    /// no such fragment has text in that language.
    case missingFragment(name: String, language: Language, referrer: String)
    /// Fragments that include each other, in order: ["a", "b", "a"].
    case fragmentCycle([String])

    public var description: String {
        switch self {
        case .missingFragment(let name, let language, let referrer):
            "\(referrer) uses {fragment.\(name)} in \(language.rawValue), but no fragment \"\(name)\" has \(language.rawValue) text"
        case .fragmentCycle(let names):
            "fragments include each other in a cycle: \(names.joined(separator: " -> "))"
        }
    }
}
