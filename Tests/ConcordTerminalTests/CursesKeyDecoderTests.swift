import CNcurses
import Testing
@testable import ConcordTerminal

@Suite("Curses key decoding")
struct CursesKeyDecoderTests {
    @Test func controlCharacters() {
        #expect(CursesKeyDecoder.decodeCharacter(0x0D) == .enter)
        #expect(CursesKeyDecoder.decodeCharacter(0x0A) == .enter)
        #expect(CursesKeyDecoder.decodeCharacter(0x09) == .tab)
        #expect(CursesKeyDecoder.decodeCharacter(0x1B) == .escape)
        #expect(CursesKeyDecoder.decodeCharacter(0x7F) == .backspace)
        #expect(CursesKeyDecoder.decodeCharacter(0x08) == .backspace)
        #expect(CursesKeyDecoder.decodeCharacter(0x04) == .ctrl("d"))
        #expect(CursesKeyDecoder.decodeCharacter(0x17) == .ctrl("w"))
        #expect(CursesKeyDecoder.decodeCharacter(0x03) == .ctrl("c"))
        #expect(CursesKeyDecoder.decodeCharacter(0x00) == .ctrl(" "))
        #expect(CursesKeyDecoder.decodeCharacter(0x1D) == .ctrl("]"))
        #expect(CursesKeyDecoder.decodeCharacter(0x9B) == nil)
    }

    @Test func printableCharacters() {
        #expect(CursesKeyDecoder.decodeCharacter(0x6A) == .char("j"))
        #expect(CursesKeyDecoder.decodeCharacter(0x20) == .char(" "))
        #expect(CursesKeyDecoder.decodeCharacter(0xD55C) == .char("한"))
        #expect(CursesKeyDecoder.decodeCharacter(0x1F600) == .char("😀"))
    }

    @Test func functionKeys() {
        #expect(CursesKeyDecoder.decodeKeyCode(KEY_UP) == .up)
        #expect(CursesKeyDecoder.decodeKeyCode(KEY_NPAGE) == .pageDown)
        #expect(CursesKeyDecoder.decodeKeyCode(KEY_PPAGE) == .pageUp)
        #expect(CursesKeyDecoder.decodeKeyCode(KEY_BTAB) == .backTab)
        #expect(CursesKeyDecoder.decodeKeyCode(KEY_BACKSPACE) == .backspace)
        #expect(CursesKeyDecoder.decodeKeyCode(KEY_DC) == .delete)
        #expect(CursesKeyDecoder.decodeKeyCode(KEY_ENTER) == .enter)
        #expect(CursesKeyDecoder.decodeKeyCode(cn_key_f(1)) == .function(1))
        #expect(CursesKeyDecoder.decodeKeyCode(cn_key_f(12)) == .function(12))
        #expect(CursesKeyDecoder.decodeKeyCode(KEY_RESIZE) == nil)
    }

    @Test func notATerminalIsATypedErrorWithAClearMessage() {
        // `swift test` runs without a TTY on stdin in CI; the check must come first.
        #expect(TerminalError.notATerminal.description.hasPrefix("concord console needs an interactive terminal; stdin/stdout is not a TTY"))
    }
}
