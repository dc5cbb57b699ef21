import Testing
@testable import ConversationEngine

/// `Placeholder.occurrences` scans bytes for speed; these hold it to the walk over characters
/// it replaced, on the texts where bytes and characters could disagree.
@Suite("Finding placeholders in a text")
struct PlaceholderOccurrenceTests {
    /// The walk over characters, as first written.
    private static func characterOccurrences(in text: String) -> [(name: String, start: Int, end: Int)] {
        func isName(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": true
            default: false
            }
        }
        var result: [(name: String, start: Int, end: Int)] = []
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "{") {
            let nameStart = text.index(after: open)
            var cursor = nameStart
            while cursor < text.endIndex, text[cursor].unicodeScalars.allSatisfy(isName) { cursor = text.index(after: cursor) }
            if cursor < text.endIndex, text[cursor] == "}", cursor > nameStart {
                let end = text.index(after: cursor)
                result.append((String(text[nameStart..<cursor]), text.utf8.distance(from: text.startIndex, to: open),
                               text.utf8.distance(from: text.startIndex, to: end)))
                index = end
            } else {
                index = nameStart
            }
        }
        return result
    }

    static let texts = [
        "", "no braces", "{customer.address}, 환불을 기다리시느라 {agent.name}", "{}", "{ }", "{{order}}", "{a}{b}",
        "{order", "order}", "{x y}", "{é}", "{e\u{301}}", "{order}\u{301} after", "\u{301}{order}", "{\u{301}order}",
        "\u{0600}{order} Arabic number sign prepended", "سلام {customer.address} {promise.due}، ممنون",
        "👩‍👩‍👧{eta}👍🏽", "\r\n{order}\r\n", "{fragment.refund_timeline}", "{order.}", "{-_.}", "退款{order}到账",
        "{customer.address\u{200D}}", "{{{", "}}}{", "{a{b}c}",
    ]

    @Test(arguments: texts)
    func bytesFindWhatTheCharacterWalkFinds(text: String) {
        let found = Placeholder.occurrences(in: text).map {
            ($0.name, text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound),
             text.utf8.distance(from: text.startIndex, to: $0.range.upperBound))
        }
        let expected = Self.characterOccurrences(in: text)
        #expect(found.map(\.0) == expected.map(\.name))
        #expect(found.map(\.1) == expected.map(\.start))
        #expect(found.map(\.2) == expected.map(\.end))
        for occurrence in Placeholder.occurrences(in: text) {
            #expect(String(text[occurrence.range]) == "{\(occurrence.name)}")
        }
    }

    @Test func namesAndRangesOfARealPhrase() {
        let text = "{customer.address}, 환불은 {eta}까지 들어옵니다."
        let found = Placeholder.occurrences(in: text)
        #expect(found.map(\.name) == ["customer.address", "eta"])
        #expect(found.map { String(text[$0.range]) } == ["{customer.address}", "{eta}"])
    }
}
