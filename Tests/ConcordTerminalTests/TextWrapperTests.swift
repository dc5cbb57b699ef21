import Testing
@testable import ConcordTerminal

@Suite("Text wrapper")
struct TextWrapperTests {
    func wrapped(_ text: String, _ width: Int) -> [String] {
        TextWrapper.wrap(text, width: width).map(\.plainText)
    }

    func expectFits(_ text: String, widths: ClosedRange<Int> = 1...40, sourceLocation: SourceLocation = #_sourceLocation) {
        for width in widths {
            for line in TextWrapper.wrap(text, width: width) {
                #expect(line.width <= width, "\(line.plainText.debugDescription) wider than \(width)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func englishBreaksAtSpaces() {
        #expect(wrapped("The quick brown fox jumps over the lazy dog", 10) == ["The quick", "brown fox", "jumps over", "the lazy", "dog"])
        expectFits("The quick brown fox jumps over the lazy dog")
    }

    @Test func koreanWithSpacesBreaksBetweenWordsAndSyllables() {
        let text = "안녕하세요 고객님 환불 요청을 확인했습니다"
        let lines = wrapped(text, 12)
        #expect(lines == ["안녕하세요", "고객님 환불", "요청을", "확인했습니다"])
        expectFits(text)
    }

    @Test func chineseWithoutSpacesBreaksBetweenAnyCharacters() {
        let text = "您好我们已经收到您的退款申请请耐心等待"
        let lines = wrapped(text, 10)
        #expect(lines == ["您好我们已", "经收到您的", "退款申请请", "耐心等待"])
        expectFits(text)
    }

    @Test func closingPunctuationStaysWithThePreviousCharacter() {
        let lines = wrapped("我们已经收到。谢谢", 12)
        #expect(lines == ["我们已经收", "到。谢谢"])
    }

    @Test func longURLsAreHardBrokenAtClusterBoundaries() {
        let url = "https://example.com/orders/1234567890/refund?token=abcdef"
        let lines = wrapped("see " + url, 20)
        #expect(lines.first == "see")
        #expect(lines.dropFirst().joined() == url)
        expectFits("see " + url)
    }

    @Test func persianWrapsAtSpacesAndKeepsZWNJ() {
        let text = "سلام، من می\u{200C}خواهم سفارشم را لغو کنم"
        let lines = wrapped(text, 12)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
        #expect(lines.joined(separator: " ") == text)
        expectFits(text)
    }

    @Test func explicitNewlinesAndTabs() {
        #expect(wrapped("one\ntwo\r\nthree", 20) == ["one", "two", "three"])
        #expect(wrapped("a\tb\tc", 20) == ["a   b   c"])
        #expect(wrapped("ab\tc", 20) == ["ab  c"])
        #expect(wrapped("line\n\nafter blank", 20) == ["line", "", "after blank"])
        #expect(wrapped("", 10) == [""])
    }

    @Test func wideClustersAtWidthOne() {
        #expect(wrapped("가a", 1) == ["…", "a"])
    }

    @Test func emojiAndMixedScriptsNeverOverflow() {
        expectFits("Thanks 👍🏽👍🏽👍🏽 for 👨‍👩‍👧‍👦 the 🇰🇷🇨🇳 help 한국어中文ひらがなسلام")
        expectFits("a\u{1B}[2J escape\u{9B} and \u{202E}override")
    }

    @Test func stylesFollowTheirText() {
        let red = Style(foreground: .red)
        let line: StyledLine = [Span("hello ", style: .plain), Span("red world", style: red)]
        let lines = TextWrapper.wrap(line, width: 9)
        #expect(lines.map(\.plainText) == ["hello red", "world"])
        #expect(lines[0].spans.last?.style == red)
        #expect(lines[1].spans.first?.style == red)
    }
}
