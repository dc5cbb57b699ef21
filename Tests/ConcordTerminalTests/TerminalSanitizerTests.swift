import Testing
@testable import ConcordTerminal

@Suite("Terminal sanitiser")
struct TerminalSanitizerTests {
    /// Nothing that can drive a terminal survives.
    func expectSafe(_ text: String, allowing allowance: TerminalSanitizer.Allowance = [],
                    sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A && allowance.contains(.newlines) { continue }
            if v == 0x09 && allowance.contains(.tabs) { continue }
            #expect(v >= 0x20, "control U+\(String(v, radix: 16)) survived", sourceLocation: sourceLocation)
            #expect(v != 0x7F, "DEL survived", sourceLocation: sourceLocation)
            #expect(!(0x80...0x9F).contains(v), "C1 U+\(String(v, radix: 16)) survived", sourceLocation: sourceLocation)
            #expect(!TerminalSanitizer.isBidiControl(v), "bidi control survived", sourceLocation: sourceLocation)
        }
    }

    @Test func plainASCIIIsReturnedUnchanged() {
        let text = "Order #1234 refund, please!"
        #expect(!TerminalSanitizer.needsSanitizing(text))
        #expect(TerminalSanitizer.sanitize(text) == text)
        #expect(TerminalSanitizer.sanitize("한국어 退款 سلام 😀") == "한국어 退款 سلام 😀")
    }

    @Test func oscTitleSequence() {
        let attack = "Hi\u{1B}]0;pwned\u{07}there"
        let safe = TerminalSanitizer.sanitize(attack)
        expectSafe(safe)
        #expect(safe == "Hi␛]0;pwned␇there")
    }

    @Test func osc52ClipboardWrite() {
        let attack = "\u{1B}]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u{07}"
        let safe = TerminalSanitizer.sanitize(attack)
        expectSafe(safe)
        #expect(safe.hasPrefix("␛]52;c;"))
        #expect(safe.hasSuffix("␇"))
    }

    @Test func csiClearScreenAndCursorMoves() {
        for attack in ["\u{1B}[2J", "\u{1B}[H\u{1B}[10;20H", "\u{1B}[5A\u{1B}[3C", "\u{1B}7\u{1B}8", "a\u{1B}[31mred"] {
            let safe = TerminalSanitizer.sanitize(attack)
            expectSafe(safe)
            #expect(safe.contains("␛"))
            #expect(DisplayWidth.of(safe) == attack.unicodeScalars.count)
        }
    }

    @Test func rawC1ControlSequenceIntroducer() {
        let attack = "x\u{9B}2Jy\u{85}z"
        #expect(TerminalSanitizer.needsSanitizing(attack))
        let safe = TerminalSanitizer.sanitize(attack)
        expectSafe(safe)
        #expect(safe == "x\u{FFFD}2Jy\u{FFFD}z")
    }

    @Test func bidiOverrideIsMadeVisible() {
        let attack = "invoice_\u{202E}fdp.exe"
        let safe = TerminalSanitizer.sanitize(attack)
        expectSafe(safe)
        #expect(safe == "invoice_\u{FFFD}fdp.exe")
        for value in [0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069] as [UInt32] {
            let text = "a" + String(Unicode.Scalar(value)!) + "b"
            #expect(TerminalSanitizer.sanitize(text) == "a\u{FFFD}b")
        }
    }

    @Test func nulAndDel() {
        let safe = TerminalSanitizer.sanitize("a\u{0}b\u{7F}c")
        expectSafe(safe)
        #expect(safe == "a␀b␡c")
    }

    @Test func newlinesAndTabsOnlyWhenAllowed() {
        #expect(TerminalSanitizer.sanitize("a\nb\tc") == "a␊b␉c")
        #expect(TerminalSanitizer.sanitize("a\nb\tc", allowing: .multiline) == "a\nb\tc")
        #expect(TerminalSanitizer.sanitize("a\r\nb\rc", allowing: .newlines) == "a\nb\nc")
        #expect(TerminalSanitizer.sanitize("a\u{2028}b\u{2029}c", allowing: .newlines) == "a\nb\nc")
        #expect(TerminalSanitizer.sanitize("a\u{2028}b") == "a␤b")
        #expect(TerminalSanitizer.sanitize("a\tb", allowing: .newlines) == "a␉b")
        expectSafe(TerminalSanitizer.sanitize("x\n\t\u{1B}y", allowing: .multiline), allowing: .multiline)
    }

    @Test func joinersAndMarksAreKept() {
        let persian = "می\u{200C}خواهم"
        #expect(TerminalSanitizer.sanitize(persian) == persian)
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(TerminalSanitizer.sanitize(family) == family)
        #expect(TerminalSanitizer.sanitize("a\u{200F}b") == "a\u{200F}b")
    }

    @Test func everyScalarBelowU100IsSafeAfterSanitising() {
        var all = ""
        for value in UInt32(0)..<0x100 { all.unicodeScalars.append(Unicode.Scalar(value)!) }
        expectSafe(TerminalSanitizer.sanitize(all))
        expectSafe(TerminalSanitizer.sanitize(all, allowing: .multiline), allowing: .multiline)
    }
}
