@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("Meta Messenger, Instagram and WhatsApp webhooks")
struct MetaAndWhatsAppParserTests {
    @Test func messengerMessagesEchoesAndReceipts() throws {
        let parsed = try ProviderFixtures.parse(MetaMessagingParser(), try ProviderFixtures.item("social/meta-messenger.json", .metaMessaging))
        #expect(parsed.events.count == 3)
        #expect(parsed.events.map(\.direction) == [.inbound, .inbound, .outbound])
        #expect(parsed.events.allSatisfy { $0.channel == .facebook && $0.social?.visibility == .private })
        let customer = Identity.external("6543210987654321", system: "facebook")!
        #expect(parsed.events.allSatisfy { $0.customer.identities == [customer] }, "the echo's customer is its recipient")
        #expect(parsed.events[0].providerID == "meta:m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P")
        #expect(parsed.events[0].text == "你好，我的订单显示已送达，但我没有收到。")
        #expect(parsed.events[0].occurredAt == Date(timeIntervalSince1970: 1_714_640_400))
        #expect(parsed.events[1].attachments == [Attachment(filename: "440158230_delivery_photo.jpg", contentType: "image/jpeg", size: 0)])
        #expect(parsed.events[2].author?.kind == .agent)
        #expect(parsed.warnings.contains { $0.contains("1 delivery") && $0.contains("1 read") })
    }

    @Test func instagramMessagesAndReactions() throws {
        let parsed = try ProviderFixtures.parse(MetaMessagingParser(), try ProviderFixtures.item("social/instagram-messaging.json", .metaMessaging))
        let event = try #require(parsed.events.first)
        #expect(parsed.events.count == 1)
        #expect(event.channel == .instagram)
        #expect(event.customer.identities == [Identity.external("1122334455667788", system: "instagram")!])
        #expect(parsed.warnings.contains { $0.contains("reaction") })
    }

    @Test func metaErrors() {
        let parser = MetaMessagingParser()
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"entry": []}"#, .metaMessaging)), "object"))
        #expect(ProviderFixtures.isUnsupported(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"object": "user", "entry": []}"#, .metaMessaging))))
        let noMid = #"{"object": "page", "entry": [{"id": "1", "messaging": [{"sender": {"id": "2"}, "recipient": {"id": "1"}, "timestamp": 1714640400000, "message": {"text": "hi"}}]}]}"#
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: noMid, .metaMessaging)), "entry[0].messaging[0].message.mid"))
    }

    @Test func whatsAppTextUsesWaIDAsThePhoneNumber() throws {
        let parsed = try ProviderFixtures.parse(WhatsAppParser(), try ProviderFixtures.item("social/whatsapp-text.json", .whatsapp))
        let event = try #require(parsed.events.first)
        #expect(event.channel == .whatsapp)
        #expect(event.direction == .inbound)
        #expect(event.providerID == "whatsapp:wamid.HBgMODIxMDEyMzQ1Njc4FQIAEhggM0E0QjY1OTlBRUUwMzgxMDE0NEYA")
        #expect(event.customer.identities == [Identity.phone("+821012345678")!])
        #expect(event.customer.name?.displayName == "김민지")
        #expect(event.text == "안녕하세요, 환불 진행 상황이 궁금합니다.")
        #expect(event.occurredAt == Date(timeIntervalSince1970: 1_714_641_600))
        #expect(event.social?.visibility == .private)
        #expect(parsed.warnings.isEmpty)
    }

    @Test func whatsAppMediaRepliesReactionsAndUnknownTypes() throws {
        let parsed = try ProviderFixtures.parse(WhatsAppParser(), try ProviderFixtures.item("social/whatsapp-media.json", .whatsapp))
        #expect(parsed.events.count == 3, "the reaction is not a message")
        let image = parsed.events[0]
        #expect(image.text == "收到的耳机外盒是破的")
        #expect(image.attachments == [Attachment(filename: "image-1003383421387256.jpg", contentType: "image/jpeg", size: 0)])
        #expect(image.social?.inReplyToPostID == "wamid.HBgNODYxMzgxMjM0NTY3OBUCABEYEjQ1QjY2QkE3QjBDMjNFMDA1AA==")
        #expect(parsed.events[1].attachments == [Attachment(filename: "发票_CN-20240428-7731.pdf", contentType: "application/pdf", size: 0)])
        #expect(parsed.events[2].text.contains("unsupported"))
        #expect(parsed.warnings.contains { $0.contains("reaction") })
    }

    @Test func whatsAppStatusesGiveNoEvents() throws {
        let parsed = try ProviderFixtures.parse(WhatsAppParser(), try ProviderFixtures.item("social/whatsapp-statuses.json", .whatsapp))
        #expect(parsed.events.isEmpty)
        #expect(parsed.warnings.contains { $0.contains("2 delivery statuses") })
    }

    @Test func whatsAppErrors() {
        let parser = WhatsAppParser()
        #expect(ProviderFixtures.isUnsupported(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"object": "page", "entry": []}"#, .whatsapp))))
        let noFrom = #"{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {"messages": [{"id": "wamid.1", "timestamp": "1714641600", "type": "text", "text": {"body": "hi"}}]}}]}]}"#
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: noFrom, .whatsapp)), "entry[0].changes[0].value.messages[0].from"))
        let badTime = #"{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {"messages": [{"id": "wamid.1", "from": "79161234567", "timestamp": "99999999999999999999", "type": "text", "text": {"body": "hi"}}]}}]}]}"#
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: badTime, .whatsapp))))
    }

    @Test func sameWebhookTwiceGivesTheSameIDs() throws {
        let item = try ProviderFixtures.item("social/meta-messenger.json", .metaMessaging)
        let keys = try MetaMessagingParser().parse(item, context: .standard).events.map(\.dedupeKey)
        #expect(keys == (try MetaMessagingParser().parse(item, context: .standard).events.map(\.dedupeKey)))
        #expect(Set(keys).count == keys.count)
    }
}
