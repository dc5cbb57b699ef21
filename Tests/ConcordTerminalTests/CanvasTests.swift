import Testing
@testable import ConcordTerminal

@Suite("Canvas")
struct CanvasTests {
    @Test func drawsAsciiAndReturnsTheNextColumn() {
        var canvas = Canvas(size: Size(width: 10, height: 2))
        let end = canvas.draw("hello", at: Point(x: 2, y: 1), style: .plain)
        #expect(end == 7)
        #expect(canvas.plainText() == "\n  hello")
    }

    @Test func wideCharactersOccupyTwoCells() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        let end = canvas.draw("한국어", at: .zero, style: .plain)
        #expect(end == 6)
        #expect(canvas[0, 0].text == "한")
        #expect(canvas[0, 0].isWide)
        #expect(canvas[1, 0].isContinuation)
        #expect(canvas.plainText() == "한국어")
        #expect(canvas.debugText() == "\"한국어    \"  // hidden: 1 3 5")
    }

    @Test func wideCharacterAtTheRightEdgeOfAClipBecomesASpace() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        canvas.fill(canvas.bounds, style: .plain)
        canvas.draw("..........", at: .zero, style: .plain)
        let clip = Rect(x: 0, y: 0, width: 5, height: 1)
        let end = canvas.draw("ab한국", at: .zero, style: .plain, clip: clip)
        #expect(end == 5)
        // "ab" + 한 (cols 2-3) fit; 국 would need cols 4-5 but only 4 is inside: a space.
        #expect(canvas.row(at: 0) == "ab한 .....")
        #expect(canvas.debugText() == "\"ab한 .....\"  // hidden: 3")
    }

    @Test func wideCharacterAtTheCanvasEdgeIsNeverSplit() {
        var canvas = Canvas(size: Size(width: 5, height: 1))
        canvas.draw("abcd한", at: .zero, style: .plain)
        #expect(canvas.row(at: 0) == "abcd ")
        #expect(canvas.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func wideCharacterCutByTheLeftEdgeOfAClipShowsASpace() {
        var canvas = Canvas(size: Size(width: 8, height: 1))
        canvas.draw("xxxxxxxx", at: .zero, style: .plain)
        let clip = Rect(x: 3, y: 0, width: 5, height: 1)
        canvas.draw("한국어", at: Point(x: 2, y: 0), style: .plain, clip: clip)
        // 한 spans cols 2-3: col 2 is outside, col 3 inside -> space. 국 at 4-5, 어 at 6-7.
        #expect(canvas.row(at: 0) == "xxx 국어")
        #expect(canvas.debugText() == "\"xxx 국어\"  // hidden: 5 7")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.draw("한국어", at: .zero, style: .plain)
        // Overwrite the right half of 한 (col 1).
        canvas.draw("x", at: Point(x: 1, y: 0), style: .plain)
        #expect(canvas.row(at: 0) == " x국어")
        // Overwrite the left half of 국 (col 2).
        canvas.draw("y", at: Point(x: 2, y: 0), style: .plain)
        #expect(canvas.row(at: 0) == " xy 어")
        #expect(canvas.debugText() == "\" xy 어\"  // hidden: 5")
        // A wide character over the right half of 어 (cols 5) and beyond is clipped.
        canvas.draw("中", at: Point(x: 3, y: 0), style: .plain)
        #expect(canvas.row(at: 0) == " xy中 ")
        #expect(canvas.debugText() == "\" xy中 \"  // hidden: 4")
    }

    @Test func wideOverWideShiftedByOne() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.draw("한국어", at: .zero, style: .plain)
        canvas.draw("中", at: Point(x: 1, y: 0), style: .plain)
        // 中 takes cols 1-2: 한 (0-1) loses its left half, 국 (2-3) its right half.
        #expect(canvas.row(at: 0) == " 中 어")
        #expect(canvas.debugText() == "\" 中 어\"  // hidden: 2 5")
    }

    @Test func fillBlanksWideCharactersCutByTheRectangle() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.draw("한국어", at: .zero, style: .plain)
        canvas.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: .plain)
        #expect(canvas.row(at: 0) == "    어")
        #expect(canvas.cells.filter(\.isContinuation).count == 1)
    }

    @Test func everyDrawnStringIsSanitised() {
        var canvas = Canvas(size: Size(width: 30, height: 1))
        canvas.draw("a\u{1B}[2Jb\nc\u{202E}d\u{9B}e", at: .zero, style: .plain)
        #expect(canvas.row(at: 0).hasPrefix("a␛[2Jb␊c\u{FFFD}d\u{FFFD}e"))
        for cell in canvas.cells {
            for scalar in cell.text.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
            }
        }
    }

    @Test func zeroWidthFormatClustersAreDropped() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        let end = canvas.draw("a\u{200B}b\u{200E}c", at: .zero, style: .plain)
        #expect(end == 3)
        #expect(canvas.row(at: 0).hasPrefix("abc "))
    }

    @Test func styledLinesDrawSpanBySpan() {
        var canvas = Canvas(size: Size(width: 12, height: 1))
        let red = Style(foreground: .red)
        let end = canvas.draw([Span("ab", style: red), Span("한", style: .plain), Span("c")], at: Point(x: 1, y: 0))
        #expect(end == 6)
        #expect(canvas[1, 0].style == red)
        #expect(canvas[3, 0].text == "한")
        #expect(canvas[5, 0].text == "c")
    }

    @Test func outOfBoundsDrawingIsClipped() {
        var canvas = Canvas(size: Size(width: 4, height: 2))
        canvas.draw("hello", at: Point(x: -2, y: 0), style: .plain)
        canvas.draw("nope", at: Point(x: 0, y: 5), style: .plain)
        canvas.draw("world", at: Point(x: 2, y: 1), style: .plain)
        #expect(canvas.plainText() == "llo\n  wo")
    }

    @Test func regionsUseLocalCoordinatesAndCannotOverflow() {
        var canvas = Canvas(size: Size(width: 10, height: 3))
        canvas.withRegion(Rect(x: 2, y: 1, width: 4, height: 1)) { region in
            #expect(region.size == Size(width: 4, height: 1))
            let end = region.draw("abcdefgh", at: .zero, style: .plain)
            #expect(end == 4)
            region.draw("zzz", at: Point(x: 0, y: 1), style: .plain) // outside: ignored
            region.fill(Rect(x: -5, y: -5, width: 100, height: 100), style: Style(attributes: .bold))
            region.withRegion(Rect(x: 2, y: 0, width: 10, height: 1)) { inner in
                #expect(inner.size == Size(width: 2, height: 1))
                inner.draw("XYZ", at: .zero, style: .plain)
                inner.setCursor(Point(x: 1, y: 0))
            }
        }
        #expect(canvas.plainText() == "\n    XY\n")
        #expect(canvas.cursor == Point(x: 5, y: 1))
        #expect(canvas[1, 1].style == .plain)
        #expect(canvas[2, 1].style.attributes.contains(.bold))
        #expect(canvas[6, 1].style == .plain)
    }

    @Test func vs16HeartIsDrawnInOneColumnWithoutTheSelector() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let end = canvas.draw("\u{2764}\u{FE0F}ok", at: .zero, style: .plain)
        #expect(end == 3)
        #expect(canvas[0, 0].text == "\u{2764}")
        #expect(canvas[0, 0].width == 1)
    }

    @Test func emojiSequencesAreOneWideCell() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        let end = canvas.draw("👨‍👩‍👧🇰🇷👍🏽", at: .zero, style: .plain)
        #expect(end == 6)
        #expect(canvas[0, 0].text == "👨‍👩‍👧")
        #expect(canvas[2, 0].text == "🇰🇷")
        #expect(canvas[4, 0].text == "👍🏽")
    }

    @Test func clearAndResize() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        canvas.draw("abc", at: .zero, style: .plain)
        canvas.cursor = Point(x: 1, y: 0)
        canvas.clear()
        #expect(canvas.plainText() == "")
        #expect(canvas.cursor == nil)
        canvas.resize(to: Size(width: 5, height: 2))
        #expect(canvas.cells.count == 10)
    }

    @Test func setStylePatchesKeepingText() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.draw("ab", at: .zero, style: Style(foreground: .red))
        canvas.setStyle(Style(attributes: .reverse), in: Rect(x: 0, y: 0, width: 1, height: 1))
        #expect(canvas[0, 0].style == Style(foreground: .red, attributes: .reverse))
        #expect(canvas[0, 0].text == "a")
    }
}
