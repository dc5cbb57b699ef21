import Foundation
import Testing
@testable import ConcordTerminal

@Suite("Widgets")
struct WidgetTests {
    @Test func frameDrawsBordersAndATruncatedTitle() {
        var canvas = Canvas(size: Size(width: 12, height: 3))
        canvas.render(Frame(title: "Conversations with customers"), in: canvas.bounds)
        #expect(canvas.plainText() == "┌ Convers… ┐\n│          │\n└──────────┘")
        var ascii = Canvas(size: Size(width: 8, height: 3))
        ascii.render(Frame(title: "한국어", borders: .ascii), in: ascii.bounds)
        #expect(ascii.plainText() == "+ 한… -+\n|      |\n+------+")
    }

    @Test func frameUsesFocusedStyles() {
        let theme = ThemeLibrary.defaultTheme
        var canvas = Canvas(size: Size(width: 10, height: 3))
        canvas.render(Frame(title: "Q", focused: true, theme: theme), in: canvas.bounds)
        #expect(canvas[0, 0].style == theme.style("pane.border.focused"))
        #expect(canvas[2, 0].style == theme.style("pane.title.focused"))
        canvas.render(Frame(title: "Q", focused: false, theme: theme), in: canvas.bounds)
        #expect(canvas[0, 0].style == theme.style("pane.border"))
    }

    @Test func statusBarRightSegmentWinsWhenShort() {
        let bar = StatusBar(left: "queue: 42 open, 3 overdue", right: "SLA 00:14:59", style: .plain)
        var wide = Canvas(size: Size(width: 40, height: 1))
        wide.render(bar, in: wide.bounds)
        #expect(wide.plainText() == "queue: 42 open, 3 overdue   SLA 00:14:59")
        var narrow = Canvas(size: Size(width: 24, height: 1))
        narrow.render(bar, in: narrow.bounds)
        #expect(narrow.plainText() == "queue: 42 … SLA 00:14:59")
        var tiny = Canvas(size: Size(width: 8, height: 1))
        tiny.render(bar, in: tiny.bounds)
        #expect(tiny.plainText() == "SLA 00:…")
    }

    @Test func listViewHighlightsTheSelectionAndScrolls() {
        let rows = (0..<20).map { StyledLine("row \($0) 한국") }
        var state = ListState(itemCount: rows.count, visibleHeight: 5, scrollMargin: 1)
        state.select(10)
        var canvas = Canvas(size: Size(width: 12, height: 5))
        canvas.render(ListView(rows: rows, selectedStyle: Style(attributes: .reverse)), state: state, in: canvas.bounds)
        let lines = canvas.plainText().split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines.contains { $0.hasPrefix("row 10 한국") })
        let selectedRow = lines.firstIndex { $0.hasPrefix("row 10") }!
        #expect(canvas[0, selectedRow].style.attributes.contains(.reverse))
        #expect(canvas[10, selectedRow].style.attributes.contains(.reverse))
        #expect(!canvas[0, (selectedRow + 1) % 5].style.attributes.contains(.reverse))
        // Scroll indicator in the last column.
        #expect((0..<5).contains { canvas[11, $0].text == "█" })
    }

    @Test func inputLineKeepsTheCaretVisible() {
        var editor = LineEditor(text: "환불 요청드립니다 주문번호 1234567")
        var canvas = Canvas(size: Size(width: 16, height: 1))
        canvas.render(InputLine(prompt: "/ ", editor: editor), in: canvas.bounds)
        let cursor = canvas.cursor!
        #expect(cursor.y == 0)
        #expect(cursor.x < 16)
        #expect(canvas.plainText().hasPrefix("/ "))
        #expect(canvas.plainText().hasSuffix("1234567"))
        editor.moveToStart()
        canvas.clear()
        canvas.render(InputLine(prompt: "/ ", editor: editor), in: canvas.bounds)
        #expect(canvas.cursor == Point(x: 2, y: 0))
        #expect(canvas.plainText().hasPrefix("/ 환불 요청"))
        for offset in 0...editor.count {
            var moving = editor
            for _ in 0..<offset { moving.moveRight() }
            var frame = Canvas(size: Size(width: 16, height: 1))
            frame.render(InputLine(prompt: "/ ", editor: moving), in: frame.bounds)
            #expect(frame.cursor != nil && frame.cursor!.x < 16 && frame.cursor!.x >= 2)
        }
    }

    @Test func overlayIsCentredAndClamped() {
        let overlay = Overlay(title: "Help", size: Size(width: 20, height: 6))
        #expect(overlay.boxRect(in: Rect(size: Size(width: 40, height: 10))) == Rect(x: 10, y: 2, width: 20, height: 6))
        #expect(overlay.boxRect(in: Rect(size: Size(width: 10, height: 4))) == Rect(x: 0, y: 0, width: 10, height: 4))
        var canvas = Canvas(size: Size(width: 30, height: 8))
        canvas.draw(String(repeating: "x", count: 30), at: Point(x: 0, y: 3), style: .plain)
        canvas.render(overlay, in: canvas.bounds)
        #expect(canvas.row(at: 1).hasPrefix("     ┌ Help ─"))
        #expect(canvas.row(at: 3) == "xxxxx│                  │xxxxx")
    }

    @Test func textViewWrapsAndScrolls() {
        let lines: [StyledLine] = ["first line of the message body", "둘째 줄 한국어 텍스트", "third"]
        let view = TextView(lines: lines, scroll: ScrollState(offset: 1, contentHeight: 100, visibleHeight: 3))
        var canvas = Canvas(size: Size(width: 12, height: 3))
        canvas.render(view, in: canvas.bounds)
        #expect(canvas.plainText().split(separator: "\n").map { $0.dropLast().trimmingCharacters(in: .whitespaces) }
                == ["of the", "message", "body"])
        #expect((0..<3).contains { canvas[11, $0].text == "█" })
        let state = view.scrollState(for: Size(width: 12, height: 3))
        #expect(state.contentHeight > 3)
        #expect(state.offset == 1)
    }

    @Test func scrollStateClamps() {
        var state = ScrollState(contentHeight: 10, visibleHeight: 4)
        state.scroll(by: 100)
        #expect(state.offset == 6)
        #expect(state.isAtBottom)
        state.pageUp()
        #expect(state.offset == 3)
        state.home()
        #expect(state.isAtTop)
        state.reveal(row: 9)
        #expect(state.offset == 6)
        state.update(contentHeight: 12, visibleHeight: 4, followEnd: true)
        #expect(state.offset == 8)
    }

    @Test func sizeRequirementShowsOneSentence() {
        let requirement = TerminalSizeRequirement(minimum: Size(width: 80, height: 24))
        #expect(requirement.message(for: Size(width: 80, height: 24)) == nil)
        #expect(requirement.message(for: Size(width: 60, height: 20)) ==
                "Terminal too small: 60x20; Concord needs at least 80x24. Enlarge the window.")
        var canvas = Canvas(size: Size(width: 30, height: 6))
        requirement.render(into: &canvas)
        #expect(canvas.plainText().contains("Terminal too small"))
    }
}
