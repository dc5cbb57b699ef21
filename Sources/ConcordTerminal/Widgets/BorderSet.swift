/// The characters a frame is drawn with. `.unicode` uses box-drawing characters (one column
/// in every terminal font); `.ascii` is for terminals or fonts without them.
public struct BorderSet: Hashable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String

    public init(horizontal: String, vertical: String, topLeft: String, topRight: String,
                bottomLeft: String, bottomRight: String) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    public static let unicode = BorderSet(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                          bottomLeft: "└", bottomRight: "┘")
    public static let ascii = BorderSet(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                        bottomLeft: "+", bottomRight: "+")
}
