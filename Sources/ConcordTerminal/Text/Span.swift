/// A run of text in one style: the unit of styled text (“3 min” in red inside a queue row).
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Display width as drawn (see ``DisplayWidth``).
    public var width: Int { DisplayWidth.of(text) }
}
