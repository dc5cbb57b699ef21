import Testing
@testable import ConcordTerminal

/// Mixed right-to-left lines never lose a cluster, never overflow their clip and never touch a
/// pane border, at any width: checked over many generated lines.
@Suite("Bidi layout properties")
struct BidiLayoutPropertyTests {
    /// Pieces a customer's message is made of: Persian words, Persian and Western digits,
    /// Latin words, Korean, Chinese, emoji, brackets, marks and ZWNJ, punctuation.
    static let pieces = ["سلام", "سفارش", "می‌آید", "لطفاً", "۴۴۲۱", "121,000", "DHL", "order", "환불", "退款",
                         "👍🏽", "🇮🇷", "(", ")", "[۱۲]", "«پاسخ»", "؟", "!", ".", "e\u{0301}", "-", "10:30", "#5", " ", " ", " "]

    /// A deterministic line from a seed (a linear congruential generator: the same every run).
    static func line(seed: Int) -> String {
        var state = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
        var text = ""
        for _ in 0..<(4 + seed % 12) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            text += pieces[Int(state >> 33) % pieces.count]
        }
        return text
    }

    /// Brackets may be mirrored; everything else must come out as it went in.
    static func normalised(_ clusters: [String]) -> [String] {
        clusters.map { ["(": ")", "[": "]", "«": "»"][$0] ?? $0 }.sorted()
    }

    @Test(arguments: 0..<200)
    func everyClusterIsDrawnOnceInsideItsPane(seed: Int) {
        let text = Self.line(seed: seed)
        for field in [nil, BidiField.firstStrong, BidiField(direction: .rightToLeft, alignmentWidth: 30)] {
            var canvas = Canvas(size: Size(width: 34, height: 3))
            canvas.render(Frame(title: "پنل"), in: canvas.bounds)
            let inner = Rect(x: 1, y: 1, width: 32, height: 1)
            let line = StyledLine([Span(text, field: field)]).truncated(toWidth: inner.width)
            canvas.draw(line, at: Point(x: 1, y: 1), clip: inner)
            #expect(canvas[0, 1].text == "│" && canvas[33, 1].text == "│", "\(text)")
            #expect(DisplayWidth.of(canvas.row(at: 1)) == 34, "\(text)")
            let drawn = (1...32).map { canvas[$0, 1] }.filter { !$0.isContinuation && $0.text != " " }.map(\.text)
            let logical = line.plainText.map { DrawableCluster($0).text }.filter { !$0.isEmpty && $0 != " " }
            #expect(Self.normalised(drawn) == Self.normalised(logical), "\(text)")
        }
    }
}
