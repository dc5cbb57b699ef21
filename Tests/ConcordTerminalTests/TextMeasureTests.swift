import Testing
@testable import ConcordTerminal

@Suite("Truncation")
struct TextMeasureTests {
    static let samples = [
        "Refund request for order 1234",
        "환불 요청드립니다 빨리 처리해 주세요",
        "退款申请已经提交了三天还没有回复",
        "ひらがなとカタカナ",
        "می\u{200C}خواهم پولم را پس بگیرم",
        "Thanks 👍🏽 family 👨‍👩‍👧‍👦 flag 🇰🇷 heart \u{2764}\u{FE0F}",
        "Ame\u{0301}lie e\u{0301}e\u{0301}e\u{0301}",
        "mixed 한글 and 中文 and 😀😀😀",
        "\u{1B}]0;title\u{07} escape",
    ]

    @Test func neverExceedsTheWidthAndNeverSplitsAClusterAtAnyWidth() {
        for text in Self.samples {
            let clusters = Array(text)
            for width in 0...20 {
                let cut = TextMeasure.truncated(text, toWidth: width)
                #expect(DisplayWidth.of(cut) <= width, "\(text.debugDescription) at \(width): \(cut.debugDescription)")
                if DisplayWidth.of(text) <= width {
                    #expect(cut == text)
                    continue
                }
                guard width > 0 else {
                    #expect(cut.isEmpty)
                    continue
                }
                #expect(cut.hasSuffix("…"), "cut must be marked: \(cut.debugDescription)")
                // What precedes the ellipsis is a prefix of whole clusters of the original.
                let kept = Array(cut.dropLast())
                #expect(Array(clusters.prefix(kept.count)) == kept)
                // And it is as long as possible: the next cluster would not have fitted.
                let next = clusters[kept.count]
                #expect(DisplayWidth.of(String(kept)) + DisplayWidth.of(next) + 1 > width)
            }
        }
    }

    @Test func examples() {
        #expect(TextMeasure.truncated("환불 요청드립니다", toWidth: 8) == "환불 요…")
        #expect(TextMeasure.truncated("환불 요청드립니다", toWidth: 7) == "환불 …")
        #expect(TextMeasure.truncated("hello", toWidth: 5) == "hello")
        #expect(TextMeasure.truncated("hello!", toWidth: 5) == "hell…")
        #expect(TextMeasure.truncated("😀😀", toWidth: 2) == "…")
        #expect(TextMeasure.truncated("abc", toWidth: 2, ellipsis: "...") == "ab")
        #expect(TextMeasure.truncated("abcdef", toWidth: 5, ellipsis: "...") == "ab...")
    }

    @Test func styledLineTruncationKeepsStyles() {
        let red = Style(foreground: .red)
        let line: StyledLine = [Span("김민준 ", style: red), Span("refund overdue", style: .plain)]
        for width in 0...20 {
            let cut = line.truncated(toWidth: width)
            #expect(cut.width <= width)
        }
        let cut = line.truncated(toWidth: 10)
        #expect(cut.plainText == "김민준 re…")
        #expect(cut.spans.first?.style == red)
    }

    @Test func paddingAndPrefix() {
        #expect(TextMeasure.padded("한국", toWidth: 6) == "한국  ")
        #expect(DisplayWidth.of(TextMeasure.padded("한국어입니다", toWidth: 5)) <= 5)
        let (prefix, width) = TextMeasure.prefix(of: "한국어", fittingWidth: 5)
        #expect(prefix == "한국")
        #expect(width == 4)
    }
}
