import Foundation
import Testing
@testable import ConversationEngine

/// English promises, sent on Wednesday 2 December 2026 at 10:00 in New York.
@Suite("Promise extraction: English")
struct PromiseExtractorEnglishTests {
    static let zone = PromiseFixtures.newYork

    static let cases: [PromiseCase] = [
        PromiseCase("We will get back to you within 24 hours.", .reply, "within 24 hours", due: "2026-12-03 10:00:00"),
        PromiseCase("Your refund will be processed in 3-5 business days.", .refund, "in 3-5 business days", due: "2026-12-09 23:59:59"),
        PromiseCase("We'll ship the replacement by Friday.", .replacement, "by Friday", due: "2026-12-04 23:59:59"),
        PromiseCase("I'll call you back tomorrow.", .callback, "tomorrow", due: "2026-12-03 23:59:59"),
        PromiseCase("You'll hear back from us by tomorrow morning.", .reply, "by tomorrow morning", due: "2026-12-03 12:00:00"),
        PromiseCase("The parcel will arrive on 3 December.", .delivery, "on 3 December", due: "2026-12-03 23:59:59"),
        PromiseCase("Your order will be delivered on 12/05.", .delivery, "on 12/05", due: "2026-12-05 23:59:59"),
        PromiseCase("We will send you an update next week.", .update, "next week", due: "2026-12-11 23:59:59"),
        PromiseCase("We'll reply today.", .reply, "today", due: "2026-12-02 23:59:59"),
        PromiseCase("The courier will deliver it in two days.", .delivery, "in two days", due: "2026-12-04 23:59:59"),
        PromiseCase("We'll get back to you within the hour.", .reply, "within the hour", due: "2026-12-02 11:00:00"),
        PromiseCase("I will call you back by 5 pm.", .callback, "by 5 pm", due: "2026-12-02 17:00:00"),
        PromiseCase("Our team will answer within twenty-four hours.", .reply, "within twenty-four hours", due: "2026-12-03 10:00:00"),
        PromiseCase("Please allow 3–5 business days for the refund to appear.", .refund, "3–5 business days", due: "2026-12-09 23:59:59"),
        PromiseCase("Refunds usually take 5-7 business days.", .refund, "5-7 business days", due: "2026-12-11 23:59:59"),
        PromiseCase("The replacement ships tomorrow.", .delivery, "tomorrow", due: "2026-12-03 23:59:59"),
        PromiseCase("Your refund should reach your account by the end of the week.", .refund, "by the end of the week", due: "2026-12-04 23:59:59"),
        PromiseCase("We'll call you back next Tuesday.", .callback, "next Tuesday", due: "2026-12-08 23:59:59"),
        PromiseCase("The package will arrive by December 10th.", .delivery, "by December 10th", due: "2026-12-10 23:59:59"),
        PromiseCase("We'll get back to you about your refund within 48 hours.", .reply, "within 48 hours", due: "2026-12-04 10:00:00"),
        PromiseCase("Refund within 5 business days.", .refund, "within 5 business days", due: "2026-12-09 23:59:59"),
    ]

    @Test(arguments: cases)
    func findsTheCommitmentAndWhenItIsDue(_ example: PromiseCase) throws {
        let promises = PromiseFixtures.extract(example.text, .en, in: Self.zone)
        try #require(promises.count == 1, "\(promises)")
        #expect(promises[0].kind == example.kind)
        #expect(promises[0].expression == example.expression)
        #expect(promises[0].dueAt == PromiseFixtures.wall(example.due, Self.zone))
        #expect(promises[0].text == example.text)
    }

    @Test func oneSentenceCanMakeTwoPromisesOfDifferentKinds() {
        let promises = PromiseFixtures.extract("We'll refund within 5 business days and call you tomorrow at 3 pm.", .en, in: Self.zone)
        #expect(promises.map(\.kind) == [.refund, .callback])
        #expect(promises.map(\.expression) == ["within 5 business days", "tomorrow at 3 pm"])
        #expect(promises.map(\.dueAt) == [PromiseFixtures.wall("2026-12-09 23:59:59", Self.zone),
                                          PromiseFixtures.wall("2026-12-03 15:00:00", Self.zone)])
    }

    @Test func aSentenceWithoutATopicCarriesOnTheLatestEarlierOne() {
        let text = """
            About your refund. Thanks for bearing with us while we sort this out. It will be done within 5 business days. \
            Separately, your replacement parcel left our warehouse today. You will have it in 2 days.
            """
        let promises = PromiseFixtures.extract(text, .en, in: Self.zone)
        #expect(promises.map(\.kind) == [.refund, .delivery],
                "the refund is carried over a sentence without a topic; the parcel's sentence carries its own on")
        #expect(promises.map(\.expression) == ["within 5 business days", "in 2 days"])
    }

    @Test func thePromiseIsQuotedAsTheSentenceThatMadeIt() throws {
        let text = "Hi Sam,\n\nThanks for your patience. Your parcel was shipped yesterday,\nso it should arrive by Monday. Best, Dana"
        let promise = try #require(PromiseFixtures.extract(text, .en, in: Self.zone).first)
        #expect(promise.text == "Your parcel was shipped yesterday, so it should arrive by Monday.")
        #expect(promise.kind == .delivery)
        #expect(promise.dueAt == PromiseFixtures.wall("2026-12-07 23:59:59", Self.zone))
    }

    @Test func quotedLinesOfEarlierEmailsAreNotNewPromises() {
        let text = """
            Sorry for the wait. We will call you tomorrow morning.

            On Mon, Nov 30, 2026 at 10:00 AM Dana wrote:
            > We will reply within 24 hours.
            > I waited 3 days already.
            """
        let promises = PromiseFixtures.extract(text, .en, in: Self.zone)
        #expect(promises.map(\.expression) == ["tomorrow morning"])
        #expect(promises.first?.dueAt == PromiseFixtures.wall("2026-12-03 12:00:00", Self.zone))
    }
}
