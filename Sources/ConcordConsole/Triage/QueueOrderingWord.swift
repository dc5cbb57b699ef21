import ConcordStore

/// The queue orders by name, for `:order` and its completion.
enum QueueOrderingWord {
    static var all: [String] { QueueQuery.Ordering.allCases.map(\.rawValue) }
}
