/// Every problem found while loading phrasebooks and answer books, so one run shows an
/// admin all the mistakes in their files rather than one per attempt.
public struct KnowledgeLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var errors: [KnowledgeError]

    public init(errors: [KnowledgeError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
