/// The search entries of one write transaction, collected by the writer and indexed after
/// the commit. Used by one thread at a time (the writer's), then handed over.
final class SearchEntries: @unchecked Sendable {
    private(set) var entries: [SearchEntry] = []

    var count: Int { entries.count }

    func append(_ entry: SearchEntry) { entries.append(entry) }

    /// Forgets the entries after `count` (a savepoint was rolled back).
    func truncate(to count: Int) { entries.removeSubrange(count...) }
}
