/// A phrase or answer with its placeholders filled, and the ones that could not be.
///
/// Unfilled placeholders stay in the text as written (`{promise.due}`) so an agent who
/// inserts it anyway sees the gap; suggestion lists drop such texts.
public struct FilledText: Sendable, Hashable {
    public var text: String
    /// Names of the placeholders without a value (or unknown), in order of first use.
    public var unfilled: [String]

    public init(text: String, unfilled: [String]) {
        self.text = text
        self.unfilled = unfilled
    }

    /// Whether every placeholder was filled: only complete texts are suggested.
    public var isComplete: Bool { unfilled.isEmpty }
}
