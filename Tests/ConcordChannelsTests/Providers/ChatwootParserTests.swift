@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("Chatwoot webhooks")
struct ChatwootParserTests {
    let parser = ChatwootParser()

    @Test func incomingMessageIsTheCustomerOnTheChatSession() throws {
        let parsed = try ProviderFixtures.parse(parser, try ProviderFixtures.item("chat/chatwoot-message-created.json", .chatwoot))
        let event = try #require(parsed.events.first)
        #expect(parsed.events.count == 1)
        #expect(event.channel == .chat)
        #expect(event.direction == .inbound)
        #expect(event.author == nil)
        #expect(event.providerID == "chatwoot:190233")
        #expect(event.occurredAt == ProviderFixtures.utc("2024-05-02T00:15:00Z"))
        #expect(event.text.hasPrefix("안녕하세요. 주문번호 4821"))
        #expect(event.thread.chatSessionID == "chatwoot:4821")
        #expect(event.customer.identities == [
            Identity.email("minji.kim@example.kr")!, Identity.phone("+821012345678")!,
            Identity.external("shop-user-55120", system: "app-user")!, Identity.external("702", system: "chatwoot")!,
        ])
        #expect(event.customer.name?.displayName == "김민지")
        #expect(event.customer.name?.familyName == "김")
        #expect(event.attachments == [Attachment(filename: "tracking-screenshot.png", contentType: "image/png", size: 184_233)])
        #expect(parsed.warnings.isEmpty)
    }

    @Test func outgoingMessageIsAnAgentReplyToTheConversationsContact() throws {
        let parsed = try ProviderFixtures.parse(parser, try ProviderFixtures.item("chat/chatwoot-outgoing.json", .chatwoot))
        let event = try #require(parsed.events.first)
        #expect(event.direction == .outbound)
        #expect(event.author == .agent("Dana Park"))
        #expect(event.customer.identities.first == Identity.email("minji.kim@example.kr"))
        #expect(event.thread.chatSessionID == "chatwoot:4821")
    }

    @Test func privateMessageIsAnInternalNoteInTheSameSession() throws {
        let parsed = try ProviderFixtures.parse(parser, try ProviderFixtures.item("chat/chatwoot-private-note.json", .chatwoot))
        let event = try #require(parsed.events.first)
        #expect(event.direction == .internal)
        #expect(event.channel == .chat)
        #expect(event.author?.kind == .agent)
        #expect(event.thread.chatSessionID == "chatwoot:4821")
    }

    @Test func activityMessagesAreSkippedWithAWarning() throws {
        let parsed = try ProviderFixtures.parse(parser, try ProviderFixtures.item("chat/chatwoot-activity.json", .chatwoot))
        #expect(parsed.events.isEmpty)
        #expect(parsed.warnings.contains { $0.contains("activity") })
    }

    @Test func conversationEventsCarryNoMessage() throws {
        let item = try ProviderFixtures.item("chat/chatwoot-conversation-status-changed.json", .chatwoot)
        let parsed = try ProviderFixtures.parse(parser, item)
        #expect(parsed.events.isEmpty)
        #expect(parsed.warnings.contains { $0.contains("conversation_status_changed") })
    }

    @Test func unknownEventsAreUnsupported() {
        let error = ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"event": "payment_captured", "id": 1}"#, .chatwoot))
        #expect(ProviderFixtures.isUnsupported(error))
    }

    @Test func whatsAppInboxMessagesAreWhatsAppEventsWithThePhoneFromTheContactInbox() throws {
        let parsed = try ProviderFixtures.parse(parser, try ProviderFixtures.item("chat/chatwoot-whatsapp-inbox.json", .chatwoot))
        let event = try #require(parsed.events.first)
        #expect(event.channel == .whatsapp)
        #expect(event.direction == .inbound, "message_type 0 is incoming")
        #expect(event.occurredAt == Date(timeIntervalSince1970: 1_714_640_400))
        #expect(event.customer.identities.contains(Identity.phone("+79161234567")!))
        #expect(event.thread.socialThreadID == "chatwoot:5001")
        #expect(event.social?.visibility == .private)
        #expect(event.customer.name?.displayName == "Анна Иванова")
    }

    @Test func generatedVisitorNamesAreNotNames() {
        #expect(ChatwootParser.isGeneratedVisitorName("little-haze-776"))
        #expect(!ChatwootParser.isGeneratedVisitorName("김민지"))
        #expect(!ChatwootParser.isGeneratedVisitorName("Mary-Jane Watson"))
    }

    @Test func requiredFieldsAreNamed() throws {
        var payload = try #require(try JSONSerialization.jsonObject(
            with: ProviderFixtures.data("chat/chatwoot-message-created.json")) as? [String: Any])
        payload.removeValue(forKey: "message_type")
        let missingType = try JSONSerialization.data(withJSONObject: payload)
        #expect(ProviderFixtures.isMissingField(
            ProviderFixtures.failure(parser, SourceItem(format: .chatwoot, origin: "t", data: missingType)), "message_type"))

        payload["message_type"] = "incoming"
        payload.removeValue(forKey: "id")
        let missingID = try JSONSerialization.data(withJSONObject: payload)
        #expect(ProviderFixtures.isMissingField(
            ProviderFixtures.failure(parser, SourceItem(format: .chatwoot, origin: "t", data: missingID)), "id"))

        payload["id"] = 5
        payload.removeValue(forKey: "created_at")
        let missingTime = try JSONSerialization.data(withJSONObject: payload)
        #expect(ProviderFixtures.isMissingField(
            ProviderFixtures.failure(parser, SourceItem(format: .chatwoot, origin: "t", data: missingTime)), "created_at"))
        let received = Date(timeIntervalSince1970: 1_714_700_000)
        let parsed = try parser.parse(SourceItem(format: .chatwoot, origin: "t", data: missingTime, receivedAt: received),
                                      context: ProviderFixtures.company)
        #expect(parsed.events.first?.occurredAt == received)
        #expect(parsed.warnings.contains { $0.contains("received") })
    }

    @Test func malformedJSONSaysWhere() {
        let error = ProviderFixtures.failure(parser, ProviderFixtures.item(text: "{\"event\": \"message_created\",\n \"id\": }", .chatwoot))
        guard case .malformed(let reason)? = error else { Issue.record("expected malformed, got \(String(describing: error))"); return }
        #expect(reason.contains("line 2"))
    }

    @Test func sameWebhookTwiceGivesTheSameProviderID() throws {
        let item = try ProviderFixtures.item("chat/chatwoot-message-created.json", .chatwoot)
        let first = try parser.parse(item, context: ProviderFixtures.company)
        let second = try parser.parse(item, context: ProviderFixtures.company)
        #expect(first == second)
        #expect(first.events.map(\.dedupeKey) == ["chat:chatwoot:190233"])
    }
}
