/// One thing a search query requires of a message (see `SearchTextNormalizer.queryTerms`).
public enum SearchTerm: Sendable, Hashable {
    /// A word of the index that starts with this text.
    case prefix(String)
    /// These index bigrams, one after another (a run of Chinese or Japanese characters).
    case phrase([String])
}
