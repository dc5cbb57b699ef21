import Foundation
import Testing
@testable import ConcordStore
import ConversationEngine

/// Replying from the store: routes, sending into the outbox in one transaction, notes, and
/// the delivery the timeline shows.
@Suite("Replies, notes and the outbox")
struct StoreReplyTests {
    static let email = Identity.email("sarah@northwind.example")!
    static let phone = Identity.phone("+44 20 7946 0018")!
    static let handle = Identity.handle("sarahk", on: .x)!
    static let agent = Author.agent("Dana Lee", id: AgentID(1))

    /// Sarah writes an email (answering an earlier thread) from an address and a phone number.
    @discardableResult
    static func seed(_ store: any Store, text: String = "My order 1042 has not arrived.") throws -> IngestReceipt {
        let event = InboundEvent(
            channel: .email, providerID: "a2@northwind.example", occurredAt: StoreFixture.at(0),
            customer: CustomerHints(identities: [email, phone], name: PersonNameParser.parse("Sarah Miller"), language: .en,
                                    timeZone: "Europe/London"),
            subject: "Order 1042", text: text,
            email: EmailHeaders(messageID: "a2@northwind.example", inReplyTo: "a1@northwind.example",
                                references: ["a0@northwind.example", "a1@northwind.example"]))
        guard case .stored(let receipt) = try store.ingest(event) else { throw StoreError.invalidValue("not stored") }
        _ = try store.write { try $0.upsertAgent(login: "dana", name: "Dana Lee", languages: [.en], role: .agent, team: "support") }
        return receipt
    }

    static func reply(_ receipt: IngestReceipt, route: ReplyRoute, body: String, warnings: [String] = []) -> OutgoingReply {
        OutgoingReply(conversationID: receipt.conversationID, route: route, body: body, author: agent, warnings: warnings)
    }

    @Test(arguments: StoreKind.allCases) func routesStartWithTheConversationsOwnChannelThenEveryOtherTheCustomerHas(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try Self.seed(fixture.store)
        let routes = try fixture.store.replyRoutes(for: receipt.conversationID)
        #expect(routes.map(\.channel) == [.email, .sms], "a phone is SMS; WhatsApp only once they have written on it")
        #expect(routes.first?.recipient == Self.email)
        #expect(routes.map(\.label) == ["Email", "SMS"])

        // She writes on WhatsApp and posts publicly on X: both become routes.
        _ = try fixture.store.ingest(StoreFixture.event(.whatsapp, identity: Self.phone, id: "wa-1", text: "Hello?", minutes: 5))
        var post = StoreFixture.event(.x, identity: Self.handle, id: "x:1901", text: "@NorthwindHelp still no parcel", minutes: 6)
        post.customer.identities.append(Self.email)
        post.social = SocialDetails(visibility: .public)
        _ = try fixture.store.ingest(post)
        let all = try fixture.store.replyRoutes(for: receipt.conversationID)
        #expect(all.map(\.channel) == [.x, .x, .email, .sms, .whatsapp], "the customer last wrote in this conversation on X")
        #expect(all.prefix(2).map(\.label) == ["X reply, public", "X direct message"])
        #expect(all.first?.isPublic == true)
        #expect(all.last?.recipient == Self.phone)
        #expect(throws: StoreError.self) { try fixture.store.replyRoutes(for: ConversationID(999)) }
    }

    @Test(arguments: StoreKind.allCases) func sendingAReplyStoresEverythingInOneTransaction(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try Self.seed(fixture.store)
        try fixture.store.write {
            try $0.saveDraft(Draft(conversationID: receipt.conversationID, text: "draft", updatedAt: StoreFixture.at(10)))
        }
        let route = try #require(try fixture.store.replyRoutes(for: receipt.conversationID).first)
        let sent = try fixture.store.write {
            try $0.sendReply(Self.reply(receipt, route: route, body: "Hi Sarah, I'll get back to you within 24 hours.",
                                        warnings: ["The refund was promised by card earlier"]), at: StoreFixture.at(30))
        }
        #expect(sent.message.direction == .outbound)
        #expect(sent.message.author == Self.agent)
        #expect(sent.message.channel == .email)
        #expect(sent.message.delivery == .pending)
        #expect(sent.message.subject == "Re: Order 1042")
        #expect(sent.outbox.kind == .reply)
        #expect(sent.outbox.state == .queued)
        #expect(sent.outbox.idempotencyKey == "reply:message:\(sent.message.id.rawValue)")
        #expect(sent.outbox.messageID == sent.message.id)
        #expect(sent.outbox.recipient == Self.email)
        #expect(sent.outbox.inReplyTo == "a2@northwind.example")
        #expect(sent.outbox.references == ["a0@northwind.example", "a1@northwind.example", "a2@northwind.example"])
        #expect(sent.outbox.warnings == ["The refund was promised by card earlier"])
        #expect(sent.outbox.emailMessageID == sent.message.email?.messageID)
        #expect(sent.promises.count == 1)
        #expect(sent.promises.first?.kind == .reply)
        #expect(sent.promises.first?.messageID == sent.message.id)

        let conversation = try #require(try fixture.store.conversation(receipt.conversationID))
        #expect(conversation.firstResponseAt == StoreFixture.at(30), "a person answered")
        #expect(conversation.waitingSince == nil)
        #expect(conversation.responseDueAt == nil)
        #expect(conversation.status == .pendingCustomer)
        #expect(try fixture.store.statusChanges(of: receipt.conversationID).map(\.status) == [.pendingCustomer])
        #expect(try fixture.store.draft(for: receipt.conversationID) == nil)
        #expect(try fixture.store.outbox(state: .queued, limit: 10) == [sent.outbox])
        let timeline = try fixture.store.timeline(of: receipt.customerID, before: nil, limit: 10)
        #expect(timeline.map(\.delivery) == [nil, .pending])

        // The customer's answer to the reply threads into the conversation by its Message-ID.
        var answer = StoreFixture.event(.email, identity: Self.email, id: "a3@northwind.example", text: "Thanks!", minutes: 40,
                                        subject: "Re: Order 1042")
        answer.email = EmailHeaders(messageID: "a3@northwind.example", inReplyTo: sent.message.email?.messageID)
        guard case .stored(let next) = try fixture.store.ingest(answer) else { Issue.record("not stored"); return }
        #expect(next.conversationID == receipt.conversationID)
        #expect(next.threadingReason == .emailHeaders)
    }

    @Test(arguments: StoreKind.allCases) func aReplyCanLeaveTheStatusAndAnswerOnAnotherChannel(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try Self.seed(fixture.store)
        let sms = try #require(try fixture.store.replyRoutes(for: receipt.conversationID).first { $0.channel == .sms })
        let sent = try fixture.store.write {
            try $0.sendReply(Self.reply(receipt, route: sms, body: "We are on it."), at: StoreFixture.at(5), setPending: false)
        }
        #expect(sent.message.channel == .sms)
        #expect(sent.message.subject == nil)
        #expect(sent.outbox.inReplyTo == nil && sent.outbox.references.isEmpty)
        #expect(sent.promises.isEmpty)
        #expect(try fixture.store.conversation(receipt.conversationID)?.status == .open, "answered, and left open")
    }

    @Test(arguments: StoreKind.allCases) func refusesAnEmptyReplyAStrangeRecipientAndATooLongText(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try Self.seed(fixture.store)
        let email = try #require(try fixture.store.replyRoutes(for: receipt.conversationID).first)
        #expect(throws: ReplyError.emptyBody) {
            try fixture.store.write { try $0.sendReply(Self.reply(receipt, route: email, body: " \n "), at: StoreFixture.at(5)) }
        }
        let stranger = ReplyRoute(channel: .email, recipient: .email("someone@else.example")!, label: "Email")
        #expect(throws: ReplyError.noSuchRecipient(channel: .email, recipient: "someone@else.example")) {
            try fixture.store.write { try $0.sendReply(Self.reply(receipt, route: stranger, body: "Hi"), at: StoreFixture.at(5)) }
        }
        let whatsapp = ReplyRoute(channel: .whatsapp, recipient: Self.phone, label: "WhatsApp")
        #expect(throws: ReplyError.self, "she never wrote on WhatsApp") {
            try fixture.store.write { try $0.sendReply(Self.reply(receipt, route: whatsapp, body: "Hi"), at: StoreFixture.at(5)) }
        }
        let sms = ReplyRoute(channel: .sms, recipient: Self.phone, label: "SMS")
        #expect(throws: ReplyError.overLimit(channel: .sms, usage: "11 segments · 1,531/1,683 GSM-7")) {
            try fixture.store.write {
                try $0.sendReply(Self.reply(receipt, route: sms, body: String(repeating: "a", count: 1_531)), at: StoreFixture.at(5))
            }
        }
        // Nothing of the refused replies was kept.
        #expect(try fixture.store.messages(in: receipt.conversationID).count == 1)
        #expect(try fixture.store.outbox(state: nil, limit: 10).isEmpty)
        #expect(try fixture.store.conversation(receipt.conversationID)?.status == .new)
    }

    @Test(arguments: StoreKind.allCases) func aNoteIsInternalNeverQueuedAndLeavesTheCustomerWaiting(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try Self.seed(fixture.store)
        let before = try #require(try fixture.store.conversation(receipt.conversationID))
        let note = try fixture.store.write {
            try $0.addNote(conversation: receipt.conversationID, text: "Asked the warehouse.", author: Self.agent, at: StoreFixture.at(20))
        }
        #expect(note.channel == .note)
        #expect(note.direction == .internal)
        #expect(note.delivery == nil)
        #expect(note.author == Self.agent)
        let after = try #require(try fixture.store.conversation(receipt.conversationID))
        #expect(after.waitingSince == before.waitingSince)
        #expect(after.responseDueAt == before.responseDueAt)
        #expect(after.firstResponseAt == nil)
        #expect(after.version == before.version + 1)
        #expect(try fixture.store.outbox(state: nil, limit: 10).isEmpty)
        #expect(try fixture.store.messages(in: receipt.conversationID).last == note)
        #expect(throws: ReplyError.emptyBody) {
            try fixture.store.write { try $0.addNote(conversation: receipt.conversationID, text: "  ", author: Self.agent, at: StoreFixture.at(21)) }
        }
        #expect(throws: StoreError.self) {
            try fixture.store.write { try $0.addNote(conversation: ConversationID(77), text: "x", author: Self.agent, at: StoreFixture.at(21)) }
        }
    }

    @Test(arguments: StoreKind.allCases) func markingTheOutboxShowsOnTheTimelineAndSurvivesAReopen(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let receipt = try Self.seed(fixture.store)
        let route = try #require(try fixture.store.replyRoutes(for: receipt.conversationID).first)
        let first = try fixture.store.write { try $0.sendReply(Self.reply(receipt, route: route, body: "One"), at: StoreFixture.at(5)) }
        let second = try fixture.store.write { try $0.sendReply(Self.reply(receipt, route: route, body: "Two"), at: StoreFixture.at(6)) }
        let sent = try fixture.store.write { try $0.markOutbox(first.outbox.id, as: .sent, at: StoreFixture.at(7)) }
        #expect(sent.state == .sent && sent.delivery == .sent && sent.updatedAt == StoreFixture.at(7))
        _ = try fixture.store.write { try $0.markOutbox(second.outbox.id, as: .failed, at: StoreFixture.at(8), error: "550 mailbox full") }
        try fixture.reopen()
        #expect(try fixture.store.message(first.message.id)?.delivery == .sent)
        #expect(try fixture.store.message(second.message.id)?.delivery == .failed)
        #expect(try fixture.store.outbox(state: .queued, limit: 10).isEmpty)
        #expect(try fixture.store.outbox(state: .failed, limit: 10).map(\.id) == [second.outbox.id])
        #expect(throws: StoreError.self) { try fixture.store.write { try $0.markOutbox(999, as: .sent, at: StoreFixture.at(9)) } }
    }
}
