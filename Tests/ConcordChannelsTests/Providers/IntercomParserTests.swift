@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("Intercom conversations")
struct IntercomParserTests {
    let parser = IntercomParser()

    @Test func conversationBecomesOneEventPerMessageWithNotesInternal() throws {
        let parsed = try ProviderFixtures.parse(parser, try ProviderFixtures.item("chat/intercom-conversation.json", .intercom))
        #expect(parsed.events.map(\.providerID) == [
            "intercom:message:2204857391", "intercom:part:31200002", "intercom:part:31200003", "intercom:part:31200004",
        ])
        #expect(parsed.events.map(\.direction) == [.inbound, .outbound, .internal, .inbound])
        #expect(parsed.events.allSatisfy { $0.channel == .chat && $0.thread.chatSessionID == "intercom:147852369" })

        let first = parsed.events[0]
        #expect(first.text == "你好！我上周买的耳机左耳没有声音。\n订单号：CN-20240428-7731")
        #expect(first.occurredAt == Date(timeIntervalSince1970: 1_714_705_200))
        #expect(first.attachments == [Attachment(filename: "耳机照片.jpg", contentType: "image/jpeg", size: 233_017)])
        #expect(first.customer.identities == [
            Identity.email("xiaoming.wang@example.cn")!, Identity.external("6630a1b2c3d4e5f601234567", system: "intercom")!,
            Identity.external("cn-cust-30918", system: "app-user")!,
        ])
        #expect(first.customer.name?.familyName == "王")

        let reply = parsed.events[1]
        #expect(reply.author == .agent("李娜"))
        #expect(reply.text == "王先生您好，非常抱歉给您带来不便。\n我们会在 24 小时内为您寄出新耳机。")
        #expect(reply.customer.identities.first == Identity.email("xiaoming.wang@example.cn"), "the customer of an agent reply")

        let note = parsed.events[2]
        #expect(note.text == "Replacement approved & shipped via SF Express, tracking SF1234567890.")
        #expect(note.author?.kind == .agent)

        #expect(parsed.warnings.contains { $0.contains("1 assignment") && $0.contains("1 close") })
    }

    @Test func notificationEventsAreUnwrapped() throws {
        let parsed = try ProviderFixtures.parse(parser, try ProviderFixtures.item("chat/intercom-notification.json", .intercom))
        #expect(parsed.events.count == 2)
        let first = try #require(parsed.events.first)
        #expect(first.customer.identities.first == Identity.email("s.petrov@example.ru"))
        #expect(first.customer.name?.givenName == "Сергей")
        #expect(first.text == "Здравствуйте! Не могу оплатить заказ картой — пишет «ошибка 05».")
        #expect(parsed.events[1].author == .agent("Ольга Смирнова"))
        #expect(parsed.events[1].thread.chatSessionID == "intercom:147852400")
    }

    @Test func notificationsWithoutAConversationGiveNoEvents() throws {
        let parsed = try ProviderFixtures.parse(parser, try ProviderFixtures.item("chat/intercom-ping.json", .intercom))
        #expect(parsed.events.isEmpty)
        #expect(parsed.warnings.contains { $0.contains("ping") })
    }

    @Test func aConversationWithoutCustomerOrIDIsRejected() {
        let noID = ProviderFixtures.item(text: #"{"type": "conversation", "source": {"body": "hi"}}"#, .intercom)
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, noID), "id"))
        let noCustomer = ProviderFixtures.item(text: """
            {"type": "conversation", "id": "9", "created_at": 1714705200,
             "source": {"id": "1", "delivered_as": "admin_initiated", "body": "<p>Hello</p>", "author": {"type": "admin", "id": "5"}}}
            """, .intercom)
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, noCustomer), "contacts"))
        #expect(ProviderFixtures.isUnsupported(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"type": "admin"}"#, .intercom))))
    }

    @Test func reReadingAConversationGivesTheSameIDs() throws {
        let item = try ProviderFixtures.item("chat/intercom-conversation.json", .intercom)
        #expect(try parser.parse(item, context: .standard).events.map(\.providerID)
            == (try parser.parse(item, context: .standard).events.map(\.providerID)))
    }
}
