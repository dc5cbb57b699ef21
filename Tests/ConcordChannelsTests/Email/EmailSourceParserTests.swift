import ConversationEngine
import Foundation
import Testing
@testable import ConcordChannels

@Suite("Email: source items to timeline events")
struct EmailSourceParserTests {
    static let context = ParseContext(ownEmailAddresses: ["support@acme.example", "jin.park@acme.example"])
    static let received = Date(timeIntervalSince1970: 1_709_600_000)

    static func item(_ data: Data, receivedAt: Date? = received) -> SourceItem {
        SourceItem(format: .email, origin: "test.eml", data: data, receivedAt: receivedAt)
    }

    static func event(_ data: Data, receivedAt: Date? = received) throws -> (InboundEvent, [String]) {
        let parsed = try EmailSourceParser().parse(item(data, receivedAt: receivedAt), context: context)
        #expect(parsed.events.count == 1)
        return (parsed.events[0], parsed.warnings)
    }

    @Test("a customer's message is inbound from its sender, with identity, name and threading headers")
    func inbound() throws {
        let (event, warnings) = try Self.event(EmailTestSupport.customerMessage(
            ["In-Reply-To: <order-1@acme.example>", "References: <order-1@acme.example>"], body: "Where is my order?\n"))
        #expect(event.channel == .email)
        #expect(event.direction == .inbound)
        #expect(event.customer.identities == [Identity(kind: .email, value: "minji@example.kr")])
        #expect(event.customer.name?.displayName == "Kim Minji")
        #expect(event.author == nil)
        #expect(event.providerID == "m1@example.kr")
        #expect(event.occurredAt == Date(timeIntervalSince1970: 1_709_598_600))
        #expect(event.subject == "Help")
        #expect(event.text == "Where is my order?")
        #expect(event.email == EmailHeaders(messageID: "m1@example.kr", inReplyTo: "order-1@acme.example",
                                            references: ["order-1@acme.example"]))
        #expect(event.dedupeKey == "email:m1@example.kr")
        #expect(warnings.isEmpty)
    }

    @Test("a Korean display name is parsed into family and given name")
    func koreanName() throws {
        let (event, _) = try Self.event(EmailTestSupport.message(
            ["From: =?utf-8?b?6rmA66+87KeA?= <MinJi@Example.KR>", "Date: Tue, 05 Mar 2024 09:30:00 +0900"]))
        #expect(event.customer.identities.first?.value == "minji@example.kr")
        #expect(event.customer.name?.familyName == "김")
        #expect(event.customer.name?.givenName == "민지")
    }

    @Test("mail from an own address is outbound, written by the agent, to the first recipient who is not us")
    func outbound() throws {
        let (event, _) = try Self.event(EmailTestSupport.message([
            "From: Jin Park <Jin.Park@acme.example>",
            "To: support@acme.example, \"Sarah Miller\" <sarah@example.com>",
            "Cc: other@example.org",
            "Date: Tue, 05 Mar 2024 10:00:00 +0000",
            "Subject: Re: Help",
        ]))
        #expect(event.direction == .outbound)
        #expect(event.author == .agent("Jin Park"))
        #expect(event.customer.identities == [Identity(kind: .email, value: "sarah@example.com")])
        #expect(event.customer.name?.displayName == "Sarah Miller")
    }

    @Test("outbound mail whose recipients are all our own has no customer")
    func internalMail() {
        #expect(throws: SourceParseError.missingField("From")) {
            try Self.event(EmailTestSupport.message(["From: support@acme.example", "To: jin.park@acme.example",
                                                     "Date: Tue, 05 Mar 2024 10:00:00 +0000"]))
        }
    }

    @Test("no usable sender is a missing From")
    func missingFrom() {
        #expect(throws: SourceParseError.missingField("From")) {
            try Self.event(EmailTestSupport.message(["Subject: anonymous", "Date: Tue, 05 Mar 2024 10:00:00 +0000"]))
        }
        #expect(throws: SourceParseError.missingField("From")) {
            try Self.event(EmailTestSupport.message(["From: not an address", "Date: Tue, 05 Mar 2024 10:00:00 +0000"]))
        }
    }

    @Test("no Date: the item's received time is used with a warning; without either it is a missing Date")
    func missingDate() throws {
        let data = EmailTestSupport.message(["From: a@example.com", "Subject: undated"])
        let (event, warnings) = try Self.event(data)
        #expect(event.occurredAt == Self.received)
        #expect(warnings == ["no Date header", "no usable Date header; used the time the message was received"])
        #expect(throws: SourceParseError.missingField("Date")) { try Self.event(data, receivedAt: nil) }
    }

    @Test("bytes that are not a message are malformed; other formats are unsupported")
    func malformed() {
        #expect(throws: SourceParseError.malformed("not an email message: no header block")) {
            try Self.event(Data("hello\nworld\n".utf8))
        }
        let chat = SourceItem(format: .chatwoot, origin: "x", data: Data("{}".utf8))
        #expect(throws: SourceParseError.self) { try EmailSourceParser().parse(chat, context: Self.context) }
    }

    @Test("the parser's warnings are carried into the parsed source")
    func warningsCarried() throws {
        var data = EmailTestSupport.customerMessage(body: "")
        data.append(contentsOf: [0x00, 0x41, 0x0A])
        let (_, warnings) = try Self.event(data)
        #expect(warnings == ["removed 1 NUL byte"])
    }

    @Test("attachments become event attachments; a message without Message-ID dedupes by content")
    func attachmentsAndHash() throws {
        let data = try EmailTestSupport.fixture("nested-mixed.eml")
        let (event, _) = try Self.event(data)
        #expect(event.attachments.map(\.filename) == ["invoice.pdf", "photo.png", "note.txt", "original.eml"])
        #expect(event.attachments.map(\.size) == [1029, 308, 24, 180])

        let (anonymous, _) = try Self.event(EmailTestSupport.message(["From: a@example.com", "Date: Tue, 05 Mar 2024 10:00:00 +0000",
                                                                      "Content-Type: image/png"], body: "x\n"))
        #expect(anonymous.providerID == nil)
        #expect(anonymous.dedupeKey.hasPrefix("hash:email:"))
        #expect(anonymous.attachments == [Attachment(filename: "attachment-1", contentType: "image/png", size: 2)])
    }
}
