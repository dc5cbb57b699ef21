/// A prompt followed by a ``LineEditor``'s text on one row. The text scrolls horizontally
/// in half-width steps so the caret is always visible, and the canvas cursor is placed on
/// the caret (the terminal shows it there).
public struct InputLine: Widget {
    public var prompt: StyledLine
    public var editor: LineEditor
    public var style: Style
    /// Whether to place the terminal cursor (only the focused input should).
    public var showsCursor: Bool

    public init(prompt: StyledLine, editor: LineEditor, style: Style = .plain, showsCursor: Bool = true) {
        self.prompt = prompt
        self.editor = editor
        self.style = style
        self.showsCursor = showsCursor
    }

    /// From a theme: `input.prompt` and `input`.
    public init(prompt: String, editor: LineEditor, theme: Theme, showsCursor: Bool = true) {
        self.init(prompt: StyledLine(prompt, style: theme.style("input.prompt")), editor: editor,
                  style: theme.style("input"), showsCursor: showsCursor)
    }

    /// The first visible display column of the text for a caret at `cursorColumn` in a
    /// field `available` columns wide. A pure function of the caret, so the view does not
    /// jump back and forth while the caret moves inside one page.
    public static func scrollOffset(cursorColumn: Int, available: Int) -> Int {
        guard available > 0, cursorColumn >= available else { return 0 }
        let step = max(1, available / 2)
        return ((cursorColumn - available) / step + 1) * step
    }

    public func render(into region: inout CanvasRegion) {
        let width = region.size.width
        guard width > 0, region.size.height > 0 else { return }
        let row = Rect(x: 0, y: 0, width: width, height: 1)
        region.fill(row, style: style)
        let promptLine = prompt.truncated(toWidth: max(0, width - 1))
        let textStart = region.draw(promptLine, at: .zero, clip: row)
        let available = width - textStart
        guard available > 0 else { return }
        let offset = InputLine.scrollOffset(cursorColumn: editor.cursorColumn, available: available)
        // The clusters in view, in logical order: the window scrolls over the logical text,
        // and the visible part is then put in visual order on its own.
        let characters = Array(editor.text)
        var column = 0
        var first = characters.count
        var lead = 0
        var visibleEnd = characters.count
        for (index, character) in characters.enumerated() {
            let w = DisplayWidth.of(character)
            if first == characters.count, column >= offset {
                first = index
                lead = column - offset
            }
            if first != characters.count, column + w - offset > available {
                visibleEnd = index
                break
            }
            column += w
        }
        let visible = first < visibleEnd ? String(characters[first..<visibleEnd]) : ""
        let x = textStart + lead
        var caret = textStart + editor.cursorColumn - offset
        if !visible.isEmpty {
            let span = Span(visible, style: style, field: .typed)
            region.draw(StyledLine([span]), at: Point(x: x, y: 0), clip: row)
            if region.bidiMode == .reorder {
                let field = VisualField(spans: [span][...], field: .typed)
                caret = x + field.caretColumn(beforeLogical: editor.cursor - first)
            }
        }
        if showsCursor {
            region.setCursor(Point(x: min(width - 1, max(textStart, caret)), y: 0))
        }
    }
}
