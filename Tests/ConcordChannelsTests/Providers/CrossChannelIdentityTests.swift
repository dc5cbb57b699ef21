@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("One phone number across SMS, calls and WhatsApp")
struct CrossChannelIdentityTests {
    @Test func smsCallAndWhatsAppFromOneNumberShareOneIdentity() throws {
        let context = ProviderFixtures.company  // default region KR
        let sms = try TwilioSMSParser().parse(
            try ProviderFixtures.item("sms/twilio-inbound-mms.form", .twilioSMS, receivedAt: Date(timeIntervalSince1970: 1_714_600_000)),
            context: context)
        let callItem = try #require(CallRecordFile.items(in: try ProviderFixtures.data("calls/asterisk-master.csv"), origin: "Master.csv").first)
        let call = try AsteriskCDRParser().parse(callItem, context: context)
        let whatsapp = try WhatsAppParser().parse(try ProviderFixtures.item("social/whatsapp-text.json", .whatsapp), context: context)
        let freeswitchItem = try #require(CallRecordFile.items(in: try ProviderFixtures.data("calls/freeswitch-master.csv"), origin: "fs.csv").first)
        let freeswitch = try FreeSWITCHCDRParser().parse(freeswitchItem, context: context)

        // "+821012345678" (Twilio), "01012345678" (a Korean PBX), "821012345678" (WhatsApp's wa_id).
        let identities = [sms, call, whatsapp, freeswitch].map { $0.events.first?.customer.identities.first }
        #expect(identities.allSatisfy { $0 == Identity.phone("+821012345678") })
        #expect([sms, call, whatsapp, freeswitch].map { $0.events.first?.channel } == [.sms, .phone, .whatsapp, .phone])
    }

    @Test func theSameEventsFeedOneCustomerInTheEngine() throws {
        let context = ProviderFixtures.company
        let sms = try TwilioSMSParser().parse(
            try ProviderFixtures.item("sms/twilio-inbound-mms.form", .twilioSMS, receivedAt: ProviderFixtures.utc("2024-05-02T08:00:00Z")),
            context: context).events
        let callItem = try #require(CallRecordFile.items(in: try ProviderFixtures.data("calls/asterisk-master.csv"), origin: "Master.csv").first)
        let call = try AsteriskCDRParser().parse(callItem, context: context).events
        let whatsapp = try WhatsAppParser().parse(try ProviderFixtures.item("social/whatsapp-text.json", .whatsapp), context: context).events

        var book = InMemoryConversationBook()
        var customers = Set<CustomerID>()
        for event in call + sms + whatsapp {
            guard case .stored(let receipt) = try book.ingest(event) else { Issue.record("expected a new message"); continue }
            customers.insert(receipt.customerID)
        }
        #expect(customers.count == 1)
        for event in call + sms + whatsapp {
            #expect(try book.ingest(event).isDuplicate, "re-ingesting is a no-op")
        }
    }
}
