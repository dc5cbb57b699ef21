import ConversationEngine
import Foundation
import Testing
@testable import ConcordChannels

/// Inputs the email fuzzer (Fuzz/, target fuzz-email) found trapping, minimised, kept in
/// Fixtures/fuzz/. Each must now be answered: an event, or a `SourceParseError` for
/// quarantine; never a trap.
@Suite("Email: fuzz regressions")
struct EmailFuzzRegressionTests {
    /// The limits fuzz-email also parses with, so that small inputs reach the cuts.
    static let fuzzLimits = EmailParser.Limits(maximumDepth: 3, maximumHeaderBytes: 96, maximumParts: 8)

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: EmailTestSupport.testsDirectory.appendingPathComponent("Fixtures/fuzz").appendingPathComponent(name))
    }

    /// Parses with the source parser and answers whether it returned or threw a
    /// `SourceParseError` (a trap would end the test process instead).
    static func answer(_ data: Data, limits: EmailParser.Limits) -> Result<ParsedSource, SourceParseError> {
        let parser = EmailSourceParser(parser: EmailParser(limits: limits))
        let item = SourceItem(format: .email, origin: "fuzz", data: data, receivedAt: Date(timeIntervalSince1970: 0))
        do {
            return .success(try parser.parse(item, context: .standard))
        } catch {
            return .failure(error)
        }
    }

    @Test("an indented first header longer than the limit is cut, not trapped on")
    func indentedLongFirstHeader() throws {
        // The repair removed the indent and then cut the field from offset 0, overlapping
        // the removed indent: Range requires lowerBound <= upperBound in RawMessage.
        let data = try Self.fixture("email-indented-long-first-header.eml")
        let email = try EmailParser(limits: Self.fuzzLimits).parse(data)
        #expect(email.warnings.contains("the first header line was indented; read as a header"))
        #expect(email.warnings.contains { $0.hasPrefix("header From is ") && $0.hasSuffix("kept the first 96 bytes") })
        _ = Self.answer(data, limits: Self.fuzzLimits)
    }

    @Test("the same with the default limits: an indented first header over 1 MB")
    func indentedHugeFirstHeader() throws {
        let long = String(repeating: "word ", count: 250_000)
        let data = EmailTestSupport.message([" X-Long: \(long)", "From: Kim Minji <minji@example.kr>",
                                             "Date: Tue, 05 Mar 2024 09:30:00 +0900"])
        let parsed = try Self.answer(data, limits: EmailParser.Limits()).get()
        #expect(parsed.events.count == 1)
        #expect(parsed.events.first?.customer.identities == [Identity(kind: .email, value: "minji@example.kr")])
        #expect(parsed.warnings.contains { $0.hasPrefix("header X-Long is ") })
    }

    @Test("charset names from the mail pin a bounded number of converters")
    func pinnedCharsetsAreBounded() throws {
        // Every distinct declared charset was remembered for the life of the process, with an
        // open iconv descriptor when glibc accepted the name ("windows-1252//anything").
        let count = GMimeRuntime.maximumPinnedCharsets + 50
        for index in 0..<count {
            for charset in ["x-unknown-\(index)", "windows-1252//fuzz\(index)"] {
                let data = EmailTestSupport.message(["From: a@b.c", "Content-Type: text/plain; charset=\"\(charset)\""],
                                                    body: "Hello.\n")
                let email = try EmailParser().parse(data)
                #expect(email.text == "Hello.")
            }
        }
        #expect(GMimeRuntime.shared.pinnedCharsetCount <= GMimeRuntime.maximumPinnedCharsets)
    }
}
