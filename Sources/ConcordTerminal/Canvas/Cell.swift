/// One terminal cell: a grapheme cluster and its style. A wide cluster (CJK, most emoji)
/// lives in its first cell with `width == 2`; the cell to its right is a *continuation*
/// (`width == 0`, empty text) that the backend never writes, because the terminal fills it.
///
/// Cells are plain values without reference-counted parts (see ``Glyph``), so a whole
/// canvas copies, clears and diffs at memory speed.
public struct Cell: Hashable, Sendable {
    var glyph: Glyph
    var packed: PackedStyle
    /// 1 (narrow), 2 (first cell of a wide cluster) or 0 (continuation of a wide cluster).
    public internal(set) var width: UInt8

    public init(text: String, style: Style = .plain, width: UInt8 = 1) {
        self.glyph = Glyph(text)
        self.packed = PackedStyle(style)
        self.width = width
    }

    init(glyph: Glyph, packed: PackedStyle, width: UInt8) {
        self.glyph = glyph
        self.packed = packed
        self.width = width
    }

    /// How the cell looks.
    public internal(set) var style: Style {
        get { packed.style }
        set { packed = PackedStyle(newValue) }
    }

    /// The cluster drawn here: " " for a blank cell, "" for a continuation cell.
    public var text: String { glyph.string }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(glyph: .space, packed: PackedStyle(style), width: 1)
    }

    static func blank(_ packed: PackedStyle) -> Cell {
        Cell(glyph: .space, packed: packed, width: 1)
    }

    /// The hidden right half of a wide cluster.
    static func continuation(_ packed: PackedStyle) -> Cell {
        Cell(glyph: .empty, packed: packed, width: 0)
    }

    public var isContinuation: Bool { width == 0 }
    public var isWide: Bool { width == 2 }
}
