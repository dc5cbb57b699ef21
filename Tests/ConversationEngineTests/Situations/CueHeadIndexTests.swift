import Foundation
import Testing
@testable import ConversationEngine

@Suite("Cue head index")
struct CueHeadIndexTests {
    @Test func findsOverlappingAndNestedHeads() {
        let heads: [[Unicode.Scalar]] = ["he", "she", "his", "hers", "e"].map { Array($0.unicodeScalars) }
        let index = CueHeadIndex(heads)
        let found = index.occurrences(in: Array("ushers".unicodeScalars))
        // "she" at 1, "he" at 2, "e" at 3, "hers" at 2: every occurrence, ordered by its end.
        #expect(found.map { "\($0.head)@\($0.start)" } == ["1@1", "0@2", "4@3", "3@2"])
        #expect(index.occurrences(in: []).isEmpty)
        #expect(CueHeadIndex([]).occurrences(in: Array("anything".unicodeScalars)).isEmpty)
    }

    @Test func findsWideScalarsAndRepeats() {
        let index = CueHeadIndex([Array("환불".unicodeScalars), Array("退款".unicodeScalars), Array("aa".unicodeScalars)])
        let found = index.occurrences(in: Array("환불 환불退款 aaa".unicodeScalars))
        #expect(found.map { "\($0.head)@\($0.start)" } == ["0@0", "0@3", "1@5", "2@8", "2@9"])
    }

    /// The lexicons find exactly what trying every cue on the whole text finds, in the same
    /// order, on the labelled messages, the seed articles and texts made of the cues themselves.
    @Test(arguments: Language.allCases)
    func lexiconHitsAgreeWithTryingEveryCue(_ language: Language) throws {
        let lexicon = SituationLexicon.of(language)
        // Trying every cue is slow (the reason for the index), so the messages are those of the
        // lexicon's language, and a few paragraphs of each seed article.
        var texts = (SituationEvaluationSet.messages + SituationHoldoutSet.messages).filter { $0.language == language }.map(\.text)
        texts += Self.seedParagraphs()
        // Every cue's words, as a sentence, then all of them run together (overlaps, repeats,
        // gapped parts next to each other, no word boundaries in between).
        let words = (lexicon.cues.map(\.pattern) + lexicon.escalations.map(\.pattern)).map { $0.source.replacingOccurrences(of: "…", with: " and then ")
            .trimmingCharacters(in: CharacterSet(charactersIn: "*^$")) }
        let separators = [". ", " not ", ""]
        texts += stride(from: 0, to: words.count, by: 25).enumerated().map { number, start in
            words[start..<min(words.count, start + 25)].joined(separator: separators[number % separators.count])
        }
        var compared = 0, withHits = 0
        for text in texts {
            let matchable = MatchableText(text)
            let indexed = lexicon.hits(in: matchable)
            let plain = lexicon.hitsTryingEveryCue(in: matchable)
            #expect(indexed == plain, "\(language): \(text.prefix(80))")
            let escalations = lexicon.firstEscalations(in: matchable).map { "\($0.0.pattern.source) \($0.1)" }
            let plainEscalations = lexicon.escalations.compactMap { escalation in
                escalation.pattern.matches(in: matchable, maxGap: lexicon.maxGap).first.map { "\(escalation.pattern.source) \($0)" }
            }
            #expect(escalations == plainEscalations, "\(language): \(text.prefix(80))")
            compared += 1
            if !plain.isEmpty { withHits += 1 }
        }
        #expect(withHits >= 40, "the texts must exercise the cues: \(withHits) of \(compared) had hits")
    }

    static func seedParagraphs() -> [String] {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../shared/seeds").standardizedFileURL
        let files = (try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.path < $1.path }.flatMap { file -> [String] in
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            return text.components(separatedBy: "\n").filter { !$0.isEmpty }.prefix(4).map { String($0.prefix(500)) }
        }
    }
}

@Suite("Folding text for the cues")
struct MatchableTextFoldingTests {
    /// The fast paths for ASCII, Hangul, CJK, Cyrillic and Arabic letters fold exactly as the
    /// general rule does.
    @Test func fastPathsAgreeWithTheGeneralRule() {
        let ranges: [ClosedRange<UInt32>] = [0x21...0x7E, 0x0400...0x045F, 0x0600...0x06FF, 0x4E00...0x4FFF, 0x9F00...0x9FFF,
                                             0xAC00...0xAD00, 0xD700...0xD7A3]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let single = String(String.UnicodeScalarView([scalar]))
                guard single.precomposedStringWithCanonicalMapping == single else { continue }
                let expected = MatchableText.fold(scalar).filter { $0 != " " && $0 != "\n" }
                #expect(MatchableText(single).scalars == expected, "U+\(String(value, radix: 16))")
            }
        }
    }

    /// Arabic short vowels and tanwin skip the normaliser only in canonical order; either
    /// way the text comes out composed exactly as Foundation composes it.
    @Test func arabicMarksSkipTheNormaliserOnlyInCanonicalOrder() {
        let letters: [UInt32] = [0x0644, 0x0637, 0x0641, 0x0627, 0x0628, 0x0647, 0x06CC, 0x0020]
        let marks: [UInt32] = Array(0x064B...0x0652) + [0x0653, 0x0654, 0x0670]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let values = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                Bool.random(using: &generator) ? letters.randomElement(using: &generator)! : marks.randomElement(using: &generator)!
            }
            let text = String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
            #expect(MatchableText(text).original == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                    "\(values.map { String($0, radix: 16) })")
        }
        #expect(MatchableText.isComposedAlready(Array("لطفاً".unicodeScalars)))
        #expect(!MatchableText.isComposedAlready(["\u{0628}", "\u{0651}", "\u{064E}"]))  // shadda (33) before fatha (30)
    }

    /// The scalars read without the normaliser are their own canonical composition, and a
    /// mark after one sends the text through the normaliser (é written as e + U+0301).
    @Test func textThatSkipsTheNormaliserIsComposedAlready() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), MatchableText.isStableComposed(scalar) else { continue }
            let single = String(String.UnicodeScalarView([scalar]))
            #expect(Array(single.precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "U+\(String(value, radix: 16))")
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
        }
        #expect(MatchableText("cafe\u{301}").original == Array("café".unicodeScalars))
        #expect(MatchableText("\u{304B}\u{3099}").original == ["\u{304C}"])  // か + voiced mark is が
        #expect(MatchableText("\u{1100}\u{1161}").original == Array("가".unicodeScalars))
    }
}
