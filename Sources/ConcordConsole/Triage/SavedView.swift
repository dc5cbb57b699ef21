import ConcordStore

/// A named queue view (`[views.NAME]` in the config, or one of the built-in ones): a filter
/// and, optionally, an order. `:view NAME` switches to it and `v` steps through them.
public struct SavedView: Sendable, Hashable {
    public var name: String
    public var filter: QueueFilter
    /// nil keeps the order the agent has chosen.
    public var ordering: QueueQuery.Ordering?

    public init(name: String, filter: QueueFilter, ordering: QueueQuery.Ordering? = nil) {
        self.name = name
        self.filter = filter
        self.ordering = ordering
    }

    /// Everything active, mine, and nobody's: the views every team needs.
    public static let builtIn: [SavedView] = [
        SavedView(name: "all", filter: .none),
        SavedView(name: "mine", filter: QueueFilter(assignment: .mine)),
        SavedView(name: "unassigned", filter: QueueFilter(assignment: .unassigned)),
    ]

    /// The built-in views with the configured ones after them (a configured view of the same
    /// name replaces the built-in one).
    public static func merged(_ configured: [SavedView]) -> [SavedView] {
        let names = Set(configured.map(\.name))
        return builtIn.filter { !names.contains($0.name) } + configured
    }
}
