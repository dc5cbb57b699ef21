import Foundation
import Testing
@testable import ConcordStore
import ConversationEngine

/// A customer first seen by their number is called by it until they say who they are; once
/// they have a name, a later message does not rename them. On both stores.
@Suite("Learning a customer's name")
struct StoreCustomerNameTests {
    static let phone = Identity.phone("+821012345678")!

    static func name(_ fixture: StoreFixture) throws -> String? {
        let id = try #require(try fixture.store.customer(with: phone))
        return try fixture.store.customer(id)?.name.displayName
    }

    @Test(arguments: StoreKind.allCases)
    func aNumberBecomesTheNameTheCustomerGivesAndThenStays(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        try fixture.store.ingest(StoreFixture.event(.sms, identity: Self.phone, id: "SM1", text: "환불은 언제 되나요?"))
        #expect(try Self.name(fixture) == "+821012345678", "known only by her number")

        try fixture.store.ingest(StoreFixture.event(.chat, identity: Self.phone, id: "chat-1", text: "채팅으로도 문의드려요", minutes: 5,
                                                    name: "김민지", session: "s1"))
        #expect(try Self.name(fixture) == "김민지", "the name she gave in the chat")

        try fixture.store.ingest(StoreFixture.event(.whatsapp, identity: Self.phone, id: "wamid.1", text: "안녕하세요", minutes: 10, name: "Minji"))
        #expect(try Self.name(fixture) == "김민지", "a name once known stays")
    }

    @Test(arguments: StoreKind.allCases)
    func aNameThatIsOnlyTheNumberAgainTeachesNothing(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        try fixture.store.ingest(StoreFixture.event(.sms, identity: Self.phone, id: "SM1", text: "문의드립니다"))
        try fixture.store.ingest(StoreFixture.event(.whatsapp, identity: Self.phone, id: "wamid.1", text: "안녕하세요", minutes: 1,
                                                    name: "+821012345678"))
        #expect(try Self.name(fixture) == "+821012345678")
    }

    @Test func theInMemoryBookLearnsTheSameWay() throws {
        var book = InMemoryConversationBook()
        guard case .stored(let first) = try book.ingest(StoreFixture.event(.sms, identity: Self.phone, id: "SM1", text: "문의드립니다")) else {
            Issue.record("stored"); return
        }
        try book.ingest(StoreFixture.event(.chat, identity: Self.phone, id: "c1", text: "채팅", minutes: 1, name: "김민지", session: "s"))
        try book.ingest(StoreFixture.event(.chat, identity: Self.phone, id: "c2", text: "채팅", minutes: 2, name: "Minji", session: "s"))
        #expect(book.customers[first.customerID]?.name.displayName == "김민지")
    }
}
