import Foundation
import Testing
@testable import ConversationEngine

@Suite("Identity resolution")
struct IdentityResolutionTests {
    @Test func sharedPhoneLinksSMSCallAndWhatsAppToOneCustomer() throws {
        var book = InMemoryConversationBook()
        let sms = try book.ingest(EventFactory.sms(from: "+82 10 5555 0101", id: "sms-1", minutes: 0))
        let call = try book.ingest(EventFactory.call(from: "+821055550101", id: "call-1", outcome: .missed, minutes: 10))
        let whatsapp = try book.ingest(EventFactory.whatsapp(from: "0082-10-5555-0101", id: "wa-1", minutes: 20))

        guard case .stored(let first) = sms, case .stored(let second) = call, case .stored(let third) = whatsapp else {
            Issue.record("all three events should be stored")
            return
        }
        #expect(book.customers.count == 1)
        #expect(second.customerID == first.customerID)
        #expect(third.customerID == first.customerID)
        #expect(!second.createdCustomer && !third.createdCustomer)
        // Within 7 days and still open: one conversation across the three channels.
        #expect(second.conversationID == first.conversationID)
        #expect(third.conversationID == first.conversationID)
        let channels = Set(book.timeline(of: first.customerID).entries.map(\.message.channel))
        #expect(channels == [.sms, .phone, .whatsapp])
    }

    @Test func additionalIdentitiesAttachToTheCustomer() throws {
        var book = InMemoryConversationBook()
        _ = try book.ingest(EventFactory.sms(from: "+79123456789", id: "s1"))
        let email = Identity.email("anna@example.ru")!
        let phone = Identity.phone("+79123456789")!
        let event = InboundEvent(channel: .email, providerID: "m1", occurredAt: EventFactory.at(5),
                                 customer: CustomerHints(identities: [email, phone]), subject: "Заказ", text: "Где заказ?",
                                 email: EmailHeaders(messageID: "m1"))
        guard case .stored(let receipt) = try book.ingest(event) else { Issue.record("stored"); return }
        #expect(!receipt.createdCustomer)
        #expect(Set(book.identities(of: receipt.customerID)) == [email, phone])
    }

    @Test func identitiesOfTwoCustomersPickTheOldestAndSuggestAMerge() throws {
        var book = InMemoryConversationBook()
        guard case .stored(let a) = try book.ingest(EventFactory.sms(from: "+14155550100", id: "a")),
              case .stored(let b) = try book.ingest(EventFactory.email(from: "sam@example.com", id: "b")) else {
            Issue.record("stored"); return
        }
        let both = InboundEvent(channel: .chat, providerID: "c", occurredAt: EventFactory.at(1),
                                customer: CustomerHints(identities: [Identity.email("sam@example.com")!, Identity.phone("+14155550100")!]),
                                text: "It's me again")
        guard case .stored(let c) = try book.ingest(both) else { Issue.record("stored"); return }
        #expect(c.customerID == min(a.customerID, b.customerID))
        #expect(c.mergeCandidates == [max(a.customerID, b.customerID)])
        #expect(book.customers.count == 2, "merging is a person's decision, never automatic")
    }

    @Test func eventWithoutIdentityIsRejectedWithAReason() {
        var book = InMemoryConversationBook()
        let event = InboundEvent(channel: .sms, occurredAt: EventFactory.base, customer: CustomerHints(identities: []), text: "hi")
        #expect(throws: IngestError.noCustomerIdentity(channel: .sms)) { try book.ingest(event) }
    }

    @Test func newCustomerGetsNameLanguageFromHintsOrText() throws {
        var book = InMemoryConversationBook()
        guard case .stored(let r) = try book.ingest(EventFactory.email(from: "minji@example.kr", name: "김민지", id: "k1",
                                                                      text: "환불이 아직 안 들어왔어요")) else { Issue.record("stored"); return }
        let customer = try #require(book.customers[r.customerID])
        #expect(customer.language == .ko)
        #expect(CustomerAddressing.address(customer) == "김민지 님")
    }
}
