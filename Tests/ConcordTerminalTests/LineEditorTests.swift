import Testing
@testable import ConcordTerminal

@Suite("Line editor")
struct LineEditorTests {
    @Test func insertsAndDeletesWholeKoreanSyllables() {
        var editor = LineEditor()
        editor.insert("환불")
        #expect(editor.text == "환불")
        #expect(editor.cursor == 2)
        #expect(editor.cursorColumn == 4)
        editor.backspace()
        #expect(editor.text == "환")
        editor.insert("불 요청")
        editor.moveLeft()
        editor.moveLeft()
        editor.insert("빠른 ")
        #expect(editor.text == "환불 빠른 요청")
        #expect(editor.cursorColumn == DisplayWidth.of("환불 빠른 "))
    }

    @Test func emojiAreSingleSteps() {
        var editor = LineEditor(text: "ok 👍🏽👨‍👩‍👧 🇰🇷")
        #expect(editor.count == 7)
        editor.moveLeft() // before 🇰🇷
        editor.moveLeft() // before space
        editor.backspace() // deletes the family
        #expect(editor.text == "ok 👍🏽 🇰🇷")
        editor.backspace()
        #expect(editor.text == "ok  🇰🇷")
        editor.moveToEnd()
        editor.backspace()
        #expect(editor.text == "ok  ")
    }

    @Test func combiningMarkJoinsThePreviousCharacter() {
        var editor = LineEditor(text: "cafe")
        editor.insert("\u{0301}")
        #expect(editor.text == "cafe\u{0301}")
        #expect(editor.count == 4)
        #expect(editor.cursor == 4)
        editor.backspace()
        #expect(editor.text == "caf")
    }

    @Test func deleteForwardHomeEnd() {
        var editor = LineEditor(text: "한국어")
        editor.moveToStart()
        editor.deleteForward()
        #expect(editor.text == "국어")
        #expect(editor.cursor == 0)
        editor.moveToEnd()
        editor.deleteForward()
        #expect(editor.text == "국어")
        editor.moveRight()
        #expect(editor.cursor == 2)
    }

    @Test func controlWDeletesTheWordBeforeTheCaret() {
        var editor = LineEditor(text: "refund  order 1234  ")
        editor.deleteWordBackward()
        #expect(editor.text == "refund  order ")
        editor.deleteWordBackward()
        #expect(editor.text == "refund  ")
        var korean = LineEditor(text: "환불 요청드립니다")
        korean.deleteWordBackward()
        #expect(korean.text == "환불 ")
    }

    @Test func controlUKillsToTheStart() {
        var editor = LineEditor(text: "hello world")
        for _ in 0..<5 { editor.moveLeft() }
        editor.deleteToStart()
        #expect(editor.text == "world")
        #expect(editor.cursor == 0)
        editor.moveRight()
        editor.deleteToEnd()
        #expect(editor.text == "w")
    }

    @Test func keysMapToReadlineEditing() {
        var editor = LineEditor()
        for key: Key in [.char("a"), .char("한"), .char("b"), .left, .backspace, .ctrl("a"), .char("x"), .end, .ctrl("w")] {
            editor.handle(key)
        }
        #expect(editor.text == "")
        #expect(editor.handle(.enter) == false)
        #expect(editor.handle(.escape) == false)
        editor.handle(.char("q"))
        editor.handle(.ctrl("u"))
        #expect(editor.isEmpty)
    }

    @Test func pastedControlsAreSanitised() {
        var editor = LineEditor()
        editor.insert("a\u{1B}[2Jb\nc")
        #expect(editor.text == "a␛[2Jb␊c")
    }
}
