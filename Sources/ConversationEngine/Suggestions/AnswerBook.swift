/// The approved answers and the shared fragments they are built from.
///
/// Fragments keep facts in one place: "refunds appear within 5–10 business days" is written
/// once per language and every answer that states it says exactly the same, so a change of
/// policy is one edit and agents never contradict each other.
public struct AnswerBook: Sendable {
    /// Answers sorted by id.
    public let answers: [Answer]
    public let fragments: [String: AnswerFragment]
    private let byID: [String: Answer]

    /// A later answer or fragment with the same id or name replaces an earlier one.
    public init(answers: [Answer], fragments: [AnswerFragment] = []) {
        let unique = Dictionary(answers.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        byID = unique
        self.answers = unique.values.sorted { $0.id < $1.id }
        self.fragments = Dictionary(fragments.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
    }

    public static let empty = AnswerBook(answers: [])

    public func answer(id: String) -> Answer? { byID[id] }

    /// This book with `other` laid over it: an answer of `other` replaces one with the same id
    /// only when its version is higher; a fragment of `other` replaces the languages it has.
    public func merging(_ other: AnswerBook) -> AnswerBook {
        var merged = byID
        for answer in other.answers {
            if let existing = merged[answer.id], existing.version >= answer.version { continue }
            merged[answer.id] = answer
        }
        var fragments = self.fragments
        for (name, fragment) in other.fragments {
            fragments[name] = fragments[name].map { $0.overlaid(with: fragment) } ?? fragment
        }
        return AnswerBook(answers: Array(merged.values), fragments: Array(fragments.values))
    }

    /// The answer's text in `language` with every fragment written out (other placeholders
    /// left for `PlaceholderFiller`), or nil when the answer has no such language.
    public func expandedText(of answer: Answer, in language: Language) throws(AnswerBookProblem) -> String? {
        guard let variant = answer.variant(in: language) else { return nil }
        return try expand(variant.text, language: language, referrer: answer.id, path: [])
    }

    /// Every missing fragment and every cycle, each reported once, in a stable order: what a
    /// loader checks before the book is used.
    public func problems() -> [AnswerBookProblem] {
        var found: [AnswerBookProblem] = []
        func note(_ problem: AnswerBookProblem) {
            if !found.contains(problem) { found.append(problem) }
        }
        for answer in answers {
            for language in answer.languages {
                do { _ = try expandedText(of: answer, in: language) } catch { note(error) }
            }
        }
        for name in fragments.keys.sorted() {
            guard let fragment = fragments[name] else { continue }
            for language in Language.allCases {
                guard let text = fragment.text(in: language) else { continue }
                do { _ = try expand(text, language: language, referrer: "fragment.\(name)", path: [name]) } catch { note(error) }
            }
        }
        return found
    }

    private func expand(_ text: String, language: Language, referrer: String, path: [String]) throws(AnswerBookProblem) -> String {
        let occurrences = Placeholder.occurrences(in: text)
        guard occurrences.contains(where: { $0.name.hasPrefix(Placeholder.fragmentPrefix) }) else { return text }
        var result = ""
        var cursor = text.startIndex
        for occurrence in occurrences {
            guard case .fragment(let name)? = Placeholder(name: occurrence.name) else { continue }
            result += text[cursor..<occurrence.range.lowerBound]
            cursor = occurrence.range.upperBound
            if let start = path.firstIndex(of: name) {
                throw .fragmentCycle(canonicalCycle(Array(path[start...]) + [name]))
            }
            guard let inner = fragments[name]?.text(in: language) else {
                throw .missingFragment(name: name, language: language, referrer: referrer)
            }
            result += try expand(inner, language: language, referrer: "fragment.\(name)", path: path + [name])
        }
        result += text[cursor...]
        return result
    }

    /// A cycle starting from its smallest name, so a -> b -> a and b -> a -> b are one problem.
    private func canonicalCycle(_ cycle: [String]) -> [String] {
        let ring = Array(cycle.dropLast())
        guard let smallest = ring.min(), let start = ring.firstIndex(of: smallest) else { return cycle }
        let rotated = Array(ring[start...] + ring[..<start])
        return rotated + [smallest]
    }
}
