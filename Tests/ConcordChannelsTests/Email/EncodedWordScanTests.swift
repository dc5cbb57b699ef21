import Foundation
import Testing
@testable import ConcordChannels

/// `EncodedWords.joinPaddedRuns` scans bytes; these tests hold it to the regular expression it
/// replaced (kept here as the oracle) on crafted headers and on thousands of random ones.
@Suite("Finding base64 encoded words")
struct EncodedWordScanTests {
    /// The implementation before the byte scanner, word for word.
    static func oracle(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        let pattern = #/=\?([^?\s*]+)(\*[^?\s]*)?\?[Bb]\?([A-Za-z0-9+\/=]*)\?=/#
        let matches = text.matches(of: pattern)
        guard matches.count > 1 else { return text }
        var result = ""
        var cursor = text.startIndex
        var index = 0
        var changed = false
        while index < matches.count {
            var last = index
            while last + 1 < matches.count,
                  matches[last + 1].output.1.lowercased() == matches[index].output.1.lowercased(),
                  text[matches[last].range.upperBound..<matches[last + 1].range.lowerBound].allSatisfy({ $0 == " " || $0 == "\t" }) {
                last += 1
            }
            let run = matches[index...last]
            let padded = run.dropLast().contains { $0.output.3.hasSuffix("=") }
            if padded, let joined = EncodedWords.joinedBytes(run.map { String($0.output.3) }) {
                result += text[cursor..<run.first!.range.lowerBound]
                result += "=?\(run.first!.output.1)?B?\(joined.base64EncodedString())?="
                cursor = run.last!.range.upperBound
                changed = true
            }
            index = last + 1
        }
        guard changed else { return text }
        result += text[cursor...]
        return result
    }

    static let crafted: [String] = [
        "=?UTF-8?B?5Zue5aSN77ya6K6i5Y2VOQ==?= =?UTF-8?B?5Y+355qE6YCA5qy+?=",
        "=?utf-8?b?5Zue5aSN77ya6K6i5Y2VOQ==?=\t=?UTF-8?B?5Y+355qE6YCA5qy+?= tail",
        "head =?UTF-8*zh?B?5Zue5aSN77ya6K6i5Y2VOQ==?= =?UTF-8*zh?B?5Y+355qE?=",
        "=?UTF-8?B?5Zue5aSN77ya6K6i5Y2VOQ==?= x =?UTF-8?B?5Y+355qE?=",
        "=?=?UTF-8?B?aGk=?= =?UTF-8?B?aGk=?=",
        "=?UTF 8?B?aGk=?= =?UTF-8?B?aGk=?= =?UTF-8?B?aGk=?=",
        "=?UTF\u{3000}8?B?aGk=?= =?UTF\u{3000}8?B?aGk=?=",
        "=?ÜTF-8?B?aGk=?= =?ütf-8?B?aGk=?=",
        "=?UTF-8?B?aGk=?==?UTF-8?B?aGk=?=",
        "=?UTF-8?B??= =?UTF-8?B?aGk=?=",
        "=?UTF-8?B?a!Gk=?= =?UTF-8?B?aGk=?= =?UTF-8?B?aGk=?=",
        "=?UTF-8?Q?hi=3D?= =?UTF-8?B?aGk=?= =?UTF-8?B?aGk=?=",
        "=?UTF-8?B?aGk=?=\r\n =?UTF-8?B?aGk=?=",
        "=?UTF-8?B?a===?= =?UTF-8?B?aGk=?=",
        "=?UTF-8*?B?aGk=?= =?UTF-8*?B?aGk=?=",
        "=?", "=?UTF-8", "=?UTF-8?B?aGk=", "=?UTF-8?B?aGk=?", "?= =?",
        "주문 =?EUC-KR?B?wda5rg==?= =?EUC-KR?B?wda5rg==?= 배송",
    ]

    @Test(arguments: crafted)
    func craftedHeadersAreRewrittenAsTheExpressionDid(_ text: String) {
        #expect(EncodedWords.joinPaddedRuns(in: text) == Self.oracle(text))
    }

    @Test func randomHeadersAreRewrittenAsTheExpressionDid() {
        // Pieces that make and break words, joined at random (a fixed seed: every run the same).
        let pieces = ["=?", "?=", "?B?", "?b?", "?Q?", "UTF-8", "utf-8", "GB2312", "*zh", "*", "?",
                      "aGk=", "aGk", "5Zue5aSN77ya6K6i5Y2VOQ==", "=", " ", "\t", "\n", "x", "é", "주문",
                      "\u{3000}", "\u{00A0}", "=?UTF-8?B?aGk=?=", "=?UTF-8?B?5Y+355qE?= ", "+/"]
        var generator = ProviderRobustnessTests.SeededGenerator(state: 2047)
        var differences: [String] = []
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 14) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            if EncodedWords.joinPaddedRuns(in: text) != Self.oracle(text) { differences.append(text) }
        }
        #expect(differences.isEmpty, "\(differences.prefix(5))")
    }
}
