import Foundation
import Testing
@testable import ConcordStore
import ConversationEngine
import GRDB

/// Reply drafts (migration "v4-drafts"): one per conversation, replaced on save, gone on
/// delete, kept across a restart with everything sending will need.
@Suite("Store drafts")
struct StoreDraftTests {
    @Test(arguments: StoreKind.allCases) func aDraftIsKeptReplacedAndDeletedAcrossRestarts(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let outcome = try fixture.store.ingest(StoreFixture.event(
            .chat, identity: .email("minji.kim@example.kr")!, id: "c1", text: "환불이 아직 안 들어왔어요", name: "김민지",
            language: .ko, session: "s1"))
        let conversation = try #require(try fixture.store.message(outcome.messageID)).conversationID
        #expect(try fixture.store.draft(for: conversation) == nil)

        let draft = Draft(conversationID: conversation, text: "김민지 님, 기다리시게 해서 죄송합니다.\n확인해 보겠습니다.",
                          channel: .chat, language: .ko, phraseIDs: ["ko.refund_wait.apology.1", "ko.refund_wait.empathy.2"],
                          answerIDs: ["refund_timeline"], author: "Dana Lee", updatedAt: StoreFixture.at(5))
        try fixture.store.write { try $0.saveDraft(draft) }
        try fixture.reopen()
        #expect(try fixture.store.draft(for: conversation) == draft, "every field survives a restart")

        var edited = draft
        edited.text += " 🙏"
        edited.phraseIDs = []
        edited.channel = nil
        edited.updatedAt = StoreFixture.at(6)
        try fixture.store.write { try $0.saveDraft(edited) }
        #expect(try fixture.store.draft(for: conversation) == edited, "one draft per conversation: saving replaces it")

        try fixture.store.write { try $0.deleteDraft(conversation) }
        #expect(try fixture.store.draft(for: conversation) == nil)
        try fixture.store.write { try $0.deleteDraft(conversation) }
    }

    @Test(arguments: StoreKind.allCases) func aDraftForAConversationThatDoesNotExistIsRefused(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let draft = Draft(conversationID: ConversationID(4242), text: "hello", updatedAt: StoreFixture.base)
        #expect(throws: StoreError.notFound(what: "conversation", id: "4242")) {
            try fixture.store.write { try $0.saveDraft(draft) }
        }
    }

    @Test func theMigrationIsNamedV4Drafts() throws {
        let fixture = try StoreFixture()
        let store = try #require(fixture.store as? SQLiteStore)
        let applied = try store.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.contains("v4-drafts"))
        #expect(applied.firstIndex(of: "v4-drafts")! > applied.firstIndex(of: "v3-status-history")!)
    }
}
