/// A mouse action (only delivered when the backend was asked to enable the mouse, which
/// takes over the terminal's own text selection).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var position: Point

    public init(kind: Kind, position: Point) {
        self.kind = kind
        self.position = position
    }
}
