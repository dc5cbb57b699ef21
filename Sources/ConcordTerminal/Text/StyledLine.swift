/// One line of styled text: the spans are drawn left to right. Views build these from the
/// domain model and hand them to widgets, which measure, truncate and wrap them by
/// display width.
///
/// ```swift
/// let row: StyledLine = [Span("김민준", style: theme.style("card.name")), Span("  2h", style: theme.style("dim"))]
/// ```
public struct StyledLine: Hashable, Sendable, ExpressibleByStringInterpolation, ExpressibleByArrayLiteral {
    public var spans: [Span]

    public init(_ spans: [Span] = []) {
        self.spans = spans
    }

    public init(_ text: String, style: Style = .plain) {
        self.spans = text.isEmpty ? [] : [Span(text, style: style)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(arrayLiteral elements: Span...) {
        self.init(elements)
    }

    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// Display width as drawn.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    public var isEmpty: Bool { spans.allSatisfy { $0.text.isEmpty } }

    /// Whether drawing must go through the bidi pass: some span may hold right-to-left text
    /// or starts a right-to-left field. False for English, Korean, Chinese and Russian, which
    /// the canvas then draws without asking FriBidi.
    public var needsBidi: Bool {
        spans.contains { $0.field?.direction == .rightToLeft || RightToLeftDetector.mayContainRightToLeft($0.text) }
    }

    /// The line with its first span starting `field` (nothing happens to an empty line).
    public func startingField(_ field: BidiField) -> StyledLine {
        guard !spans.isEmpty else { return self }
        var line = self
        line.spans[0].field = field
        return line
    }

    public mutating func append(_ span: Span) {
        spans.append(span)
    }

    public mutating func append(_ text: String, style: Style = .plain) {
        spans.append(Span(text, style: style))
    }

    /// This line followed by `other`.
    public static func + (lhs: StyledLine, rhs: StyledLine) -> StyledLine {
        StyledLine(lhs.spans + rhs.spans)
    }

    /// Every span's style layered under `style` (see ``Style/patched(with:)``).
    public func patchingStyles(with style: Style) -> StyledLine {
        StyledLine(spans.map { $0.restyled($0.style.patched(with: style)) })
    }

    /// The line cut to `width` columns, never inside a cluster, with the ellipsis (in the
    /// style of the span where the cut happened) marking the cut.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> StyledLine {
        // One pass when it fits (the common case).
        var remaining = max(0, width)
        var fits = true
        for span in spans {
            let cut = TextMeasure.fittingPrefix(of: span.text, width: remaining)
            guard cut.isComplete else {
                fits = false
                break
            }
            remaining -= cut.width
        }
        if fits { return self }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let useEllipsis = ellipsisWidth <= width
        var budget = useEllipsis ? width - ellipsisWidth : max(0, width)
        var result: [Span] = []
        var lastStyle = spans.first?.style ?? .plain
        // The ellipsis belongs to the field of the span it cuts, even when none of it fits.
        var unstartedField: BidiField?
        for span in spans {
            lastStyle = span.style
            let cut = TextMeasure.fittingPrefix(of: span.text, width: budget)
            if cut.end > span.text.startIndex {
                result.append(Span(String(span.text[..<cut.end]), style: span.style, field: span.field))
                unstartedField = nil
            } else if span.field != nil {
                unstartedField = span.field
            }
            guard cut.isComplete else { break }
            budget -= cut.width
        }
        if useEllipsis && !ellipsis.isEmpty { result.append(Span(ellipsis, style: lastStyle, field: unstartedField)) }
        return StyledLine(result)
    }

    /// The line padded with spaces (in `style`) to exactly `width` columns, truncating
    /// first when it is wider: fixed-width columns in tables.
    public func fitted(toWidth width: Int, style: Style = .plain, ellipsis: String = "…") -> StyledLine {
        var line = truncated(toWidth: width, ellipsis: ellipsis)
        let missing = width - line.width
        if missing > 0 { line.append(String(repeating: " ", count: missing), style: style) }
        return line
    }
}

extension StyledLine {
    /// Each span's style layered on top of `base` (the span wins), so segments inherit
    /// the bar's background.
    func patchingStylesUnder(_ base: Style) -> StyledLine {
        StyledLine(spans.map { $0.restyled(base.patched(with: $0.style)) })
    }
}
