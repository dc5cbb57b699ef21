@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("Concord chat JSON Lines")
struct ConcordChatParserTests {
    let parser = ConcordChatParser()

    private func events() throws -> [InboundEvent] {
        try ProviderFixtures.lines("chat/concord-chat.jsonl").flatMap { line in
            try ProviderFixtures.parse(parser, ProviderFixtures.item(text: line, .concordChat)).events
        }
    }

    /// The README documents the schema for users; its examples must stay true.
    @Test func theREADMEExamplesReadAsDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "### Concord chat JSON Lines"), "the README documents the schema")
        let block = try #require(readme[section.upperBound...].range(of: "```json\n"))
        let end = try #require(readme[block.upperBound...].range(of: "```"))
        let lines = readme[block.upperBound..<end.lowerBound].split(separator: "\n")
        #expect(lines.count == 6)
        let events = try lines.flatMap { line in
            try ProviderFixtures.parse(parser, ProviderFixtures.item(text: String(line), .concordChat)).events
        }
        #expect(events.map(\.providerID) == ["web-1001", "web-1002", "web-1003", "tg-5001", "call-9001", "wx-3001"])
        #expect(events.map(\.channel) == [.chat, .chat, .chat, .telegram, .phone, .chat])
        #expect(events[2].direction == .internal, "a note line is an internal note")
        #expect(events[4].call?.outcome == .voicemail)
        #expect(events[5].attachments.first?.filename == "订单截图.png")
    }

    @Test func everyLineOfTheFixtureReads() throws {
        let events = try events()
        #expect(events.map(\.providerID) == ["web-1001", "web-1002", "web-1003", "tg-5001", "call-9001", "wx-3001"])

        let first = events[0]
        #expect(first.channel == .chat)
        #expect(first.direction == .inbound)
        #expect(first.occurredAt == ProviderFixtures.utc("2024-05-04T01:00:00Z"), "+09:00 read as UTC")
        #expect(first.thread.chatSessionID == "s-77")
        #expect(first.customer.identities == [Identity.email("minji.kim@example.kr")!, Identity.phone("+821012345678")!],
                "010-1234-5678 read in the context's region KR")
        #expect(first.customer.language == .ko)

        #expect(events[1].direction == .outbound)
        #expect(events[1].author == .agent("Dana Park"))

        let note = events[2]
        #expect(note.direction == .internal)
        #expect(note.channel == .chat, "a note with a session stays in the chat session")
        #expect(note.thread.chatSessionID == "s-77")

        let telegram = events[3]
        #expect(telegram.channel == .telegram)
        #expect(telegram.customer.identities == [Identity.handle("maryam_a", on: .telegram)!])
        #expect(telegram.thread.socialThreadID == "tg-chat-42")
        #expect(telegram.occurredAt == ProviderFixtures.utc("2024-05-04T07:30:00Z"))
        #expect(telegram.customer.name?.familyName == "احمدی")

        let call = events[4]
        #expect(call.channel == .phone)
        #expect(call.call == CallDetails(direction: .inbound, durationSeconds: 42, outcome: .voicemail,
                                         transcript: "Здравствуйте, перезвоните мне, пожалуйста."))
        #expect(call.customer.identities == [Identity.phone("+79161234567")!])
        #expect(call.customer.name?.patronymic == "Сергеевна")

        let wechat = events[5]
        #expect(wechat.customer.identities == [Identity.external("crm-88231", system: "app-user")!])
        #expect(wechat.attachments == [Attachment(filename: "订单截图.png", contentType: "image/png", size: 48_213)])
        #expect(wechat.queue == "billing")
        #expect(wechat.priority == .high)
    }

    @Test(arguments: [
        (#"{"time": "2024-05-04T10:00:00Z", "customer": {"email": "a@b.c"}, "text": "hi"}"#, "id"),
        (#"{"id": "1", "customer": {"email": "a@b.c"}, "text": "hi"}"#, "time"),
        (#"{"id": "1", "time": "2024-05-04T10:00:00Z", "text": "hi"}"#, "customer"),
        (#"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"name": "Anna"}, "text": "hi"}"#, "customer.email"),
        (#"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"email": "a@b.c"}}"#, "text"),
        (#"{"id": "1", "time": "2024-05-04T10:00:00Z", "channel": "phone", "customer": {"phone": "+79161234567"}}"#, "call"),
        (#"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"email": "a@b.c"}, "call": {"duration": 3}}"#, "call.outcome"),
        (#"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"email": "a@b.c"}, "attachments": [{"size": 3}]}"#,
         "attachments[0].filename"),
    ])
    func missingRequiredFieldsAreNamed(line: String, field: String) {
        let error = ProviderFixtures.failure(parser, ProviderFixtures.item(text: line, .concordChat))
        #expect(ProviderFixtures.isMissingField(error, field), "got \(String(describing: error))")
    }

    @Test(arguments: [
        #"{"id": "1", "time": "2024-05-04 10:00:00", "customer": {"email": "a@b.c"}, "text": "no offset"}"#,
        #"{"id": "1", "time": "yesterday", "customer": {"email": "a@b.c"}, "text": "hi"}"#,
        #"{"id": "1", "time": "2024-05-04T10:00:00Z", "direction": "sideways", "customer": {"email": "a@b.c"}, "text": "hi"}"#,
        #"{"id": "1", "time": "2024-05-04T10:00:00Z", "channel": "fax", "customer": {"email": "a@b.c"}, "text": "hi"}"#,
        #"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"email": "not an address"}, "text": "hi"}"#,
        #"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"handle": "@anna"}, "text": "handle without platform on chat"}"#,
        #"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"email": "a@b.c"}, "text": "hi", "call": {"outcome": "answered"}, "channel": "sms"}"#,
        #"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"email": "a@b.c"}, "text": "hi", "priority": "asap"}"#,
        #"[1, 2, 3]"#,
        #"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"email": "a@b.c"}, "text": "hi""#,
    ])
    func invalidValuesAreMalformed(line: String) {
        let error = ProviderFixtures.failure(parser, ProviderFixtures.item(text: line, .concordChat))
        #expect(ProviderFixtures.isMalformed(error), "got \(String(describing: error))")
    }

    @Test func emailLinesBelongToTheMailIngest() {
        let line = #"{"id": "1", "time": "2024-05-04T10:00:00Z", "channel": "email", "customer": {"email": "a@b.c"}, "text": "hi"}"#
        #expect(ProviderFixtures.isUnsupported(ProviderFixtures.failure(parser, ProviderFixtures.item(text: line, .concordChat))))
    }

    @Test func nationalNumbersNeedARegion() {
        let line = #"{"id": "1", "time": "2024-05-04T10:00:00Z", "customer": {"phone": "010-1234-5678"}, "text": "hi"}"#
        let error = ProviderFixtures.failure(parser, ProviderFixtures.item(text: line, .concordChat), context: .standard)
        guard case .malformed(let reason)? = error else { Issue.record("expected malformed"); return }
        #expect(reason.contains("region"))
    }

    @Test func unknownMembersAreReportedNotFatal() throws {
        let line = #"{"id": "1", "time": 1714816800, "customer": {"email": "a@b.c", "vip": true}, "text": "hi", "mood": "angry"}"#
        let parsed = try ProviderFixtures.parse(parser, ProviderFixtures.item(text: line, .concordChat))
        #expect(parsed.events.first?.occurredAt == Date(timeIntervalSince1970: 1_714_816_800), "a number is Unix seconds")
        #expect(parsed.warnings.contains { $0.contains("mood") })
        #expect(parsed.warnings.contains { $0.contains("vip") })
    }
}
