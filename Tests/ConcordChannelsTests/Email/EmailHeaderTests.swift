import Foundation
import Testing
@testable import ConcordChannels

@Suite("Email: headers, threading ids and dates")
struct EmailHeaderTests {
    static func parse(_ headers: [String]) throws -> ParsedEmail {
        try EmailParser().parse(EmailTestSupport.message(headers))
    }

    static func utc(_ text: String) -> Date {
        try! Date(text, strategy: Date.ISO8601FormatStyle())
    }

    @Test("an RFC 2047-encoded In-Reply-To still yields the id")
    func encodedInReplyTo() throws {
        let email = try EmailTestSupport.parseFixture("in-reply-to-encoded.eml")
        #expect(email.inReplyTo == "order-778@acme.example")
        #expect(email.references == ["order-778@acme.example"])
        #expect(email.messageID == "reply-encoded@example.test")
    }

    @Test("an empty In-Reply-To is nil, and the folded References still thread")
    func emptyInReplyTo() throws {
        let email = try EmailTestSupport.parseFixture("in-reply-to-empty.eml")
        #expect(email.inReplyTo == nil)
        #expect(email.references == ["order-778@acme.example", "reply-1@customer.example"])
    }

    @Test("a reply with a changed subject keeps its thread ids and its new subject")
    func changedSubject() throws {
        let email = try EmailTestSupport.parseFixture("reply-changed-subject.eml")
        #expect(email.subject == "A different question about returns")
        #expect(email.inReplyTo == "order-778@acme.example")
        #expect(email.references == ["order-778@acme.example"])
    }

    @Test("garbage around an In-Reply-To id is ignored; a bare id is used with a warning", arguments: [
        ("In-Reply-To: Your message of \"Mon, 4 Mar 2024\" <abc@example.com>", "abc@example.com", false),
        ("In-Reply-To: <abc@example.com> (Kim's message)", "abc@example.com", false),
        ("In-Reply-To: <abc@example.com> <def@example.com>", "abc@example.com", false),
        ("In-Reply-To: abc@example.com", "abc@example.com", true),
        ("In-Reply-To:   ", nil, false),
    ] as [(String, String?, Bool)])
    func garbageInReplyTo(_ header: String, _ expected: String?, _ warns: Bool) throws {
        let email = try Self.parse(["From: a@b.c", "Date: Tue, 05 Mar 2024 09:30:00 +0000", header])
        #expect(email.inReplyTo == expected)
        #expect(email.warnings.isEmpty != warns)
    }

    @Test("Message-ID loses its angle brackets; a malformed one is kept as written")
    func messageIDs() throws {
        #expect(try Self.parse(["From: a@b.c", "Message-ID: <Abc.123@Example.COM>"]).messageID == "Abc.123@Example.COM")
        #expect(try Self.parse(["From: a@b.c", "Message-ID:\n <folded@example.com>"]).messageID == "folded@example.com")
        #expect(try Self.parse(["From: a@b.c", "Message-ID: no-brackets@example.com"]).messageID == "no-brackets@example.com")
        #expect(try Self.parse(["From: a@b.c", "Message-ID: "]).messageID == nil)
        #expect(try Self.parse(["From: a@b.c"]).messageID == nil)
    }

    @Test("dates in RFC 5322 and its obsolete forms", arguments: [
        ("Tue, 05 Mar 2024 09:30:00 +0900", "2024-03-05T00:30:00Z"),
        ("5 Mar 2024 09:30:00 -0500", "2024-03-05T14:30:00Z"),
        ("Tue, 5 Mar 2024 09:30 +0000", "2024-03-05T09:30:00Z"),
        ("Tue, 05 Mar 24 09:30:00 +0000", "2024-03-05T09:30:00Z"),
        ("Fri, 1 Jan 99 12:00:00 EST", "1999-01-01T17:00:00Z"),
        ("Tue, 05 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00Z"),
        ("Tue, 05 Mar 2024 09:30:00 PDT", "2024-03-05T16:30:00Z"),
        ("Tue,  5 Mar 2024 09:30:00 +0000 (UTC)", "2024-03-05T09:30:00Z"),
        ("Tue, 05 Mar 2024\n 09:30:00 +0100", "2024-03-05T08:30:00Z"),
    ])
    func dates(_ header: String, _ expected: String) throws {
        let email = try Self.parse(["From: a@b.c", "Date: \(header)"])
        #expect(email.date == Self.utc(expected))
        #expect(email.warnings.isEmpty)
    }

    @Test("a missing or unreadable Date is nil with a warning")
    func badDates() throws {
        let missing = try Self.parse(["From: a@b.c"])
        #expect(missing.date == nil)
        #expect(missing.warnings == ["no Date header"])
        let garbage = try Self.parse(["From: a@b.c", "Date: sometime last week"])
        #expect(garbage.date == nil)
        #expect(garbage.warnings == ["unreadable Date header \"sometime last week\""])
    }

    @Test("subjects are decoded and unfolded; an absent subject is nil, an empty one empty")
    func subjects() throws {
        #expect(try Self.parse(["From: a@b.c", "Subject: =?utf-8?q?Caf=C3=A9?=\n\t=?utf-8?b?7ZmY67aI?= now"]).subject == "Café환불 now")
        #expect(try Self.parse(["From: a@b.c", "Subject: a long subject\n that was folded\n\tsome more"]).subject
            == "a long subject that was folded some more")
        #expect(try Self.parse(["From: a@b.c", "Subject: "]).subject == "")
        #expect(try Self.parse(["From: a@b.c"]).subject == nil)
    }

    @Test("the first of repeated headers is used, as Python does, and the repeat is reported")
    func repeatedHeaders() throws {
        let email = try Self.parse(["From: a@b.c", "Subject: first", "Subject: second"])
        #expect(email.subject == "first")
        #expect(email.warnings.contains { $0.contains("Subject") })
    }

    @Test("addresses: names decoded, groups flattened, To and Cc kept in order")
    func addresses() throws {
        let email = try Self.parse([
            "From: \"Miller, Sarah\" <Sarah.Miller@Example.com>",
            "To: =?utf-8?b?6rmA66+87KeA?= <minji@example.kr>, team: one@acme.example, two@acme.example;",
            "Cc: undisclosed-recipients:;",
            "Reply-To: replies@example.com",
        ])
        #expect(email.from == EmailAddress(name: "Miller, Sarah", address: "Sarah.Miller@Example.com"))
        #expect(email.to == [EmailAddress(name: "김민지", address: "minji@example.kr"),
                             EmailAddress(address: "one@acme.example"), EmailAddress(address: "two@acme.example")])
        #expect(email.cc.isEmpty)
        #expect(email.replyTo == [EmailAddress(address: "replies@example.com")])
    }

    @Test("a message with a leading mbox \"From \" line parses as if it were not there")
    func leadingFromLine() throws {
        let email = try EmailTestSupport.parseFixture("leading-from-line.eml")
        #expect(email.from?.address == "customer@example.com")
        #expect(email.subject == "Delivered by a pipe")
        #expect(email.text == "Hello from stdin.")
        #expect(email.warnings.isEmpty)
    }
}
