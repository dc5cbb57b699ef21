import Foundation
import Testing
@testable import ConcordChannels

/// Hostile and broken input: every limit is a warning and a repair, never a crash. The big
/// inputs are generated here at run time rather than committed.
@Suite("Email: limits and repairs")
struct EmailLimitsTests {
    static let headers = ["From: a@b.c", "Date: Tue, 05 Mar 2024 09:30:00 +0000", "Subject: limits"]

    @Test("NUL bytes are removed from headers and bodies, with a warning")
    func nulBytes() throws {
        let email = try EmailTestSupport.parseFixture("nul-bytes.eml")
        #expect(email.subject == "Nullbyte subject")
        #expect(email.text == "Body with aNUL byte.")
        #expect(email.warnings == ["removed 2 NUL bytes"])
    }

    @Test("NUL characters that only appear after decoding are removed too")
    func decodedNULs() throws {
        let body = Data("a\u{0}b".utf8).base64EncodedString()
        let email = try EmailParser().parse(EmailTestSupport.message(Self.headers + ["Content-Transfer-Encoding: base64"], body: body))
        #expect(email.text == "ab")
        #expect(email.warnings == ["removed NUL characters from the text/plain body"])
    }

    @Test("MIME nesting deeper than 100 levels: stop descending, warn")
    func deepNesting() throws {
        let depth = 150
        var body = "text at the bottom\n"
        var contentType = "text/plain"
        for level in (0..<depth).reversed() {
            body = "--b\(level)\nContent-Type: \(contentType)\n\n\(body)--b\(level)--\n"
            contentType = "multipart/mixed; boundary=\"b\(level)\""
        }
        let data = EmailTestSupport.message(Self.headers + ["Content-Type: \(contentType)"], body: body)
        let email = try EmailParser().parse(data)
        #expect(email.text == "")
        #expect(email.warnings.contains("MIME nesting deeper than 100 levels; the parts below were not read"))

        let shallow = try EmailParser(limits: .init(maximumDepth: 200)).parse(data)
        #expect(shallow.text == "text at the bottom")
    }

    @Test("a header over 1 MB is cut to 1 MB, with a warning, and the rest of the message still reads")
    func hugeHeader() throws {
        let long = String(repeating: "word ", count: 2 * 1024 * 1024 / 5)
        let data = EmailTestSupport.message(Self.headers + ["X-Long: \(long)", "Message-ID: <after@long.header>"],
                                            body: "still here\n")
        let email = try EmailParser().parse(data)
        #expect(email.messageID == "after@long.header")
        #expect(email.text == "still here")
        let fieldLength = "X-Long: \(long)\n".utf8.count
        #expect(email.warnings.contains("header X-Long is \(fieldLength) bytes long; kept the first 1048576 bytes"))

        let subject = String(repeating: "가", count: 800_000) // 2.4 MB of UTF-8
        let cut = try EmailParser().parse(EmailTestSupport.message(["From: a@b.c", "Subject: \(subject)"]))
        let kept = try #require(cut.subject)
        #expect(kept.utf8.count <= 1 << 20)
        #expect(kept.allSatisfy { $0 == "가" })
        #expect(kept.count > 340_000)
    }

    @Test("more than 100,000 parts: stop reading, warn")
    func manyParts() throws {
        var body = ""
        body.reserveCapacity(120_000 * 60)
        for index in 0..<120_000 {
            body += "--p\nContent-Type: application/octet-stream; name=\"f\(index)\"\n\nx\n"
        }
        body += "--p--\n"
        let data = EmailTestSupport.message(Self.headers + ["Content-Type: multipart/mixed; boundary=p"], body: body)
        let email = try EmailParser().parse(data)
        #expect(email.warnings.contains("more than 100000 MIME parts; stopped reading after 100000"))
        #expect(email.attachments.count == 99_999) // the multipart itself is the first part
        #expect(email.attachments.first == EmailAttachment(filename: "f0", contentType: "application/octet-stream", size: 1))
    }

    @Test("absurdly many delimiter lines are cut before GMime builds the parts")
    func delimiterFlood() throws {
        var body = ""
        for _ in 0..<30 { body += "--p\n\nx\n" }
        let data = EmailTestSupport.message(Self.headers + ["Content-Type: multipart/mixed; boundary=p"], body: body)
        let email = try EmailParser(limits: .init(maximumParts: 5)).parse(data)
        #expect(email.warnings.contains("more than 12 MIME delimiter lines; the message was read only up to the 12th"))
        #expect(email.attachments.count <= 12)
    }

    @Test("invalid UTF-8 in an 8-bit header is read in a fallback charset, never left broken")
    func invalidUTF8Header() throws {
        var data = Data("From: a@b.c\nSubject: broken ".utf8)
        data.append(contentsOf: [0xC3, 0x28, 0xFF, 0x0A, 0x0A])
        let email = try EmailParser().parse(data)
        #expect(email.subject == "broken Ã(ÿ")
        #expect(email.warnings.contains("the Subject header has undeclared 8-bit text that is not UTF-8; read as windows-1252"))
    }

    @Test("an indented first header and a missing blank line after the headers are repaired")
    func brokenHeaderBlock() throws {
        let indented = try EmailParser().parse(Data(" From: Kim <kim@example.kr>\nSubject: hi\n\nbody\n".utf8))
        #expect(indented.from?.address == "kim@example.kr")
        #expect(indented.warnings.contains("the first header line was indented; read as a header"))

        let noBlank = try EmailParser().parse(Data("From: kim@example.kr\nSubject: hi\nThis is the body.\nMore body.\n".utf8))
        #expect(noBlank.subject == "hi")
        #expect(noBlank.text == "This is the body.\nMore body.")
        #expect(noBlank.warnings.contains("no blank line after the headers; the body starts at the first line that is not a header"))

        let brokenFold = try EmailParser().parse(Data("From: kim@example.kr\nSubject: a subject\nthat lost its fold\nTo: x@y.z\n\nbody\n".utf8))
        #expect(brokenFold.subject == "a subject that lost its fold")
        #expect(brokenFold.to == [EmailAddress(address: "x@y.z")])
    }

    @Test("a 20,000-part message yields every part once, in document order")
    func everyPartOnce() throws {
        var body = ""
        for index in 0..<20_000 { body += "--p\nContent-Type: image/png; name=\"\(index).png\"\n\nx\n" }
        body += "--p--\n"
        let email = try EmailParser().parse(EmailTestSupport.message(Self.headers + ["Content-Type: multipart/mixed; boundary=p"], body: body))
        #expect(email.attachments.map(\.filename) == (0..<20_000).map { "\($0).png" })
    }
}
