/// A run of text in one style: the unit of styled text (“3 min” in red inside a queue row).
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// Set when this span starts a new bidi paragraph in its line (a column's field, a
    /// wrapped right-to-left paragraph); nil continues the field before it. See ``BidiField``.
    public var field: BidiField?

    public init(_ text: String, style: Style = .plain, field: BidiField? = nil) {
        self.text = text
        self.style = style
        self.field = field
    }

    /// Display width as drawn (see ``DisplayWidth``).
    public var width: Int { DisplayWidth.of(text) }

    /// The same span in another style, still starting its field.
    func restyled(_ style: Style) -> Span {
        Span(text, style: style, field: field)
    }
}
