import Foundation
import Testing
@testable import ConversationEngine

@Suite("Timeline")
struct TimelineTests {
    @Test func mergesChannelsAndConversationsInTimeOrder() throws {
        var book = InMemoryConversationBook()
        // Ingested out of order, across two conversations and four channels.
        _ = try book.ingest(EventFactory.sms(from: "+821012340000", id: "s", minutes: 50))
        _ = try book.ingest(EventFactory.call(from: "+821012340000", id: "c", outcome: .answered, seconds: 300, minutes: 10))
        _ = try book.ingest(EventFactory.whatsapp(from: "+821012340000", id: "w", minutes: 30))
        let other = InboundEvent(channel: .email, providerID: "e", occurredAt: EventFactory.at(20),
                                 customer: CustomerHints(identities: [Identity.phone("+821012340000")!, Identity.email("k@example.kr")!]),
                                 subject: "Different topic", text: "Second topic",
                                 email: EmailHeaders(messageID: "e"), thread: ThreadHints())
        _ = try book.ingest(other)
        let customer = try #require(book.customers.keys.first)
        let timeline = book.timeline(of: customer)
        #expect(timeline.entries.map(\.message.dedupeKey) == ["phone:c", "email:e", "whatsapp:w", "sms:s"])
        let times = timeline.entries.map(\.message.sentAt)
        #expect(times == times.sorted())
        #expect(timeline.channelsUsed == [.sms, .whatsapp, .email, .phone])
    }

    @Test func sameInstantKeepsArrivalOrderAndMarksTheFocusedConversation() {
        let at = EventFactory.base
        func message(_ id: Int64, conversation: Int64) -> Message {
            Message(id: MessageID(id), conversationID: ConversationID(conversation), customerID: CustomerID(1), channel: .chat,
                    direction: .inbound, author: .customer("A"), sentAt: at, text: "m\(id)", dedupeKey: "k\(id)")
        }
        let timeline = Timeline(messages: [message(3, conversation: 2), message(1, conversation: 1), message(2, conversation: 2)],
                                focusedConversation: ConversationID(2))
        #expect(timeline.entries.map(\.message.id.rawValue) == [1, 2, 3])
        #expect(timeline.entries.map(\.isInFocusedConversation) == [false, true, true])
        #expect(timeline.firstFocusedIndex == 1)
        let scoped = Timeline(messages: [message(3, conversation: 2), message(1, conversation: 1)],
                              focusedConversation: ConversationID(2), scope: .conversation)
        #expect(scoped.entries.map(\.message.id.rawValue) == [3])
    }
}
