/// The text and caret of a one-line input (search, command line, quick note), as a value
/// the app keeps in its state. The caret is a grapheme-cluster index, so one step moves over
/// 한, 👍🏽 or e + U+0301 as a whole and backspace never leaves half a cluster behind.
///
/// Editing follows readline: `<C-w>` deletes the word before the caret, `<C-u>` everything
/// before it, `<C-a>`/`<C-e>` go to the start/end, `<C-k>` deletes to the end.
///
/// ```swift
/// var editor = LineEditor()
/// editor.insert("환불")
/// editor.backspace()       // "환"
/// ```
public struct LineEditor: Hashable, Sendable {
    private var characters: [Character]
    /// Caret position: 0...characters.count (between clusters).
    public private(set) var cursor: Int

    public init(text: String = "") {
        self.characters = Array(TerminalSanitizer.sanitize(text))
        self.cursor = characters.count
    }

    /// The current text.
    public var text: String { String(characters) }
    /// Number of grapheme clusters.
    public var count: Int { characters.count }
    public var isEmpty: Bool { characters.isEmpty }

    /// Display width of the text before the caret: where the terminal cursor goes.
    public var cursorColumn: Int {
        characters[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// Inserts text at the caret (sanitised: controls become placeholders, newlines too).
    public mutating func insert(_ text: String) {
        let safe = TerminalSanitizer.sanitize(text)
        guard !safe.isEmpty else { return }
        // Re-segment around the caret: a combining mark typed after "e" joins it.
        let before = String(characters[..<cursor]) + safe
        let after = String(characters[cursor...])
        let caret = before.count
        characters = Array(before + after)
        cursor = min(caret, characters.count)
    }

    public mutating func insert(_ character: Character) {
        insert(String(character))
    }

    /// Deletes the cluster before the caret.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Deletes the cluster under the caret.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() {
        cursor = max(0, cursor - 1)
    }

    public mutating func moveRight() {
        cursor = min(characters.count, cursor + 1)
    }

    public mutating func moveToStart() {
        cursor = 0
    }

    public mutating func moveToEnd() {
        cursor = characters.count
    }

    /// Moves to the start of the previous word.
    public mutating func moveWordLeft() {
        cursor = wordStart(before: cursor)
    }

    /// Moves past the end of the next word.
    public mutating func moveWordRight() {
        var index = cursor
        while index < characters.count && characters[index].isWhitespace { index += 1 }
        while index < characters.count && !characters[index].isWhitespace { index += 1 }
        cursor = index
    }

    /// `<C-w>`: deletes the whitespace before the caret and the word before that.
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// `<C-u>`: deletes everything before the caret.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// `<C-k>`: deletes everything from the caret to the end.
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor...)
    }

    /// Replaces the whole text, caret at the end.
    public mutating func setText(_ text: String) {
        self = LineEditor(text: text)
    }

    /// Applies the conventional editing meaning of a key. Returns false for keys that are
    /// not editing keys (Enter, Esc, Tab, arrows up/down…), which the caller handles.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character): insert(character)
        case .backspace, .ctrl("h"): backspace()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveToStart()
        case .end, .ctrl("e"): moveToEnd()
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        default: return false
        }
        return true
    }

    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0 && characters[index - 1].isWhitespace { index -= 1 }
        while index > 0 && !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }
}
