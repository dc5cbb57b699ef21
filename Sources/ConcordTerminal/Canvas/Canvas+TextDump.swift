extension Canvas {
    /// The screen as text for golden tests: rows joined by "\n", trailing spaces trimmed,
    /// continuation cells omitted so CJK reads naturally ("한국어", not "한 국 어").
    public func plainText() -> String {
        (0..<size.height).map { row(at: $0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    /// The text of row `y` without trimming (continuation cells omitted).
    public func row(at y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var line = ""
        let start = y * size.width
        for cell in cells[start..<start + size.width] where cell.width != 0 {
            line += cell.text
        }
        return line
    }

    /// The screen with the hidden cells made explicit, in the spirit of ratatui's buffer
    /// dump: each row is quoted (trailing spaces kept, so the width is checkable) and, when
    /// the row holds wide clusters, followed by the columns their hidden halves occupy. A
    /// wide character that was split, or a half that was not blanked, shows up here.
    ///
    /// ```
    /// "한국어 ok  "  // hidden: 1 3 5
    /// ```
    public func debugText() -> String {
        var lines: [String] = []
        for y in 0..<size.height {
            let start = y * size.width
            var hidden: [Int] = []
            for x in 0..<size.width where cells[start + x].width == 0 { hidden.append(x) }
            var line = "\"" + row(at: y) + "\""
            if !hidden.isEmpty { line += "  // hidden: " + hidden.map(String.init).joined(separator: " ") }
            lines.append(line)
        }
        if let cursor { lines.append("cursor: \(cursor.x),\(cursor.y)") }
        return lines.joined(separator: "\n")
    }
}
