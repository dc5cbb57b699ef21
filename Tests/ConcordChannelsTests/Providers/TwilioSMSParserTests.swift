@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("Twilio messaging webhooks")
struct TwilioSMSParserTests {
    let parser = TwilioSMSParser()
    let arrival = ProviderFixtures.utc("2024-05-02T03:00:00Z")

    @Test func inboundMMSWithMediaAndMultilineBody() throws {
        let item = try ProviderFixtures.item("sms/twilio-inbound-mms.form", .twilioSMS, receivedAt: arrival)
        let parsed = try ProviderFixtures.parse(parser, item)
        let event = try #require(parsed.events.first)
        #expect(event.channel == .sms)
        #expect(event.direction == .inbound)
        #expect(event.providerID == "twilio:SM8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d")
        #expect(event.text == "주문한 상품이 아직 도착하지 않았어요.\n사진 보내드립니다.")
        #expect(event.customer.identities == [Identity.phone("+821012345678")!])
        #expect(event.attachments == [Attachment(filename: "ME4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a.jpg", contentType: "image/jpeg", size: 0)])
        #expect(event.occurredAt == arrival)
        #expect(parsed.warnings.contains { $0.contains("received") })
    }

    @Test func aWebhookWithoutAnyTimeNeedsReceivedAt() throws {
        let item = try ProviderFixtures.item("sms/twilio-inbound-mms.form", .twilioSMS)
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, item), "Timestamp"))
    }

    @Test func statusCallbacksAddNothing() throws {
        let parsed = try ProviderFixtures.parse(parser, try ProviderFixtures.item("sms/twilio-status-callback.form", .twilioSMS))
        #expect(parsed.events.isEmpty)
        #expect(parsed.warnings.contains { $0.contains("delivered") })
    }

    @Test func fromOneOfOurNumbersIsOutbound() throws {
        let lines = try ProviderFixtures.lines("sms/twilio-webhooks.log")
        let outbound = try #require(lines.first { $0.contains("SM3c4d5e6f") })
        let event = try #require(try ProviderFixtures.parse(parser, ProviderFixtures.item(text: outbound, .twilioSMS)).events.first)
        #expect(event.direction == .outbound)
        #expect(event.customer.identities == [Identity.phone("+79161234567")!])
        #expect(event.occurredAt == ProviderFixtures.utc("2024-05-03T06:00:00Z"), "DateSent, when an export has it")
        let withoutOwnNumbers = try parser.parse(ProviderFixtures.item(text: outbound, .twilioSMS), context: .standard)
        #expect(withoutOwnNumbers.events.first?.direction == .inbound)
    }

    @Test func whatsAppThroughTwilioIsAWhatsAppEventOnThePhoneIdentity() throws {
        let lines = try ProviderFixtures.lines("sms/twilio-webhooks.log")
        let whatsapp = try #require(lines.first { $0.contains("whatsapp") })
        let event = try #require(try ProviderFixtures.parse(parser, ProviderFixtures.item(text: whatsapp, .twilioSMS, receivedAt: arrival)).events.first)
        #expect(event.channel == .whatsapp)
        #expect(event.customer.identities == [Identity.phone("+8613812345678")!])
        #expect(event.customer.name?.displayName == "王小明")
        #expect(event.social?.visibility == .private)
    }

    @Test func errors() {
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "Body=hi&From=%2B1", .twilioSMS)), "MessageSid"))
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "MessageSid=SM1&Body=hi&To=%2B15550001111", .twilioSMS, receivedAt: arrival)), "From"))
        #expect(ProviderFixtures.isUnsupported(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "CallSid=CA1&CallStatus=completed", .twilioSMS))))
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "MessageSid=SM1&Body=hi&From=shop&To=%2B15550001111", .twilioSMS, receivedAt: arrival))))
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "{\"MessageSid\": ", .twilioSMS))))
    }

    @Test func hugeMediaCountsAreClamped() throws {
        let body = "MessageSid=SM1&Body=hi&From=%2B79161234567&To=%2B15550001111&NumMedia=99999999999999999999999"
        let parsed = try ProviderFixtures.parse(parser, ProviderFixtures.item(text: body, .twilioSMS, receivedAt: arrival))
        #expect(parsed.events.first?.attachments.isEmpty == true)
    }
}
