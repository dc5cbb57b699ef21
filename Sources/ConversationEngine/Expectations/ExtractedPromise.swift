import Foundation

/// A commitment with a time found in a reply: what goes into the promise ledger when the reply
/// is sent, so the team is reminded before it falls due rather than told after it broke.
public struct ExtractedPromise: Sendable, Hashable, Codable {
    /// The sentence that made the promise, as written (whitespace collapsed): shown on the
    /// ledger so the agent sees the customer's view of it.
    public var text: String
    /// When it falls due (see `PromiseExtractor` for how each kind of phrase is pinned).
    public var dueAt: Date
    public var kind: PromiseKind
    /// The time words as written ("within 24 hours", "3~5영업일 이내", "до пятницы").
    public var expression: String

    public init(text: String, dueAt: Date, kind: PromiseKind, expression: String) {
        self.text = text
        self.dueAt = dueAt
        self.kind = kind
        self.expression = expression
    }
}
