import Foundation
import Testing
@testable import ConcordChannels

@Suite("Email: mbox source")
struct MboxSourceTests {
    static func items(_ url: URL, chunkSize: Int = 1 << 20) throws -> [SourceItem] {
        try MboxSource(file: url, chunkSize: chunkSize).items().map { try $0.get() }
    }

    static func text(_ item: SourceItem) -> String { String(decoding: item.data, as: UTF8.self) }

    @Test("splits at From lines after blank lines, unquotes >From lines by one >, numbers origins by line",
          arguments: [1 << 20, 64, 7])
    func splitsAndUnquotes(chunkSize: Int) throws {
        let url = EmailTestSupport.fixturesDirectory.appendingPathComponent("mboxrd.mbox")
        let items = try Self.items(url, chunkSize: chunkSize)
        #expect(items.count == 3)
        #expect(items.map(\.origin) == ["\(url.path):line 1", "\(url.path):line 12", "\(url.path):line 23"])
        #expect(Self.text(items[0]).hasSuffix("""

            First message.
            From the look of it, not a new message (no blank line before).
            From the archive, quoted once.

            """))
        #expect(Self.text(items[1]).hasSuffix("Second message.\n\n>From a line quoted twice.\n"))
        #expect(Self.text(items[2]).hasSuffix("Third message with no date line change.\n"))
        #expect(!Self.text(items[0]).hasPrefix("From "))
        #expect(items.map(\.receivedAt) == [
            Date(timeIntervalSince1970: 1_709_600_400), Date(timeIntervalSince1970: 1_709_690_400),
            Date(timeIntervalSince1970: 1_709_780_400),
        ])
    }

    @Test("each mbox message parses as an email")
    func messagesParse() throws {
        let url = EmailTestSupport.fixturesDirectory.appendingPathComponent("mboxrd.mbox")
        let emails = try Self.items(url).map { try EmailParser().parse($0.data) }
        #expect(emails.map(\.subject) == ["Mbox message 1", "Mbox message 2", "Mbox message 3"])
        #expect(emails[0].text.contains("From the archive, quoted once."))
        #expect(emails.allSatisfy { $0.warnings.isEmpty })
    }

    @Test("a file that does not start with a From line is not an mbox; an empty file is an empty mbox")
    func notAnMbox() throws {
        let root = try EmailTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let eml = root.appendingPathComponent("one.eml")
        try Data("From: a@b.c\n\nhi\n".utf8).write(to: eml)
        #expect(throws: EmailSourceError.notAnMbox(path: eml.path)) { try MboxSource(file: eml) }
        let empty = root.appendingPathComponent("empty.mbox")
        try Data().write(to: empty)
        #expect(try Self.items(empty).isEmpty)
        #expect(throws: EmailSourceError.self) { try MboxSource(file: root.appendingPathComponent("missing")) }
    }

    @Test("CRLF mbox files and From-line date variants")
    func crlfAndDates() throws {
        let root = try EmailTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("crlf.mbox")
        let text = "From a@b.c Tue Mar  5 01:00:00 +0100 2024\r\nSubject: one\r\n\r\nbody one\r\n\r\n"
            + "From b@c.d Tue, 5 Mar 2024 02:00:00 -0000\r\nSubject: two\r\n\r\n>From quoted\r\n\r\n"
            + "From MAILER-DAEMON sometime\r\nSubject: three\r\n\r\nno date\r\n"
        try Data(text.utf8).write(to: url)
        let items = try Self.items(url)
        #expect(items.count == 3)
        #expect(Self.text(items[0]) == "Subject: one\r\n\r\nbody one\r\n")
        #expect(Self.text(items[1]) == "Subject: two\r\n\r\nFrom quoted\r\n")
        #expect(items.map(\.receivedAt) == [Date(timeIntervalSince1970: 1_709_596_800), Date(timeIntervalSince1970: 1_709_604_000), nil])
    }

    @Test("a large mbox is read in chunks: many messages, lines longer than a chunk")
    func largeFile() throws {
        let root = try EmailTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("big.mbox")
        let longLine = String(repeating: "x", count: 10_000)
        var text = ""
        for index in 0..<2_000 {
            text += "From a@b.c Tue Mar  5 01:00:00 2024\nSubject: \(index)\n\n\(longLine)\n\n"
        }
        try Data(text.utf8).write(to: url)
        var count = 0
        for result in try MboxSource(file: url, chunkSize: 4096).items() {
            let item = try result.get()
            #expect(Self.text(item) == "Subject: \(count)\n\n\(longLine)\n")
            count += 1
        }
        #expect(count == 2_000)
    }
}
