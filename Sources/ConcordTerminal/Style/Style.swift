/// How a cell looks: colours plus attributes. Values are cheap to copy and compare, which
/// the screen diff relies on.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The plain style: terminal default colours, no attributes.
    public static let plain = Style()

    /// Layers `other` on top of this style: its non-default colours win and its attributes
    /// are added. Used to put a selection highlight over a row's own colours.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background,
            attributes: attributes.union(other.attributes)
        )
    }

    /// This style with extra attributes.
    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }
}
