@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("Provider parsing helpers")
struct ProviderHelperTests {
    // MARK: JSON

    @Test func jsonKeepsBigIDsAndDecodesEscapes() throws {
        let document = try JSONReader.parse(Data(#"{"id": 1785912345678901234567, "t": "\ud83d\ude00 \u00e9\n", "n": -1.5e3, "ok": true, "x": null}"#.utf8))
        #expect(document.value["id"]?.text == "1785912345678901234567")
        #expect(document.value["id"]?.int64Value == nil, "too large for 64 bits: nil, not a trap")
        #expect(document.value["t"]?.stringValue == "😀 é\n")
        #expect(document.value["n"]?.doubleValue == -1500)
        #expect(document.value["ok"]?.boolValue == true)
        #expect(document.value["x"]?.isNull == true)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "tru", "01", "1.", "\"\\x\"", "{} {}", "\"\\ud800"])
    func invalidJSONIsMalformed(text: String) {
        #expect(throws: SourceParseError.self) { try JSONReader.parse(Data(text.utf8)) }
    }

    @Test func deepNestingIsRejectedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: SourceParseError.self) { try JSONReader.parse(Data(deep.utf8)) }
        let fine = String(repeating: "[", count: 50) + String(repeating: "]", count: 50)
        #expect(throws: Never.self) { try JSONReader.parse(Data(fine.utf8)) }
    }

    @Test func invalidUTF8AndLoneSurrogatesAreRepairedWithAWarning() throws {
        var bytes = Data(#"{"a": ""#.utf8)
        bytes.append(contentsOf: [0xFF, 0xFE])
        bytes.append(contentsOf: Data(#"", "b": "\udc00"}"#.utf8))
        let document = try JSONReader.parse(bytes)
        #expect(document.value["a"]?.stringValue == "\u{FFFD}\u{FFFD}")
        #expect(document.value["b"]?.stringValue == "\u{FFFD}")
        #expect(document.warnings.contains { $0.contains("UTF-8") })
    }

    // MARK: Times

    @Test(arguments: [
        ("2021-07-23T18:02:48.000Z", "2021-07-23T18:02:48Z", true),
        ("2020-03-03 13:05:57 UTC", "2020-03-03T13:05:57Z", true),
        ("2024-05-02T09:15:00+09:00", "2024-05-02T00:15:00Z", true),
        ("2024-05-02 09:15:00", "2024-05-02T09:15:00Z", false),
        ("Thu, 02 May 2024 00:18:04 +0000", "2024-05-02T00:18:04Z", true),
        ("Mon, 16 Aug 2010 03:45:01 -0700", "2010-08-16T10:45:01Z", true),
        ("1714641600", "2024-05-02T09:20:00Z", true),
        ("1714641600000", "2024-05-02T09:20:00Z", true),
    ])
    func timesInEveryProvidersLayout(text: String, expected: String, hadOffset: Bool) throws {
        let reading = try #require(ProviderTime.parse(text))
        #expect(reading.date == ProviderFixtures.utc(expected))
        #expect(reading.hadOffset == hadOffset)
    }

    @Test(arguments: ["2024-13-01 00:00:00", "2024-02-30T10:00:00Z", "2024-05-02T25:00:00Z", "soon", "99999999999999999999999",
                      "32 Jan 2024 10:00:00 +0000", "2024-05-02T10:00:00+99:00", "-5"])
    func impossibleTimesAreRejected(text: String) {
        #expect(ProviderTime.parse(text) == nil)
    }

    @Test func localTimesCanBeReadInAZone() throws {
        let reading = try #require(ProviderTime.parse("2024-01-15 09:00:00", localZone: TimeZone(identifier: "Europe/Moscow")))
        #expect(reading.date == ProviderFixtures.utc("2024-01-15T06:00:00Z"))
        #expect(!reading.hadOffset)
    }

    // MARK: Forms, HTML, media, CSV

    @Test func formDecodingIsForgiving() {
        let fields = FormFields(urlEncoded: Data("Body=Hi+there%21+%E2%9C%93&From=%2B7%20916&Bad=%ZZ%&Empty=&Body=second\n".utf8))
        #expect(fields["Body"] == "Hi there! ✓", "the first of repeated names wins")
        #expect(fields["From"] == "+7 916")
        #expect(fields["Bad"] == "%ZZ%")
        #expect(fields["Empty"] == nil)
    }

    @Test func htmlBecomesReadableText() {
        #expect(MarkupText.text(from: "<p>Hi &amp; welcome</p><p>Line&nbsp;two<br>three &#x1F600; &#1575;</p>")
            == "Hi & welcome\nLine two\nthree 😀 ا")
        #expect(MarkupText.text(from: "<style>p{color:red}</style><script>alert(1)</script><b>Bold</b>") == "Bold")
        #expect(MarkupText.text(from: "a < b and <unclosed") == "a < b and <unclosed")
        #expect(MarkupText.text(from: "&#99999999999; &bogus;") == "&#99999999999; &bogus;")
    }

    @Test func mediaNamesComeFromURLsAndTypes() {
        #expect(MediaFiles.attachment(url: "https://api.twilio.com/x/Media/ME12", contentType: "image/png", fallbackName: "f")
            == Attachment(filename: "ME12.png", contentType: "image/png", size: 0))
        #expect(MediaFiles.attachment(url: "https://cdn.example/a/%EC%82%AC%EC%A7%84.jpg?sig=1", contentType: nil, fallbackName: "f")
            == Attachment(filename: "사진.jpg", contentType: "image/jpeg", size: 0))
        #expect(MediaFiles.attachment(url: "not a url", contentType: nil, fallbackName: "doc-1").filename == "doc-1")
    }

    @Test func csvRecordsKnowTheirLinesAndRawText() throws {
        let text = "a,b\r\n\"multi\r\nline\",c\n\n\"x\"\"y\",z"
        let records = try CSVRecords.read(text)
        #expect(records.map(\.line) == [1, 2, 4, 5])
        #expect(records.map(\.fields) == [["a", "b"], ["multi\r\nline", "c"], [""], ["x\"y", "z"]])
        #expect(records[1].raw == "\"multi\nline\",c")
        #expect(records[2].isBlank)
        #expect(CSVRecords.hasUnbalancedQuotes("\"open,field"))
        #expect(!CSVRecords.hasUnbalancedQuotes(records[3].raw))
    }

    @Test func phonePartiesFindTheCustomer() {
        let parties = PhoneParties(context: ProviderFixtures.company, extensionsAreOwn: true)
        #expect(parties.resolve(from: "01012345678", to: "1588-1234", hint: nil) == .customer(number: "01012345678", direction: .inbound, identity: Identity.phone("+821012345678")))
        #expect(parties.resolve(from: "client:anna", to: "+79161234567", hint: .inbound) == .customer(number: "+79161234567", direction: .outbound, identity: Identity.phone("+79161234567")))
        #expect(parties.resolve(from: "101", to: "102", hint: nil) == .internalOnly)
        #expect(parties.resolve(from: "+79161234567", to: "+8613812345678", hint: .outbound) == .customer(number: "+8613812345678", direction: .outbound, identity: Identity.phone("+8613812345678")))
    }

    @Test func namesThatAreNotNamesAreIgnored() {
        for raw in ["", "  ", "+82 10-1234-5678", "anonymous", "Unknown", "minji@example.kr", "Ив\u{FFFD}н"] {
            #expect(CustomerHintsBuilder.cleanName(raw) == nil, "\(raw)")
        }
        #expect(CustomerHintsBuilder.cleanName(" 김민지 ") == "김민지")
    }
}
