import Foundation

/// One way of writing a time phrase in one language: a pattern and how to read its groups.
///
/// Patterns name their groups: `by` (limit words such as "within", "until", "까지"), `low` and
/// `high` (a count or a range), `unit`, `weekday`, `day`, `month`, `year`, `part` (morning,
/// afternoon), `hour`, `minute`. A rule whose words always set a limit says so with
/// `alwaysDeadline`.
struct TimePhraseRule: Sendable {
    let pattern: AlignedPattern
    let alwaysDeadline: Bool
    let build: @Sendable (AlignedMatch) -> TimeExpression?

    init(_ pattern: String, alwaysDeadline: Bool = false, build: @escaping @Sendable (AlignedMatch) -> TimeExpression?) {
        self.pattern = AlignedPattern(pattern)
        self.alwaysDeadline = alwaysDeadline
        self.build = build
    }
}
