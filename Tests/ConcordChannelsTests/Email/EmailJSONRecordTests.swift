import Foundation
import Testing
@testable import ConcordChannels

@Suite("Email: parse --json records")
struct EmailJSONRecordTests {
    static func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("exact keys, sorted, on one line; UTC dates with Z; arrays of name/address objects")
    func shape() throws {
        let email = try EmailTestSupport.parseFixture("nested-mixed.eml")
        let line = EmailJSONRecord(file: "mail/cur/1.eml", email: email).jsonLine()
        #expect(!line.contains("\n"))
        let object = try Self.object(line)
        #expect(Set(object.keys) == ["file", "message_id", "in_reply_to", "references", "date", "from", "to", "cc",
                                     "subject", "text", "attachments", "warnings"])
        #expect(line.hasPrefix("{\"attachments\":[{\"content_type\":\"application/pdf\",\"filename\":\"invoice.pdf\",\"size\":1029}"))
        #expect(object["file"] as? String == "mail/cur/1.eml")
        #expect(object["date"] as? String == "2024-03-05T00:30:00Z")
        #expect(object["message_id"] as? String == "nested-attachments@example.test")
        #expect(object["in_reply_to"] is NSNull)
        #expect((object["references"] as? [Any])?.isEmpty == true)
        #expect(object["from"] as? [String: String] == ["name": "Customer", "address": "customer@example.com"])
        let to = try #require(object["to"] as? [[String: Any]])
        #expect(to.count == 1)
        #expect(to[0]["address"] as? String == "support@acme.example")
        #expect(to[0]["name"] is NSNull)
        #expect((object["cc"] as? [Any])?.isEmpty == true)
        #expect(object["subject"] as? String == "Nested attachments")
        #expect(object["text"] as? String == "Please see the attached invoice. Grüße")
        let attachments = try #require(object["attachments"] as? [[String: Any]])
        #expect(attachments.count == 4)
        #expect(Set(attachments[0].keys) == ["filename", "content_type", "size"])
        #expect((object["warnings"] as? [String])?.isEmpty == true)
    }

    @Test("missing values are null, never absent; control characters are escaped")
    func nullsAndEscapes() throws {
        let email = ParsedEmail(subject: nil, text: "line one\nbell\u{07} escape\u{1B}[31m tab\t",
                                attachments: [EmailAttachment(filename: nil, contentType: "image/png", size: 3)],
                                warnings: ["no Date header"])
        let line = EmailJSONRecord(file: "x\ny.eml", email: email).jsonLine()
        #expect(!line.contains("\n"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
        #expect(line.contains("\\n"))
        #expect(line.contains("\\u001b") || line.contains("\\u001B"))
        let object = try Self.object(line)
        for key in ["message_id", "in_reply_to", "date", "from", "subject"] {
            #expect(object[key] is NSNull, "\(key)")
        }
        #expect(object["text"] as? String == "line one\nbell\u{07} escape\u{1B}[31m tab\t")
        #expect((object["attachments"] as? [[String: Any]])?.first?["filename"] is NSNull)
        #expect(object["warnings"] as? [String] == ["no Date header"])
    }

    @Test("dates are printed in UTC whatever the sender's zone")
    func utcDates() throws {
        let email = try EmailParser().parse(EmailTestSupport.message(["From: a@b.c", "Date: Mon, 31 Dec 2029 23:30:00 -0800"]))
        let object = try Self.object(EmailJSONRecord(file: "f", email: email).jsonLine())
        #expect(object["date"] as? String == "2030-01-01T07:30:00Z")
    }
}
