import Foundation

/// One way of writing a time phrase in one language: a pattern and how to read its groups.
///
/// Patterns name their groups: `by` (limit words such as "within", "until", "까지"), `low` and
/// `high` (a count or a range), `unit`, `weekday`, `day`, `month`, `year`, `part` (morning,
/// afternoon), `hour`, `minute`. A rule whose words always set a limit says so with
/// `alwaysDeadline`.
///
/// `needs` lists words (lower case, folded) of which every match holds at least one: a
/// sentence with none of them cannot match, so the rule's regular expression is not run on
/// it. The scanner runs every rule of a language on every sentence with a time word; most
/// rules need a word most sentences lack ("tomorrow", a month, "week"). Debug builds run the
/// rule anyway and stop when it would have found something, so the tests keep `needs` honest.
struct TimePhraseRule: Sendable {
    let pattern: AlignedPattern
    let alwaysDeadline: Bool
    let needs: [[UInt8]]
    let build: @Sendable (AlignedMatch) -> TimeExpression?

    init(_ pattern: String, alwaysDeadline: Bool = false, needs: [String] = [],
         build: @escaping @Sendable (AlignedMatch) -> TimeExpression?) {
        self.pattern = AlignedPattern(pattern)
        self.alwaysDeadline = alwaysDeadline
        self.needs = needs.map { Array($0.utf8) }
        self.build = build
    }

    /// Whether a sentence whose lower-cased folded UTF-8 is `sentence` may match.
    func mayMatch(_ sentence: [UInt8]) -> Bool {
        needs.isEmpty || needs.contains { Self.bytes(sentence, contain: $0) }
    }

    /// Byte search: `memchr` for the first byte, `memcmp` for the rest. The standard library's
    /// generic `Collection.contains(_:)` runs unspecialised through the string-processing
    /// module's searcher, and this check runs for every rule on every sentence with a time word.
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { word in
                let base = UnsafeRawPointer(hay.baseAddress!)
                let lastStart = hay.count - word.count
                var offset = 0
                while offset <= lastStart {
                    guard let found = memchr(base + offset, Int32(first), lastStart - offset + 1) else { return false }
                    offset = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(base + offset, word.baseAddress!, word.count) == 0 { return true }
                    offset += 1
                }
                return false
            }
        }
    }
}
