import Testing
@testable import ConcordTerminal

/// The fast paths lay out "standalone" scalars one by one without grapheme segmentation;
/// that is only correct if Swift's own segmentation never joins them with a neighbour.
@Suite("Standalone scalar fast path")
struct TextSegmentationTests {
    @Test func everyStandaloneScalarIsAClusterOfItsOwn() {
        var checked = 0
        var problems: [String] = []
        for range in StandaloneScalarTable.ranges {
            for value in range.first...range.last {
                guard let scalar = Unicode.Scalar(value) else { continue }
                checked += 1
                let x = String(scalar)
                // Not Extend/SpacingMark (joins what precedes), not Prepend (joins what
                // follows), not a regional indicator or L jamo (joins its own kind), not a
                // V/T jamo (joins a Hangul syllable).
                let pairs = ["a" + x, x + "a", x + x, "가" + x, x + "가", "中" + x]
                if let joined = pairs.first(where: { $0.count != 2 }) {
                    problems.append("U+\(String(value, radix: 16, uppercase: true)) joins in \(joined.debugDescription)")
                }
                if DisplayWidth.of(scalar) != Int(range.width) || DisplayWidth.of(Character(scalar)) != Int(range.width) {
                    problems.append("U+\(String(value, radix: 16, uppercase: true)) width differs")
                }
                let category = scalar.properties.generalCategory
                if [.control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator].contains(category) {
                    problems.append("U+\(String(value, radix: 16, uppercase: true)) is \(category)")
                }
            }
        }
        #expect(checked > 100_000)
        #expect(problems.isEmpty, "\(problems.count) problems: \(problems.prefix(20).joined(separator: "; "))")
    }

    @Test func shortcutsAgreeWithTheTable() {
        for value in UInt32(0)...0x3FFFF {
            #expect(StandaloneScalars.width(of: value) == StandaloneScalars.tableWidth(of: value) || value < 0x7F)
        }
        #expect(StandaloneScalars.width(of: 0x41) == 1)
        #expect(StandaloneScalars.width(of: 0x0A) == nil)
    }

    @Test func fastAndExactPathsAgree() {
        let texts = [
            "한국어 中文 ひらがな Кириллица سلام 😀 ● — →",
            "e\u{0301}한국어", "한국어e\u{0301}", "abc\u{0301}def", "가\u{11A8}나", "\u{1100}\u{1161}가",
            "🇰🇷🇨🇳 flags", "👍🏽 ok", "\u{2764}\u{FE0F} heart", "می\u{200C}خواهم", "ﾊﾟﾝ", "x\u{200D}y",
        ]
        for text in texts {
            let exact = text.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(text) == exact, "\(text.debugDescription)")
            var fast = Canvas(size: Size(width: 80, height: 1))
            let end = fast.draw(text, at: .zero, style: .plain)
            #expect(end == exact, "\(text.debugDescription)")
            for width in 0...exact {
                let cut = TextMeasure.prefix(of: text, fittingWidth: width)
                #expect(cut.width <= width)
                #expect(DisplayWidth.of(String(cut.prefix)) == cut.width)
            }
        }
    }
}
