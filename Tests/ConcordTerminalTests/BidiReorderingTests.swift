import Testing
@testable import ConcordTerminal

/// Right-to-left text in visual order, cell by cell: what the agent's terminal shows.
@Suite("Bidi reordering")
struct BidiReorderingTests {
    /// One line drawn on a canvas of `width` columns, as plain text.
    func drawn(_ line: StyledLine, width: Int = 40, mode: BidiMode = .reorder) -> String {
        var canvas = Canvas(size: Size(width: width, height: 1))
        canvas.bidiMode = mode
        canvas.draw(line, at: .zero)
        return canvas.plainText()
    }

    func visual(_ text: String, _ direction: TextDirection? = nil) -> String {
        VisualField(spans: [Span(text)][...], field: BidiField(direction: direction, alignmentWidth: 0)).text
    }

    @Test func persianWithPersianAndWesternDigitsKeepsNumbersLeftToRight() {
        #expect(visual("سفارش ۱۲۳ رسید") == "دیسر ۱۲۳ شرافس")
        #expect(visual("سفارش 123 رسید") == "دیسر 123 شرافس")
        #expect(visual("مبلغ 121,000 تومان") == "ناموت 121,000 غلبم")
    }

    @Test func aLatinWordInsidePersianStaysReadableLeftToRight() {
        #expect(visual("کد ABC-123 ثبت شد") == "دش تبث ABC-123 دک")
        #expect(visual("محصول Galaxy S24 رسید") == "دیسر Galaxy S24 لوصحم")
    }

    @Test func userInterfaceTextIsALeftToRightParagraph() {
        var canvas = Canvas(size: Size(width: 20, height: 1))
        canvas.draw("سلام 中文 دنیا", at: .zero, style: .plain)
        #expect(canvas.plainText() == "مالس 中文 ایند")
    }

    @Test func persianInsideEnglishIsReversedInPlace() {
        #expect(visual("Order سفارش شما is ready") == "Order امش شرافس is ready")
        #expect(drawn(StyledLine("Re: سلام دنیا!")) == "Re: ایند مالس!")
    }

    @Test func bracketsInRightToLeftRunsAreMirrored() {
        #expect(visual("سلام (دنیا)", .rightToLeft) == "(ایند) مالس")
        #expect(visual("قیمت [۱۲] است") == "تسا [۱۲] تمیق")
        // Brackets around Persian inside English keep their shape: they are left-to-right.
        #expect(visual("a (سلام) b") == "a (مالس) b")
    }

    @Test func wideCharactersAndEmojiInsideRightToLeftTextStayWholeCells() {
        var canvas = Canvas(size: Size(width: 20, height: 1))
        canvas.draw(StyledLine([Span("سلام 中文 👍🏽 دنیا", field: .firstStrong)]), at: .zero)
        #expect(canvas.plainText() == "ایند 👍🏽 中文 مالس")
        // 中 and 文 keep their order (CJK is left-to-right) and each its two cells.
        #expect(canvas[8, 0].text == "中" && canvas[8, 0].isWide && canvas[9, 0].isContinuation)
        #expect(canvas[5, 0].text == "👍🏽" && canvas[5, 0].isWide)
    }

    @Test func combiningMarksAndZWNJStayWithTheirLetter() {
        // لطفاً: the fathatan (U+064B) after alef; می‌آید: ZWNJ after ye.
        let field = VisualField(spans: [Span("لطفاً می‌آید")][...], field: .firstStrong)
        #expect(field.clusters.map(\.text) == ["د", "ی", "آ", "ی\u{200C}", "م", " ", "ا\u{064B}", "ف", "ط", "ل"])
        #expect(field.width == 10)
        let accented = VisualField(spans: [Span("سلام e\u{0301}t")][...], field: .firstStrong)
        #expect(accented.text == "e\u{0301}t مالس")
    }

    @Test func anEmptyLineAndALineOfSpacesDrawNothing() {
        #expect(visual("") == "")
        #expect(drawn(StyledLine()) == "")
        let field = VisualField(spans: [][...], field: BidiField(direction: .rightToLeft, alignmentWidth: 10))
        #expect(field.columns == 10 && field.clusters.isEmpty)
        #expect(field.caretColumn(beforeLogical: 0) == 10)
    }

    @Test func englishKoreanChineseAndRussianTakeTheFastPath() {
        for text in ["Where is my delivery? Order #2323426", "환불 처리 문의 121,000원", "大概需要多长时间？", "С карты списали деньги дважды", "👍🏽 ❤️ 1️⃣"] {
            #expect(!RightToLeftDetector.mayContainRightToLeft(text), "\(text)")
            #expect(!StyledLine(text).needsBidi)
            #expect(drawn(StyledLine(text), width: 60) == drawn(StyledLine(text), width: 60, mode: .terminal))
        }
        for text in ["سلام", "שלום", "a\u{200F}b", "ﷺ", "ܐ"] {
            #expect(RightToLeftDetector.mayContainRightToLeft(text), "\(text)")
        }
    }

    @Test func terminalModeDrawsLogicalOrderLeftAligned() {
        let lines = TextWrapper.wrap("سلام دنیا", width: 20)
        #expect(drawn(lines[0], width: 20, mode: .terminal) == "سلام دنیا")
        #expect(drawn(lines[0], width: 20) == "           ایند مالس")
    }

    @Test func wrappedPersianParagraphsAreRightAlignedWithTheParagraphsDirection() {
        // The second line starts with a number and a Latin word but belongs to a Persian paragraph.
        let lines = TextWrapper.wrap("سلام دوست عزیز 42 order رسید", width: 16)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.spans.first?.field == BidiField(direction: .rightToLeft, alignmentWidth: 16) })
        // In a right-to-left paragraph "42 order" reads number then word from the right (UAX #9 N1).
        #expect(lines.map { drawn($0, width: 16) } == ["  زیزع تسود مالس", "   دیسر order 42"])
        // An English paragraph is left untouched, and so are the lines of a card's value.
        #expect(TextWrapper.wrap("Hello سلام", width: 20).first?.spans.first?.field == nil)
        let value = TextWrapper.wrap("سلام دنیا", width: 20, alignsRightToLeft: false)
        #expect(drawn(value[0], width: 20) == "ایند مالس")
    }

    @Test func eachParagraphHasItsOwnDirection() {
        let lines = TextWrapper.wrap("Hello there\nسلام دنیا\n123 only digits", width: 20)
        #expect(lines.map { $0.spans.first?.field?.direction } == [nil, .rightToLeft, nil])
    }

    @Test func fieldsInColumnsAreReorderedWithinTheirColumn() {
        // Name, subject and wait as a queue row lays them out: each its own field.
        let row = StyledLine([
            Span("WA "),
            Span(TextMeasure.padded("مریم احمدی", toWidth: 12), field: .firstStrong),
            Span(TextMeasure.padded("کسی جواب نداد؟", toWidth: 16), field: .firstStrong),
            Span(" 1h 20m", field: .leftToRight),
        ])
        #expect(drawn(row, width: 38) == "WA یدمحا میرم  ؟دادن باوج یسک   1h 20m")
        // As one paragraph the two Persian columns would swap and the wait would move.
        let unfielded = StyledLine(row.spans.map { Span($0.text) })
        #expect(drawn(unfielded, width: 38) != drawn(row, width: 38))
    }

    @Test func truncationKeepsTheFieldAndTheEllipsisFollowsIt() {
        let line = StyledLine([Span("ID "), Span("شماره سفارش ۴۴۲۱ است", field: .firstStrong)]).truncated(toWidth: 12)
        #expect(line.spans.map(\.field) == [nil, .firstStrong, nil])
        // "شماره سف…" is right-to-left: the ellipsis at the cut end, on the left.
        #expect(drawn(line, width: 12) == "ID …فس هرامش")
    }

    @Test func theCaretOfTypedPersianIsAtTheLeftEndOfTheText() {
        var canvas = Canvas(size: Size(width: 20, height: 1))
        let editor = LineEditor(text: "سلام 12")
        canvas.render(InputLine(prompt: "> ", editor: editor), in: canvas.bounds)
        #expect(canvas.plainText() == "> 12 مالس")
        // After the last character typed: the caret follows "12", the last thing typed.
        #expect(canvas.cursor == Point(x: 4, y: 0))
        var start = editor
        start.moveToStart()
        canvas.clear()
        canvas.render(InputLine(prompt: "> ", editor: start), in: canvas.bounds)
        #expect(canvas.cursor == Point(x: 9, y: 0), "before the first letter: its right edge")
        var afterFirstWord = start
        for _ in 0..<4 { afterFirstWord.moveRight() }
        canvas.clear()
        canvas.render(InputLine(prompt: "> ", editor: afterFirstWord), in: canvas.bounds)
        #expect(canvas.cursor == Point(x: 5, y: 0), "after سلام: the left edge of its last letter")
    }

    @Test func theCaretStaysLogicalWhenTheTerminalDoesBidi() {
        var canvas = Canvas(size: Size(width: 20, height: 1))
        canvas.bidiMode = .terminal
        canvas.render(InputLine(prompt: "> ", editor: LineEditor(text: "سلام")), in: canvas.bounds)
        #expect(canvas.plainText() == "> سلام")
        #expect(canvas.cursor == Point(x: 6, y: 0))
    }

    @Test func aRememberedLayoutTakesTheStylesOfTheLineDrawnNow() {
        let bold = Style(attributes: .bold), dim = Style(attributes: .dim)
        for (first, second) in [(bold, dim), (dim, bold)] {
            var canvas = Canvas(size: Size(width: 12, height: 1))
            canvas.draw(StyledLine([Span("سلام ", style: first, field: .firstStrong), Span("دنیا", style: second)]), at: .zero)
            #expect(canvas.plainText() == "ایند مالس")
            #expect(canvas[0, 0].style == second && canvas[8, 0].style == first)
        }
    }

    @Test func aRightAlignedLineNeverPassesItsClip() {
        var canvas = Canvas(size: Size(width: 12, height: 1))
        canvas.draw("|", at: Point(x: 11, y: 0), style: .plain)
        let lines = TextWrapper.wrap("سلام دنیا", width: 20)
        let end = canvas.draw(lines[0], at: .zero, clip: Rect(x: 0, y: 0, width: 11, height: 1))
        #expect(end == 11)
        #expect(canvas[11, 0].text == "|")
    }
}
