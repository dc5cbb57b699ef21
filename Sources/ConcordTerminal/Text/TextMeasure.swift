/// Measuring and cutting plain strings by display width. Everything here counts terminal
/// columns per grapheme cluster, never `String.count`, and never cuts inside a cluster.
public enum TextMeasure {
    /// Display width as drawn by the canvas.
    public static func width(of text: some StringProtocol) -> Int {
        DisplayWidth.of(text)
    }

    /// `text` cut to at most `width` columns. When anything is cut, the ellipsis marks the
    /// cut (it counts towards the width). Nothing is padded; a wide cluster that would
    /// straddle the limit is dropped whole, so the result may be one column short.
    ///
    /// ```swift
    /// TextMeasure.truncated("환불 요청드립니다", toWidth: 8) // "환불 요…"
    /// ```
    public static func truncated(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if fittingPrefix(of: text, width: width).isComplete { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let useEllipsis = ellipsisWidth <= width
        let cut = fittingPrefix(of: text, width: useEllipsis ? width - ellipsisWidth : width)
        let kept = String(text[..<cut.end])
        return useEllipsis ? kept + ellipsis : kept
    }

    /// `text` padded with trailing spaces to `width` columns (truncated first if wider).
    public static func padded(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        let cut = truncated(text, toWidth: width, ellipsis: ellipsis)
        let missing = width - DisplayWidth.of(cut)
        return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
    }

    /// The prefix of `text` that fits in `width` columns, and its width: for callers that
    /// lay text out themselves.
    public static func prefix(of text: String, fittingWidth width: Int) -> (prefix: Substring, width: Int) {
        let cut = fittingPrefix(of: text, width: width)
        return (text[..<cut.end], cut.width)
    }

    /// Where to cut `text` so it fits `width` columns (at a cluster boundary), the width of
    /// that prefix, and whether the whole text fits. Printable ASCII and text of standalone
    /// scalars (see ``StandaloneScalars``) avoid grapheme segmentation.
    static func fittingPrefix(of text: String, width limit: Int) -> (end: String.Index, width: Int, isComplete: Bool) {
        let limit = max(0, limit)
        var isPrintableASCII = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            isPrintableASCII = false
            break
        }
        if isPrintableASCII {
            let count = text.utf8.count
            if count <= limit { return (text.endIndex, count, true) }
            return (text.utf8.index(text.startIndex, offsetBy: limit), limit, false)
        }
        let scalars = text.unicodeScalars
        var used = 0
        var index = scalars.startIndex
        while index != scalars.endIndex {
            guard let width = StandaloneScalars.width(of: scalars[index].value) else {
                return fittingPrefixByCluster(of: text, width: limit)
            }
            if used + width > limit { return (index, used, false) }
            used += width
            scalars.formIndex(after: &index)
        }
        return (text.endIndex, used, true)
    }

    private static func fittingPrefixByCluster(of text: String, width limit: Int) -> (end: String.Index, width: Int, isComplete: Bool) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let width = DisplayWidth.of(text[index])
            if used + width > limit { return (index, used, false) }
            used += width
            index = text.index(after: index)
        }
        return (text.endIndex, used, true)
    }
}
