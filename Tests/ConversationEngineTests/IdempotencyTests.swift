import Foundation
import Testing
@testable import ConversationEngine

@Suite("Idempotent ingest")
struct IdempotencyTests {
    @Test func sameProviderIDTwiceIsOneMessage() throws {
        var book = InMemoryConversationBook()
        let event = EventFactory.sms(from: "+821099990000", id: "twilio-SM123")
        let first = try book.ingest(event)
        let second = try book.ingest(event)
        #expect(!first.isDuplicate)
        #expect(second == .duplicate(first.messageID))
        #expect(book.messages.count == 1)
    }

    @Test func sameEmailMessageIDFromTwoMailboxesIsOneMessage() throws {
        var book = InMemoryConversationBook()
        var a = EventFactory.email(from: "x@example.com", id: "shared@mail")
        a.providerID = "maildir-1"
        var b = a
        b.providerID = "mbox-7"
        _ = try book.ingest(a)
        #expect(try book.ingest(b).isDuplicate)
    }

    @Test func eventsWithoutIdsDedupeByContent() throws {
        var book = InMemoryConversationBook()
        var event = EventFactory.sms(from: "+821099990000", id: "x")
        event.providerID = nil
        _ = try book.ingest(event)
        #expect(try book.ingest(event).isDuplicate)
        var edited = event
        edited.text = "Different text"
        #expect(try !book.ingest(edited).isDuplicate)
    }

    @Test func contentHashIsStableAcrossRuns() {
        var hasher = StableHasher()
        hasher.combine("concord")
        // FNV-1a 128 of "concord" + separator 0x1F, computed independently with Python integers.
        #expect(hasher.hexDigest == "0dbcf8fb81659b5900b1ea3acab2fbd4")
        var again = StableHasher()
        again.combine("concord")
        #expect(again.hexDigest == hasher.hexDigest)
        var split = StableHasher()
        split.combine("conc")
        split.combine("ord")
        #expect(split.hexDigest != hasher.hexDigest)
    }
}
