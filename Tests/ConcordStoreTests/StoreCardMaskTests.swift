import Foundation
import Testing
import ConcordStore
import ConversationEngine

/// A card number a customer writes is masked in the stored message and never reaches the
/// search index, on both stores (the masking itself: `CardNumberMaskTests`).
@Suite("Card numbers in storage")
struct StoreCardMaskTests {
    @Test(arguments: StoreKind.allCases)
    func storedTextAndSearchHoldOnlyTheMaskedNumber(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let phone = Identity.phone("+14155550123")!
        let outcome = try fixture.store.ingest(StoreFixture.event(
            .sms, identity: phone, id: "SM-card", text: "Please charge 4111 1111 1111 1111 for the repair"))
        guard case .stored(let receipt) = outcome else { Issue.record("not stored"); return }
        let message = try #require(try fixture.store.message(receipt.messageID))
        #expect(message.text == "Please charge 4111 11** **** 1111 for the repair")
        #expect(try fixture.store.searchCount(SearchQuery("4111111111111111")) == 0)
        #expect(try fixture.store.searchCount(SearchQuery("repair")) == 1)
        // Re-ingesting the same message is still a no-op.
        #expect(try fixture.store.ingest(StoreFixture.event(
            .sms, identity: phone, id: "SM-card", text: "Please charge 4111 1111 1111 1111 for the repair")).isDuplicate)
    }
}
