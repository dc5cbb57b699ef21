import Testing
@testable import ConversationEngine

/// `TimePhraseRule.bytes(_:contain:)` decides whether a rule's expression runs at all; it must
/// answer as the standard library's `contains` does.
@Suite("Words a time-phrase rule needs")
struct TimePhraseRuleNeedsTests {
    @Test(arguments: [
        ("tomorrow at 3", "tomorrow", true), ("tomorrow", "tomorrow", true), ("tomorro", "tomorrow", false),
        ("", "x", false), ("x", "", true), ("aab", "ab", true), ("abab", "bab", true), ("aaa", "aaaa", false),
        ("내일 오후 3시", "내일", true), ("모레", "내일", false), ("明天下午", "下午", true), ("завтра до 18:00", "до", true),
        ("پس فردا", "فردا", true), ("end", "d", true), ("dx", "d", true), ("xyz", "z", true), ("xyz", "zz", false),
    ])
    func findsAWordWhereverItIs(_ sentence: String, _ word: String, _ expected: Bool) {
        let haystack = Array(sentence.utf8), needle = Array(word.utf8)
        #expect(TimePhraseRule.bytes(haystack, contain: needle) == expected)
        #expect(TimePhraseRule.bytes(haystack, contain: needle) == (needle.isEmpty || haystack.contains(needle)))
    }

    @Test func agreesWithTheStandardLibraryOnEveryShortString() {
        let alphabet: [UInt8] = [0x61, 0x62, 0xE2]
        func strings(upTo length: Int) -> [[UInt8]] {
            var all: [[UInt8]] = [[]]
            var frontier: [[UInt8]] = [[]]
            for _ in 0..<length {
                frontier = frontier.flatMap { prefix in alphabet.map { prefix + [$0] } }
                all += frontier
            }
            return all
        }
        let haystacks = strings(upTo: 6), needles = strings(upTo: 3)
        for haystack in haystacks {
            for needle in needles where TimePhraseRule.bytes(haystack, contain: needle) != (needle.isEmpty || haystack.contains(needle)) {
                Issue.record("\(haystack) contains \(needle)?")
            }
        }
    }
}
