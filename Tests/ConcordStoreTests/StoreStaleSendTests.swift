import Foundation
import Testing
@testable import ConcordStore
import ConversationEngine

/// Stale-send protection: a reply drafted before the customer wrote again, or before a
/// colleague answered, is held with what changed instead of being sent blindly; on both stores.
@Suite("Stale-send protection")
struct StoreStaleSendTests {

    @Test(arguments: StoreKind.allCases)
    func aReplyOverANewCustomerMessageIsHeldUntilTheAgentHasReadIt(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try StoreReplyTests.seed(fixture.store)
        let route = try #require(try fixture.store.replyRoutes(for: receipt.conversationID).first { $0.channel == .email })
        // Dana begins a reply on the first message; Sarah writes again by SMS meanwhile.
        let basis = receipt.messageID
        _ = try fixture.store.ingest(StoreFixture.event(.sms, identity: StoreReplyTests.phone, id: "sms-1",
                                                        text: "Actually it arrived, but broken.", minutes: 3))
        var reply = StoreReplyTests.reply(receipt, route: route, body: "Your parcel is on its way.")
        reply.basis = basis
        let held: ReplyError
        do {
            _ = try fixture.store.write { try $0.sendReply(reply, at: StoreFixture.at(5)) }
            Issue.record("a stale reply was sent")
            return
        } catch let error as ReplyError {
            held = error
        }
        guard case .staleDraft(let conversation, let stale) = held else {
            Issue.record("held for another reason: \(held)")
            return
        }
        #expect(conversation == receipt.conversationID)
        #expect(stale.newer.map(\.text) == ["Actually it arrived, but broken."])
        #expect(stale.summary == "The customer wrote again by SMS since you began this reply.")
        #expect(held.description.contains("held"))
        #expect(try fixture.store.outbox(state: nil, limit: 10).isEmpty, "nothing was queued")

        // Having read it, the agent sends with the newer message as the basis.
        reply.basis = stale.latest
        let sent = try fixture.store.write { try $0.sendReply(reply, at: StoreFixture.at(6)) }
        #expect(sent.outbox.state == .queued)
    }

    @Test(arguments: StoreKind.allCases)
    func aColleaguesReplyHoldsButOwnRepliesAndAutomaticMessagesDoNot(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try StoreReplyTests.seed(fixture.store)
        let route = try #require(try fixture.store.replyRoutes(for: receipt.conversationID).first { $0.channel == .email })
        // Dana's own earlier reply does not make her draft stale.
        var own = StoreReplyTests.reply(receipt, route: route, body: "Looking into it.")
        own.basis = receipt.messageID
        let first = try fixture.store.write { try $0.sendReply(own, at: StoreFixture.at(2)) }
        var second = StoreReplyTests.reply(receipt, route: route, body: "Found it.")
        second.basis = receipt.messageID
        _ = try fixture.store.write { try $0.sendReply(second, at: StoreFixture.at(3)) }

        // A colleague answers; Dana's next draft, begun before that, is held.
        let minjun = try fixture.store.write {
            try $0.upsertAgent(login: "minjun", name: "Min-jun Kim", languages: [.ko, .en], role: .agent, team: "support")
        }
        let colleagues = OutgoingReply(conversationID: receipt.conversationID, route: route, body: "Refund issued today.",
                                       author: .agent(minjun.name, id: minjun.id))
        let theirs = try fixture.store.write { try $0.sendReply(colleagues, at: StoreFixture.at(4)) }
        var late = StoreReplyTests.reply(receipt, route: route, body: "Refund in 10 days.")
        late.basis = first.message.id
        #expect {
            try fixture.store.write { try $0.sendReply(late, at: StoreFixture.at(5)) }
        } throws: { error in
            guard case .staleDraft(_, let stale)? = error as? ReplyError else { return false }
            return stale.newer.map(\.id) == [theirs.message.id] && stale.summary.hasPrefix("Min-jun Kim replied by Email")
        }
        // A reply without a basis goes as before.
        late.basis = nil
        _ = try fixture.store.write { try $0.sendReply(late, at: StoreFixture.at(6)) }
    }

    @Test(arguments: StoreKind.allCases)
    func aDraftKeepsItsBasisAcrossARestart(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try StoreReplyTests.seed(fixture.store)
        try fixture.store.write {
            try $0.saveDraft(Draft(conversationID: receipt.conversationID, text: "On its way", updatedAt: StoreFixture.at(1),
                                   basis: receipt.messageID))
        }
        try fixture.reopen()
        #expect(try fixture.store.draft(for: receipt.conversationID)?.basis == receipt.messageID)
    }
}
