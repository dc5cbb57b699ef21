import Foundation
import Testing
@testable import ConversationEngine

/// Drafts against the promise ledger and the channel's honest reply time.
@Suite("Consistency: promises and over-promises")
struct ConsistencyCheckerPromiseTests {
    typealias C = ConsistencyFixtures
    typealias F = PromiseFixtures

    struct LaterPromise: Sendable, CustomTestStringConvertible {
        let language: Language
        /// The open promise: a refund within 5 business days from Thursday 3 December, due
        /// Thursday 10 December.
        let promised: String
        /// A draft promising the refund by Friday 18 December.
        let draft: String
        var testDescription: String { "\(language.rawValue): \(draft)" }
    }

    static let laterPromises: [LaterPromise] = [
        LaterPromise(language: .en, promised: "Your refund will be issued within 5 business days.", draft: "Your refund will be processed by 18 December."),
        LaterPromise(language: .ko, promised: "환불은 5영업일 이내에 처리됩니다.", draft: "12월 18일까지 환불해 드리겠습니다."),
        LaterPromise(language: .zh, promised: "我们会在5个工作日内为您退款。", draft: "12月18日前为您退款。"),
        LaterPromise(language: .ru, promised: "Вернём деньги в течение 5 рабочих дней.", draft: "Вернём деньги до 18 декабря."),
        LaterPromise(language: .fa, promised: "بازپرداخت ظرف ۵ روز کاری انجام می‌شود.", draft: "بازپرداخت تا ۲۷ آذر انجام می‌شود."),
    ]

    @Test(arguments: laterPromises)
    func aLaterPromiseOfTheSameKindContradictsTheOpenOne(_ example: LaterPromise) throws {
        let zone = C.zone(for: example.language)
        let email = C.outbound(1, example.promised, at: C.earlier(zone))
        let open = C.openPromise(example.promised, madeAt: C.earlier(zone), dueAt: F.wall("2026-12-10 23:59:59", zone))
        let warnings = C.check(example.draft, example.language, in: zone, history: [email], promises: [open])
        let warning = try #require(warnings.first { $0.kind == .contradictsPromise }, "\(warnings)")
        #expect(warning.message == "This draft promises the refund by Fri 18 Dec, later than the open promise due Thu 10 Dec made on 3 Dec, so keep that time or explain the delay.")
        #expect(warning.quote == example.promised)
        #expect(warning.earlierMessageID == MessageID(1))
        #expect(warning.earlierChannel == .email)
        #expect(warning.earlierAgent == "Dana")
        #expect(warning.earlierAt == C.earlier(zone))
    }

    @Test func anEarlierOrEqualPromiseKeepsTheOpenOne() {
        let zone = F.newYork
        let open = C.openPromise("Your refund will be issued within 5 business days.", madeAt: C.earlier(zone),
                                 dueAt: F.wall("2026-12-10 23:59:59", zone), messageID: nil)
        #expect(C.check("Your refund will be processed by Thursday.", .en, in: zone, history: [], promises: [open]).isEmpty)
        #expect(C.check("Your refund will be processed tomorrow.", .en, in: zone, history: [], promises: [open]).isEmpty)
    }

    @Test func aPromiseOfAnotherKindIsNotContradicted() {
        let zone = F.newYork
        let open = C.openPromise("We'll call you back by Friday.", madeAt: C.earlier(zone), dueAt: F.wall("2026-12-04 23:59:59", zone))
        #expect(C.check("Your replacement will arrive by 18 December.", .en, in: zone, history: [], promises: [open]).isEmpty)
    }

    @Test func theKindRecordedInTheLedgerWinsOverTheWords() {
        let zone = F.newYork
        var open = C.openPromise("Promised to Sam on the phone", madeAt: C.earlier(zone), dueAt: F.wall("2026-12-10 23:59:59", zone),
                                 messageID: nil)
        open.kind = .refund
        let warnings = C.check("Your refund will be processed by 18 December.", .en, in: zone, history: [], promises: [open])
        #expect(warnings.map(\.kind) == [.contradictsPromise])
        #expect(warnings.first?.earlierChannel == nil)
    }

    @Test func keptAndBrokenPromisesAreNotOpen() {
        let zone = F.newYork
        var kept = C.openPromise("Your refund will be issued within 5 business days.", madeAt: C.earlier(zone),
                                 dueAt: F.wall("2026-12-10 23:59:59", zone))
        kept.state = .kept
        #expect(C.check("Your refund will be processed by 18 December.", .en, in: zone, history: [], promises: [kept]).isEmpty)
    }

    @Test func restatingARelativePromiseDaysLaterMovesItsDeadline() throws {
        let zone = F.newYork
        let promised = "Your refund will be issued within 5 business days."
        let open = C.openPromise(promised, madeAt: C.earlier(zone), dueAt: F.wall("2026-12-10 23:59:59", zone))
        let warnings = C.check(promised, .en, in: zone, history: [C.outbound(1, promised, at: C.earlier(zone))], promises: [open])
        #expect(warnings.map(\.kind) == [.contradictsPromise])
    }

    struct QuickReply: Sendable, CustomTestStringConvertible {
        let language: Language
        let draft: String
        let words: String
        var testDescription: String { "\(language.rawValue): \(draft)" }
    }

    static let quickReplies: [QuickReply] = [
        QuickReply(language: .en, draft: "We'll get back to you within the hour.", words: "within the hour"),
        QuickReply(language: .ko, draft: "1시간 이내에 답변 드리겠습니다.", words: "1시간 이내에"),
        QuickReply(language: .zh, draft: "我们会在1小时内回复您。", words: "在1小时内"),
        QuickReply(language: .ru, draft: "Ответим в течение часа.", words: "в течение часа"),
        QuickReply(language: .fa, draft: "ظرف یک ساعت پاسخ می‌دهیم.", words: "ظرف یک ساعت"),
    ]

    @Test(arguments: quickReplies)
    func aReplyFasterThanTheHonestTimeOverPromises(_ example: QuickReply) throws {
        let zone = C.zone(for: example.language)
        let warnings = C.check(example.draft, example.language, in: zone, history: [], honestReplyTime: 6 * 3600)
        let warning = try #require(warnings.first, "\(warnings)")
        #expect(warnings.count == 1)
        #expect(warning.kind == .overPromise)
        #expect(warning.draftWords == example.words)
        #expect(warning.quote == example.draft)
        #expect(warning.message == "This draft promises a reply within 1 hour (“\(example.words)”), but on Chat the team honestly replies in about 6 hours, so promise no less than that.")
        #expect(warning.earlierMessageID == nil)
    }

    @Test func aPromiseWithinTheHonestTimeIsFine() {
        let zone = F.newYork
        #expect(C.check("We will get back to you within 24 hours.", .en, in: zone, history: [], honestReplyTime: 6 * 3600).isEmpty)
        #expect(C.check("We will get back to you within 6 hours.", .en, in: zone, history: [], honestReplyTime: 6 * 3600).isEmpty)
        #expect(C.check("We'll get back to you within the hour.", .en, in: zone, history: [], honestReplyTime: nil).isEmpty)
    }

    @Test func todayLateInTheDayIsAQuickPromiseToo() {
        let zone = F.newYork
        let evening = F.wall("2026-12-08 21:00:00", zone)
        let warnings = ConsistencyChecker().check(draft: "We'll reply today.", language: .en, channel: .email, at: evening, history: [],
                                                  openPromises: [], honestReplyTime: 6 * 3600, timeZone: zone)
        #expect(warnings.map(\.kind) == [.overPromise])
    }
}
