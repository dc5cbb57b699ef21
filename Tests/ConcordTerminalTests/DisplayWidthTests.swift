import CNcurses
import Foundation
import Testing
@testable import ConcordTerminal
#if canImport(Glibc)
import Glibc
#endif

@Suite("Display width")
struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func koreanIsTwoColumnsPerSyllable() {
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("환불 요청") == 9)
    }

    @Test func chineseAndJapanese() {
        #expect(DisplayWidth.of("退款") == 4)
        #expect(DisplayWidth.of("你好，世界") == 10)
        #expect(DisplayWidth.of("ひらがなカタカナ") == 16)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4) // halfwidth katakana stay narrow
        #expect(DisplayWidth.of("ＡＢ") == 4) // fullwidth Latin
    }

    @Test func emoji() {
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧‍👦")) == 2)
        #expect(DisplayWidth.of(Character("🇰🇷")) == 2)
        #expect(DisplayWidth.of("🇰🇷🇨🇳") == 4)
        #expect(DisplayWidth.of("ok 👍") == 5)
    }

    @Test func vs16AfterNarrowBaseStaysOneColumn() {
        // Decision: follow wcwidth; the canvas drops the VS16 (see DrawableCluster).
        let heart = Character("\u{2764}\u{FE0F}")
        #expect(DisplayWidth.of(heart) == 1)
        let cluster = DrawableCluster(heart)
        #expect(cluster.width == 1)
        #expect(cluster.text == "\u{2764}")
        // A base that is wide already keeps its VS16 and its two columns.
        let watch = DrawableCluster(Character("\u{231A}\u{FE0F}"))
        #expect(watch.width == 2)
        #expect(watch.text == "\u{231A}\u{FE0F}")
    }

    @Test func combiningMarksJoinTheirBase() {
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect("e\u{0301}".count == 1)
        #expect(DisplayWidth.of("Ame\u{0301}lie") == 6)
        // A lone mark is drawn on a dotted circle: one column.
        let lone = DrawableCluster(Character("\u{0301}"))
        #expect(lone.width == 1)
        #expect(lone.text == "\u{25CC}\u{0301}")
    }

    @Test func hangulJamoSequences() {
        let decomposed = "한국어".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count == 8)
        #expect(DisplayWidth.of(decomposed) == 6)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2) // 각 as L V T
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{D7B0}") == 2) // with an extended-B medial
        #expect(DisplayWidth.of(Unicode.Scalar(0x1161)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x11FF)!) == 0)
    }

    @Test func persianWithZeroWidthNonJoiner() {
        let word = "می\u{200C}خواهم" // "I want", with ZWNJ after ی
        #expect(DisplayWidth.of(word) == 7)
        #expect(DisplayWidth.of("سلام دنیا") == 9)
    }

    @Test func formatCharactersAloneTakeNoCell() {
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200E}")) == 0)
        #expect(DisplayWidth.of(Character("\u{FEFF}")) == 0)
    }

    @Test func controlsMeasureAsTheirPlaceholders() {
        #expect(DisplayWidth.of("a\u{1B}b") == 3)
        #expect(DisplayWidth.of("a\u{202E}b") == 3)
        #expect(DisplayWidth.of("a\r\nb") == 4)
        #expect(DisplayWidth.of("a\u{1B}[2Jb") == DisplayWidth.of(TerminalSanitizer.sanitize("a\u{1B}[2Jb")))
    }

    /// Every assigned scalar U+0020…U+3FFFF that glibc gives a width (wcwidth ≥ 0) must
    /// get the same width from DisplayWidth, because ncurses and tmux place cells with
    /// wcwidth. Deliberate deviations: none. (Scalars newer than glibc's Unicode tables
    /// have wcwidth -1 and are not compared; the backend draws those as U+FFFD.)
    @Test func perScalarWidthAgreesWithGlibcWcwidth() {
        let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        defer { if let previous { setlocale(LC_CTYPE, previous) } }
        let locale = setlocale(LC_CTYPE, "C.UTF-8")
        #expect(locale != nil, "C.UTF-8 locale is needed to compare with wcwidth")
        var compared = 0
        var mismatches: [String] = []
        for value in UInt32(0x20)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let expected = Int(cn_wcwidth(wchar_t(bitPattern: value)))
            guard expected >= 0 else { continue }
            compared += 1
            let actual = DisplayWidth.of(scalar)
            if actual != expected {
                mismatches.append(String(format: "U+%04X wcwidth=%d ours=%d", value, expected, actual))
            }
        }
        #expect(compared > 100_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(40).joined(separator: ", "))")
    }

    @Test func rangeTablesAreSortedAndDisjoint() {
        for table in [UnicodeWidthTables.wide, UnicodeWidthTables.zero] {
            for (a, b) in zip(table, table.dropFirst()) {
                #expect(a.upperBound < b.lowerBound)
            }
        }
    }
}
