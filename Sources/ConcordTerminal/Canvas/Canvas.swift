/// An in-memory screen: a grid of ``Cell``s that views draw into. Nothing reaches the
/// terminal except through a backend's `present(_:)`, which sends only what changed. Tests
/// render into a canvas and compare ``plainText()`` or ``debugText()`` with golden files.
///
/// Invariants the drawing methods keep:
/// - Every string is sanitised on the way in (``TerminalSanitizer``): no view can forget,
///   and no customer text can carry an escape sequence to the terminal.
/// - A wide cluster always has its continuation cell; overwriting either half blanks the
///   other half, and a wide cluster that does not fit the remaining width is replaced by a
///   space instead of being split.
/// - Drawing is clipped to the canvas and to the optional clip rectangle.
/// - With ``bidiMode`` `.reorder` (the default) every line is drawn in visual order: a line
///   with right-to-left text is reordered by UAX #9 per ``BidiField`` (``VisualField``); a
///   line without any takes the plain left-to-right path and never reaches FriBidi.
///
/// ```swift
/// var canvas = Canvas(size: Size(width: 80, height: 24))
/// let end = canvas.draw("고객: ", at: Point(x: 0, y: 0), style: theme.style("card.label"))
/// canvas.draw("김민준", at: Point(x: end, y: 0), style: theme.style("card.value"))
/// ```
public struct Canvas: Hashable, Sendable {
    public private(set) var size: Size
    /// Where the terminal cursor should be shown (an input line's caret); nil hides it.
    public var cursor: Point?
    /// Row-major cells, `size.width * size.height` of them.
    public private(set) var cells: [Cell]
    private var baseStyle: Style
    /// Whether the canvas reorders right-to-left text or leaves it to the terminal; the
    /// application sets it from the configuration before drawing.
    public var bidiMode: BidiMode = .reorder

    /// A canvas of blank cells in `style`.
    public init(size: Size, style: Style = .plain) {
        self.size = size
        self.baseStyle = style
        self.cells = Array(repeating: .blank(style), count: size.area)
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y`. Both must be inside the canvas.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < size.width && y >= 0 && y < size.height, "cell (\(x), \(y)) outside canvas \(size)")
        return cells[y * size.width + x]
    }

    public subscript(point: Point) -> Cell {
        self[point.x, point.y]
    }

    /// Blanks every cell in the canvas' base style and hides the cursor.
    public mutating func clear() {
        let blank = Cell.blank(baseStyle)
        for i in cells.indices { cells[i] = blank }
        cursor = nil
    }

    /// Changes the size (contents are cleared). Reuses storage when the area allows.
    public mutating func resize(to newSize: Size, style: Style? = nil) {
        if let style { baseStyle = style }
        if newSize == size {
            clear()
            return
        }
        size = newSize
        cells = Array(repeating: .blank(baseStyle), count: newSize.area)
        cursor = nil
    }

    /// Fills `rect` (clipped to the canvas) with blank cells in `style`. Wide clusters cut by
    /// the rectangle's edges lose their outside half too.
    public mutating func fill(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let blank = Cell.blank(PackedStyle(style))
        for y in area.y..<area.maxY {
            let row = y * size.width
            detachWideNeighbours(row: row, from: area.x, to: area.maxX)
            for x in area.x..<area.maxX { cells[row + x] = blank }
        }
    }

    /// Sets `style` on the cells of `rect`, keeping their text: highlights and selections.
    /// - Parameter patch: when true the style is layered over each cell's own style
    ///   (``Style/patched(with:)``); when false it replaces it.
    public mutating func setStyle(_ style: Style, in rect: Rect, patch: Bool = true) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            let row = y * size.width
            for x in area.x..<area.maxX {
                cells[row + x].style = patch ? cells[row + x].style.patched(with: style) : style
            }
        }
    }

    /// Draws `text` on one row starting at `point`. Newlines, tabs and every control become
    /// visible placeholders (laying out lines is ``TextWrapper``'s job). The text is one
    /// left-to-right paragraph (a label, a title): right-to-left runs in it are reordered in
    /// place. For text with a direction of its own, draw a ``StyledLine`` with a ``BidiField``.
    /// - Parameters:
    ///   - clip: an extra rectangle to stay inside (for example a pane); the canvas bounds
    ///     always apply.
    /// - Returns: the column after the last drawn cell (where more text would continue),
    ///   never beyond the clip's right edge.
    @discardableResult
    public mutating func draw(_ text: String, at point: Point, style: Style, clip: Rect? = nil) -> Int {
        let area = clip.map { $0.intersection(bounds) } ?? bounds
        guard point.y >= area.y, point.y < area.maxY, !area.isEmpty else { return point.x }
        if point.x >= area.maxX { return area.maxX }
        let safe = TerminalSanitizer.sanitize(text)
        if bidiMode == .reorder && RightToLeftDetector.mayContainRightToLeft(safe) {
            return drawVisual([Span(safe, style: style)], x: point.x, y: point.y, area: area)
        }
        return drawSanitized(safe, x: point.x, y: point.y, style: PackedStyle(style), area: area)
    }

    /// Draws the spans of `line` one after another on one row, in visual order (see
    /// ``bidiMode`` and ``BidiField``).
    /// - Returns: the column after the last drawn cell, as for `draw(_:at:style:clip:)`; a
    ///   right-aligned field counts its whole alignment width.
    @discardableResult
    public mutating func draw(_ line: StyledLine, at point: Point, clip: Rect? = nil) -> Int {
        let area = clip.map { $0.intersection(bounds) } ?? bounds
        guard point.y >= area.y, point.y < area.maxY, !area.isEmpty else { return point.x }
        if bidiMode == .reorder && line.needsBidi {
            if point.x >= area.maxX { return area.maxX }
            return drawVisual(line.spans[...], x: point.x, y: point.y, area: area)
        }
        var x = point.x
        for span in line.spans {
            if x >= area.maxX { return area.maxX }
            x = drawSanitized(TerminalSanitizer.sanitize(span.text), x: x, y: point.y, style: PackedStyle(span.style), area: area)
        }
        return x
    }

    /// The bidi path: each field reordered on its own, placed left to right.
    private mutating func drawVisual(_ spans: ArraySlice<Span>, x startX: Int, y: Int, area: Rect) -> Int {
        let row = y * size.width
        var x = startX
        var fieldStart = spans.startIndex
        while fieldStart < spans.endIndex {
            var fieldEnd = fieldStart + 1
            while fieldEnd < spans.endIndex && spans[fieldEnd].field == nil { fieldEnd += 1 }
            let fieldSpans = spans[fieldStart..<fieldEnd]
            fieldStart = fieldEnd
            if fieldSpans.first?.field?.direction != .rightToLeft,
               !fieldSpans.contains(where: { RightToLeftDetector.mayContainRightToLeft($0.text) }) {
                // A left-to-right field without right-to-left text (a wait, a tag): as it is.
                for span in fieldSpans {
                    if x >= area.maxX { return area.maxX }
                    x = drawSanitized(TerminalSanitizer.sanitize(span.text), x: x, y: y, style: PackedStyle(span.style), area: area)
                }
                continue
            }
            let field = VisualFieldCache.shared.field(for: fieldSpans, field: fieldSpans.first?.field)
            let styles = fieldSpans.map { PackedStyle($0.style) }
            var clusterX = x + field.leadingOffset
            for cluster in field.clusters where cluster.width > 0 {
                if clusterX >= area.maxX { return area.maxX }
                if !placeCluster(cluster.glyph, width: cluster.width, x: &clusterX, row: row, style: styles[cluster.spanIndex], area: area) {
                    return area.maxX
                }
            }
            x += field.columns
            if x >= area.maxX { return area.maxX }
        }
        return x
    }

    // MARK: - cell placement

    private mutating func drawSanitized(_ text: String, x startX: Int, y: Int, style: PackedStyle, area: Rect) -> Int {
        var x = startX
        let row = y * size.width
        var isPrintableASCII = true
        for byte in text.utf8 where byte >= 0x80 {
            isPrintableASCII = false
            break
        }
        if isPrintableASCII {
            // Fast path: one cell per byte.
            for byte in text.utf8 {
                if x >= area.maxX { return area.maxX }
                if x >= area.x { place(Cell(glyph: Glyph(ascii: byte), packed: style, width: 1), row: row, x: x) }
                x += 1
            }
            return x
        }
        // Second fast path: scalars that are clusters on their own (CJK, Hangul, emoji…).
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var previousIndex = index
        var previousX = x
        while index != scalars.endIndex {
            if x >= area.maxX { return area.maxX }
            let scalar = scalars[index]
            guard let width = StandaloneScalars.width(of: scalar.value) else {
                // This scalar may join the previous one: redo from there by grapheme
                // cluster. (A cluster boundary always precedes a standalone scalar.)
                return drawClusters(text[previousIndex...], x: previousX, row: row, style: style, area: area)
            }
            previousIndex = index
            previousX = x
            if !placeCluster(Glyph(scalar: scalar), width: width, x: &x, row: row, style: style, area: area) {
                return area.maxX
            }
            scalars.formIndex(after: &index)
        }
        return min(x, area.maxX)
    }

    /// The exact path: one grapheme cluster at a time.
    private mutating func drawClusters(_ text: Substring, x startX: Int, row: Int, style: PackedStyle, area: Rect) -> Int {
        var x = startX
        for character in text {
            if x >= area.maxX { return area.maxX }
            let cluster = DrawableCluster(character)
            guard cluster.width > 0 else { continue }
            if !placeCluster(Glyph(cluster.text), width: cluster.width, x: &x, row: row, style: style, area: area) {
                return area.maxX
            }
        }
        return min(x, area.maxX)
    }

    /// Places one cluster at `x` (advancing it), clipped to `area`. Returns false when the
    /// right edge was reached and drawing must stop.
    @inline(__always)
    private mutating func placeCluster(_ glyph: Glyph, width: Int, x: inout Int, row: Int, style: PackedStyle, area: Rect) -> Bool {
        if width == 1 {
            if x >= area.x { place(Cell(glyph: glyph, packed: style, width: 1), row: row, x: x) }
            x += 1
            return true
        }
        if x + 1 < area.x {
            // Entirely left of the clip.
        } else if x + 1 == area.x {
            // Left half clipped: show the visible half as a space, never half a glyph.
            place(.blank(style), row: row, x: x + 1)
        } else if x + 1 >= area.maxX {
            // Right half would be clipped: a space instead of a split cluster.
            place(.blank(style), row: row, x: x)
            return false
        } else {
            placeWide(Cell(glyph: glyph, packed: style, width: 2), row: row, x: x)
        }
        x += 2
        return true
    }

    /// Writes a narrow cell, blanking the other half of any wide cluster it overwrites.
    private mutating func place(_ cell: Cell, row: Int, x: Int) {
        let index = row + x
        let old = cells[index]
        if old.width == 0, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].packed)
        } else if old.width == 2, x + 1 < size.width {
            cells[index + 1] = .blank(cells[index + 1].packed)
        }
        cells[index] = cell
    }

    /// Writes a wide cell at x and its continuation at x + 1 (both inside the canvas).
    private mutating func placeWide(_ cell: Cell, row: Int, x: Int) {
        let index = row + x
        if cells[index].width == 0, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].packed)
        }
        if cells[index + 1].width == 2, x + 2 < size.width {
            cells[index + 2] = .blank(cells[index + 2].packed)
        }
        cells[index] = cell
        cells[index + 1] = .continuation(cell.packed)
    }

    /// Before overwriting columns from..<to of a row: blank wide halves left outside.
    private mutating func detachWideNeighbours(row: Int, from: Int, to: Int) {
        if from > 0, from < size.width, cells[row + from].width == 0 {
            cells[row + from - 1] = .blank(cells[row + from - 1].packed)
        }
        if to > 0, to < size.width, cells[row + to].width == 0 {
            cells[row + to] = .blank(cells[row + to].packed)
        }
    }
}
