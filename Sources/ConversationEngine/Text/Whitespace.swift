/// Whitespace handling for one-line texts (subjects, names) that runs on every ingested
/// message: ASCII is decided by a comparison, only other scalars ask Unicode properties.
public enum Whitespace {
    @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// `text` with every run of whitespace (newlines included) made one space, and none at
    /// either end.
    public static func collapsed(_ text: some StringProtocol) -> String {
        // Most subjects and names are already one line with single spaces.
        if isCollapsed(text) { return String(text) }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `collapsed(text)` is `text` itself: no whitespace at either end and none but
    /// single spaces between words.
    private static func isCollapsed(_ text: some StringProtocol) -> Bool {
        var afterSpace = true
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                if afterSpace || scalar != " " { return false }
                afterSpace = true
            } else {
                afterSpace = false
            }
        }
        return !afterSpace || text.isEmpty
    }

    /// `text` without whitespace at either end.
    public static func trimmed(_ text: some StringProtocol) -> Substring {
        let string = Substring(text)
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) }) ?? first
        return Substring(scalars[first...last])
    }
}
