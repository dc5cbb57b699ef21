import Foundation
import Testing
import ConcordStore
@testable import ConversationEngine

/// Acknowledgements, follow-ups and satisfaction, on both stores.
@Suite("Acknowledgements, follow-ups and satisfaction")
struct StoreAftercareTests {
    static let base = StoreFixture.base

    /// A store over the fixture's database that acts at `now` (minutes after the fixture's base).
    static func store(_ fixture: StoreFixture, now minutes: Double = 10, acknowledgements: AcknowledgementSettings = AcknowledgementSettings(),
                      followUps: FollowUpSettings = FollowUpSettings()) throws -> any Store {
        let now = StoreFixture.at(minutes)
        return try fixture.another(automation: StoreAutomation(
            acknowledgements: acknowledgements, followUps: followUps, policies: .standard, clock: { now }))
    }

    static let sarahEmail = Identity.email("sarah@northwind.example")!
    static let sarahPhone = Identity.phone("+44 20 7946 0018")!

    static func email(_ id: String, minutes: Double = 0, text: String = "My order 1042 has not arrived.") -> InboundEvent {
        StoreFixture.event(.email, identity: sarahEmail, id: id, text: text, minutes: minutes, subject: "Order 1042",
                           name: "Sarah Miller", language: .en)
    }

    // MARK: - Acknowledgements

    @Test(arguments: StoreKind.allCases)
    func aFreshConversationIsAcknowledgedOnceWithItsPromiseInTheLedger(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try Self.store(fixture)
        let outcome = try store.ingest(Self.email("<a1@northwind.example>"))
        guard case .stored(let receipt) = outcome else { Issue.record("not stored"); return }

        let outbox = try store.outbox(state: .queued, limit: 10)
        #expect(outbox.count == 1)
        let item = try #require(outbox.first)
        #expect(item.kind == .acknowledgement)
        #expect(item.channel == .email)
        #expect(item.recipient == Self.sarahEmail)
        #expect(item.idempotencyKey == "acknowledgement:conversation:\(receipt.conversationID.rawValue)")
        #expect(item.subject == "Re: Order 1042")
        #expect(item.body.contains("Sarah"))

        let messages = try store.messages(in: receipt.conversationID)
        #expect(messages.count == 2)
        let ack = try #require(messages.last)
        #expect(ack.direction == .outbound && ack.author == .system("Concord"))
        #expect(ack.id == item.messageID)
        // The acknowledgement answers nothing: the customer is still waiting, the clock still runs.
        let conversation = try #require(try store.conversation(receipt.conversationID))
        #expect(conversation.waitingSince == Self.base)
        #expect(conversation.firstResponseAt == nil)

        let promise = try #require(try store.promises(of: receipt.customerID).first)
        #expect(promise.kind == .reply && promise.state == .open && promise.messageID == ack.id)
        // Email's first-response target is 9 business hours: never promised sooner than that.
        let floor = SLAPolicyBook.standardBusinessHours.adding(9 * 3600, to: StoreFixture.at(10))
        #expect(promise.dueAt >= floor)

        // Re-ingesting is a no-op, and a second message in the conversation is not acknowledged.
        #expect(try store.ingest(Self.email("<a1@northwind.example>")).isDuplicate)
        _ = try store.ingest(StoreFixture.event(.email, identity: Self.sarahEmail, id: "<a2@northwind.example>", text: "Any news?",
                                                minutes: 5, subject: "Re: Order 1042", inReplyTo: "<a1@northwind.example>"))
        #expect(try store.outbox(state: nil, limit: 10).count == 1)
        #expect(try store.promises(of: receipt.customerID).count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func historyAndDemoDataAreNeverAcknowledged(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        // Two hours old at ingest: an import of history.
        let late = try Self.store(fixture, now: 120)
        _ = try late.ingest(Self.email("<old@northwind.example>"))
        // From the future (a generated data set): not live either.
        _ = try late.ingest(StoreFixture.event(.chat, identity: .email("li@example.cn")!, id: "c1", text: "你好", minutes: 200))
        #expect(try late.outbox(state: nil, limit: 10).isEmpty)
        // A store opened without automation (the demo's) queues nothing, however fresh the message.
        let demo = try fixture.another(automation: .off)
        _ = try demo.ingest(StoreFixture.event(.email, identity: .email("anna@example.ru")!, id: "<new@x>", text: "Здравствуйте",
                                               minutes: 119, name: "Анна", language: .ru))
        #expect(try demo.outbox(state: nil, limit: 10).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aChannelTurnedOffIsNotAcknowledged(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try Self.store(fixture, acknowledgements: AcknowledgementSettings(channels: [.email: false, .telegram: false]))
        _ = try store.ingest(Self.email("<a1@northwind.example>"))
        _ = try store.ingest(StoreFixture.event(.chat, identity: .email("minji.kim@example.kr")!, id: "chat-1", text: "배송이 안 와요",
                                                minutes: 1, name: "김민지", language: .ko, session: "s1"))
        let outbox = try store.outbox(state: nil, limit: 10)
        #expect(outbox.map(\.channel) == [.chat])
        #expect(outbox.first?.body.contains("김민지 고객님") == true)
        // Phone is off by default; turned on, a missed call is acknowledged by SMS.
        let calls = try Self.store(fixture, acknowledgements: AcknowledgementSettings(channels: [.phone: true]))
        _ = try calls.ingest(StoreFixture.event(.phone, identity: Self.sarahPhone, id: "call-1", text: "Please call me back",
                                                minutes: 2, name: "Sarah Miller", language: .en))
        let sms = try #require(try calls.outbox(state: nil, limit: 10).last)
        #expect(sms.channel == .sms && sms.recipient == Self.sarahPhone)
        #expect(sms.body.contains("call you back"))
    }

    @Test(arguments: StoreKind.allCases)
    func thePromiseRestsOnTheSlowEndOfRecentAnswers(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        // Twelve chats last week, answered in 10 minutes, except the slowest two in 50.
        try fixture.store.write { writer in
            for index in 0..<12 {
                let customer = Identity.email("c\(index)@example.com")!
                let start = -7 * 24 * 60 + Double(index)
                _ = try writer.ingest(StoreFixture.event(.chat, identity: customer, id: "q\(index)", text: "Hi", minutes: start,
                                                         session: "s\(index)"))
                _ = try writer.ingest(StoreFixture.event(.chat, identity: customer, id: "a\(index)", text: "Hello!",
                                                         minutes: start + (index < 10 ? 10 : 50), direction: .outbound,
                                                         session: "s\(index)"))
            }
        }
        let store = try Self.store(fixture, now: 1)
        _ = try store.ingest(StoreFixture.event(.chat, identity: Self.sarahEmail, id: "new", text: "Where is my parcel?",
                                                name: "Sarah Miller", language: .en, session: "s-new"))
        let item = try #require(try store.outbox(state: nil, limit: 10).first)
        #expect(item.body.contains("within 1 hour") || item.body.contains("within the hour"), "p90 of 50 min, rounded up: \(item.body)")
    }

    // MARK: - Follow-ups

    static func resolvedCall(_ store: any Store, at minutes: Double, id: String = "call-9") throws -> ConversationID {
        let call = InboundEvent(channel: .phone, providerID: id, occurredAt: StoreFixture.at(minutes - 30),
                                customer: CustomerHints(identities: [sarahPhone, sarahEmail], name: PersonNameParser.parse("Sarah Miller"),
                                                        language: .en),
                                text: "Router fixed on the phone",
                                call: CallDetails(direction: .inbound, durationSeconds: 300, outcome: .answered, transcript: "Router"))
        guard case .stored(let receipt) = try store.ingest(call) else { throw StoreError.notFound(what: "call", id: "9") }
        try store.write { _ = try $0.setStatus(conversation: receipt.conversationID, to: .resolved, at: StoreFixture.at(minutes),
                                               expectedVersion: nil) }
        return receipt.conversationID
    }

    @Test(arguments: StoreKind.allCases)
    func resolvingSchedulesAFollowUpByEmailADayAfterAPhoneFix(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try Self.store(fixture)
        let conversation = try Self.resolvedCall(store, at: 30)
        #expect(try store.outbox(state: nil, limit: 10).isEmpty, "an answered call needs no acknowledgement")
        let task = try #require(try store.followUps(states: [.scheduled], dueBy: nil, limit: 10).first)
        #expect(task.conversationID == conversation)
        #expect(task.fixChannel == .phone)
        #expect(task.channel == .email && task.recipient == Self.sarahEmail)
        #expect(task.dueAt == StoreFixture.at(30 + 24 * 60))
        #expect(task.surveyToken?.count == 32)
        #expect(try store.followUps(states: [.scheduled], dueBy: StoreFixture.at(60), limit: 10).isEmpty, "not due yet")
    }

    @Test(arguments: StoreKind.allCases)
    func theCustomerWritingAgainCancelsTheFollowUp(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try Self.store(fixture)
        let conversation = try Self.resolvedCall(store, at: 30)
        _ = try store.ingest(InboundEvent(channel: .sms, providerID: "sms-1", occurredAt: StoreFixture.at(90),
                                          customer: CustomerHints(identities: [Self.sarahPhone]), text: "It stopped working again",
                                          thread: ThreadHints(conversationID: conversation)))
        #expect(try store.conversation(conversation)?.status == .open)
        let task = try #require(try store.followUps(states: nil, dueBy: nil, limit: 10).first)
        #expect(task.state == .cancelled)
        #expect(task.reason == "the customer wrote again")
        #expect(try store.write { try $0.queueDueFollowUps(at: StoreFixture.at(3 * 24 * 60)) }.isEmpty)

        // Writing on a new case (an SMS after the case was resolved starts one) cancels it too.
        let other = try Self.resolvedCall(store, at: 4 * 24 * 60, id: "call-10")
        let scheduled = try #require(try store.followUps(states: [.scheduled], dueBy: nil, limit: 10).first)
        #expect(scheduled.conversationID == other)
        _ = try store.ingest(InboundEvent(channel: .sms, providerID: "sms-2", occurredAt: StoreFixture.at(4 * 24 * 60 + 30),
                                          customer: CustomerHints(identities: [Self.sarahPhone]), text: "Still no internet"))
        #expect(try store.conversation(other)?.status == .resolved, "the SMS started a case of its own")
        #expect(try store.followUps(states: [.scheduled], dueBy: nil, limit: 10).isEmpty)
        #expect(try store.followUps(states: [.cancelled], dueBy: nil, limit: 10).count == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func runningDueFollowUpsQueuesEachOnceWithTheSurvey(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try Self.store(fixture, followUps: FollowUpSettings(publicURL: "https://support.example.com/"))
        let conversation = try Self.resolvedCall(store, at: 30)
        #expect(try store.write { try $0.queueDueFollowUps(at: StoreFixture.at(60)) }.isEmpty)
        let queued = try store.write { try $0.queueDueFollowUps(at: StoreFixture.at(25 * 60)) }
        #expect(queued.map(\.state) == [.queued])
        #expect(try store.write { try $0.queueDueFollowUps(at: StoreFixture.at(26 * 60)) }.isEmpty, "idempotent")

        let item = try #require(try store.outbox(state: nil, limit: 10).first)
        let token = try #require(queued.first?.surveyToken)
        #expect(item.kind == .followUp && item.channel == .email && item.recipient == Self.sarahEmail)
        #expect(item.body.hasPrefix("Hello Sarah,") || item.body.hasPrefix("Hi Sarah,") || item.body.hasPrefix("Dear Sarah,"))
        #expect(item.body.contains("phone"), "it says how the case was solved")
        #expect(item.body.contains("Reply with a number from 1"))
        #expect(item.body.contains("5 ★★★★★ https://support.example.com/survey/\(token)?score=5"))
        #expect(try store.conversation(conversation)?.status == .resolved, "a follow-up does not reopen the case")
        #expect(try store.messages(in: conversation).last?.author == .system("Concord"))
    }

    // MARK: - Satisfaction

    @Test(arguments: StoreKind.allCases)
    func aSurveyAnswerIsARatingAndDoesNotReopenTheCase(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try Self.store(fixture)
        let conversation = try Self.resolvedCall(store, at: 30)
        _ = try store.write { try $0.queueDueFollowUps(at: StoreFixture.at(25 * 60)) }
        // The customer answers by SMS, in full-width digits: SMS threading alone would start a new case.
        let answer = InboundEvent(channel: .sms, providerID: "sms-5", occurredAt: StoreFixture.at(26 * 60),
                                  customer: CustomerHints(identities: [Self.sarahPhone]), text: "５ - quick and kind")
        guard case .stored(let receipt) = try store.ingest(answer) else { Issue.record("not stored"); return }
        #expect(receipt.conversationID == conversation)
        #expect(try store.conversation(conversation)?.status == .resolved)
        #expect(try store.conversation(conversation)?.waitingSince == nil)
        let rating = try #require(try store.satisfaction(since: nil).first)
        #expect(rating.score == 5 && rating.comment == "quick and kind")
        #expect(rating.channel == .phone && rating.messageID == receipt.messageID && rating.source == .reply)
        #expect(try store.followUps(states: nil, dueBy: nil, limit: 10).first?.state == .answered)

        // Changing their mind replaces the rating; a sentence with a number is a new question, not a score.
        _ = try store.ingest(InboundEvent(channel: .sms, providerID: "sms-6", occurredAt: StoreFixture.at(27 * 60),
                                          customer: CustomerHints(identities: [Self.sarahPhone]), text: "★★★★"))
        #expect(try store.satisfaction(of: rating.customerID).map(\.score) == [4])
        _ = try store.ingest(InboundEvent(channel: .sms, providerID: "sms-7", occurredAt: StoreFixture.at(28 * 60),
                                          customer: CustomerHints(identities: [Self.sarahPhone]), text: "5 items missing from the box"))
        #expect(try store.satisfaction(since: nil).count == 1)

        let snapshot = try #require(try store.snapshot(of: rating.customerID, messageLimit: 10, contactsSince: Self.base))
        #expect(snapshot.satisfaction.map(\.score) == [4])
    }

    @Test(arguments: StoreKind.allCases)
    func answersAfterTheSurveyWindowAreOrdinaryMessages(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try Self.store(fixture)
        _ = try Self.resolvedCall(store, at: 30)
        _ = try store.write { try $0.queueDueFollowUps(at: StoreFixture.at(25 * 60)) }
        _ = try store.ingest(InboundEvent(channel: .sms, providerID: "sms-late", occurredAt: StoreFixture.at(20 * 24 * 60),
                                          customer: CustomerHints(identities: [Self.sarahPhone]), text: "5"))
        #expect(try store.satisfaction(since: nil).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func oneClickLinkAnswersAreRecordedByToken(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try Self.store(fixture)
        _ = try Self.resolvedCall(store, at: 30)
        let task = try #require(try store.write { try $0.queueDueFollowUps(at: StoreFixture.at(25 * 60)) }.first)
        let token = try #require(task.surveyToken)
        let rating = try store.write { try $0.recordSurveyAnswer(token: token, score: 3, comment: nil, at: StoreFixture.at(26 * 60)) }
        #expect(rating.score == 3 && rating.source == .link)
        #expect(throws: StoreError.self) {
            try store.write { try $0.recordSurveyAnswer(token: token, score: 9, comment: nil, at: StoreFixture.at(26 * 60)) }
        }
        #expect(throws: StoreError.notFound(what: "survey", id: "nope")) {
            try store.write { try $0.recordSurveyAnswer(token: "nope", score: 3, comment: nil, at: StoreFixture.at(26 * 60)) }
        }
    }
    @Test(arguments: StoreKind.allCases)
    func aFollowUpGoesWhereTheCustomerCanStillBeReachedOrIsUnreachable(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try Self.store(fixture)
        // Scheduled to Sarah's email; the email is then split off to a customer of its own.
        let conversation = try Self.resolvedCall(store, at: 30)
        let sarah = try #require(try store.conversation(conversation)?.customerID)
        _ = try store.write { try $0.split(sarah, identities: [Self.sarahEmail], at: StoreFixture.at(40)) }
        // A caller known only by a CRM id: nothing a follow-up can be written to.
        let crm = Identity.external("crm-42", system: "crm")!
        guard case .stored(let call) = try store.ingest(InboundEvent(
            channel: .phone, providerID: "call-crm", occurredAt: StoreFixture.at(20), customer: CustomerHints(identities: [crm]),
            text: "Fixed", call: CallDetails(direction: .inbound, durationSeconds: 60, outcome: .answered, transcript: "Fixed"))) else {
            Issue.record("not stored"); return
        }
        try store.write { _ = try $0.setStatus(conversation: call.conversationID, to: .resolved, at: StoreFixture.at(35),
                                               expectedVersion: nil) }

        let queued = try store.write { try $0.queueDueFollowUps(at: StoreFixture.at(25 * 60)) }
        #expect(queued.map(\.conversationID) == [conversation, call.conversationID])
        #expect(queued.map(\.state) == [.queued, .unreachable])
        #expect(queued.first?.channel == .sms && queued.first?.recipient == Self.sarahPhone, "routed again, to the phone she kept")
        let outbox = try store.outbox(state: nil, limit: 10)
        #expect(outbox.map(\.channel) == [.sms] && outbox.first?.recipient == Self.sarahPhone)
        let unreachable = try #require(try store.followUps(states: [.unreachable], dueBy: nil, limit: 10).first)
        #expect(unreachable.conversationID == call.conversationID)
        #expect(unreachable.reason == "no address the customer can be written to")
        #expect(try store.followUps(states: [.queued], dueBy: nil, limit: 10).first?.channel == .sms)
    }

    @Test(arguments: StoreKind.allCases)
    func aRatingFromAChatPlatformCountsForTheCaseAndItsAgent(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let agent = try fixture.store.write { try $0.upsertAgent(login: "dana", name: "Dana Lee", languages: [.en], role: .agent,
                                                                 team: "support") }
        guard case .stored(let receipt) = try fixture.store.ingest(StoreFixture.event(
            .chat, identity: Self.sarahEmail, id: "chat-1", text: "Hi", name: "Sarah Miller", session: "s1")) else {
            Issue.record("not stored"); return
        }
        _ = try fixture.store.write { try $0.assign(conversation: receipt.conversationID, to: agent.id, expectedVersion: nil) }
        let rating = try fixture.store.write {
            try $0.recordSatisfaction(conversation: receipt.conversationID, score: 4, comment: "quick", at: StoreFixture.at(30),
                                      message: receipt.messageID, source: .chatPlatform)
        }
        #expect(rating.channel == .chat && rating.agentID == agent.id && rating.customerID == receipt.customerID)
        #expect(try fixture.store.satisfaction(since: StoreFixture.at(0)) == [rating])
        #expect(try fixture.store.satisfaction(since: StoreFixture.at(31)).isEmpty)
        #expect(throws: StoreError.invalidValue("a satisfaction score is 1 to 5, not 0")) {
            try fixture.store.write { try $0.recordSatisfaction(conversation: receipt.conversationID, score: 0, comment: nil,
                                                                at: StoreFixture.at(31), message: nil, source: .chatPlatform) }
        }
        #expect(throws: StoreError.notFound(what: "conversation", id: ConversationID(999_999).description)) {
            try fixture.store.write { try $0.recordSatisfaction(conversation: ConversationID(999_999), score: 3, comment: nil,
                                                                at: StoreFixture.at(31), message: nil, source: .chatPlatform) }
        }
    }
}
