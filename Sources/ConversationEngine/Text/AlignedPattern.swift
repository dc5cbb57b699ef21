import Foundation

/// A compiled regular expression over `AlignedText`, with named groups read back as folded
/// strings.
///
/// The patterns are constants of the engine, not input: one that fails to compile is a
/// programming error caught by the first test that uses it, so it stops loudly instead of
/// silently matching nothing.
struct AlignedPattern: Sendable {
    let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = true) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            preconditionFailure("Invalid pattern \(pattern): \(error)")
        }
    }

    /// Every non-overlapping match in `range` (the whole text by default).
    func matches(in text: AlignedText, range: NSRange? = nil) -> [AlignedMatch] {
        regex.matches(in: text.folded, range: range ?? text.fullRange).map { AlignedMatch(result: $0, text: text) }
    }

    /// Whether the pattern occurs anywhere in `range`.
    func occurs(in text: AlignedText, range: NSRange? = nil) -> Bool {
        regex.firstMatch(in: text.folded, range: range ?? text.fullRange) != nil
    }

    /// An alternation of literal words, longest first so "twenty-four" wins over "twenty".
    static func alternation(_ words: some Sequence<String>) -> String {
        words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s*") }
            .joined(separator: "|")
    }
}
