import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConcordTestSupport
import ConversationEngine

/// Golden screens of the triage and reply overlays at 80x24 and 160x45, in every script the
/// fixture holds: the command line with its completions, search results, marks and views, the
/// card's merge suggestion, a reply with its channel limit, the send confirmation, and a long
/// email with its quotes folded.
@Suite("Triage and reply golden screens")
struct TriageSnapshotTests {
    static let directory = GoldenFile.snapshotDirectory(forTestFile: #filePath)
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 45)]

    static func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    @Test(arguments: sizes)
    func commandLineWithCompletions(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        app.dispatch(.key(.char(":")))
        ConsoleTriageTests.type("st", into: app)
        app.dispatch(.key(.tab))
        app.dispatch(.key(.tab))
        let verbs = ConsoleFixture.screen(app)
        ConsoleTriageTests.type("atus p", into: app)
        app.dispatch(.key(.escape))
        app.dispatch(.key(.char(":")))
        ConsoleTriageTests.type("filter channel=", into: app)
        app.dispatch(.key(.tab))
        GoldenFile.assertMatches("── :st Tab Tab ──\n" + verbs + "\n── :filter channel= Tab ──\n" + ConsoleFixture.screen(app),
                                 named: Self.name("command-line", size), directory: Self.directory)
    }

    @Test(arguments: [("ko", "배송"), ("zh", "退款"), ("ru", "Чайник"), ("fa", "سفارش")])
    func searchResults(language: (String, String)) throws {
        for size in Self.sizes {
            let fixture = try ConsoleFixture()
            let app = try fixture.console(size: size)
            app.dispatch(.key(.char("/")))
            ConsoleTriageTests.type(language.1, into: app)
            let prompt = ConsoleFixture.screen(app)
            app.dispatch(.key(.enter))
            let results = ConsoleFixture.screen(app)
            app.dispatch(.key(.enter))
            GoldenFile.assertMatches("── typing ──\n" + prompt + "\n── results ──\n" + results + "\n── opened ──\n" + ConsoleFixture.screen(app),
                                     named: Self.name("search-\(language.0)", size), directory: Self.directory)
        }
    }

    @Test(arguments: sizes)
    func marksAndAView(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        ConsoleTriageTests.type("3", into: app)
        app.dispatch(.key(.char(" ")))
        let marked = ConsoleFixture.screen(app)
        ConsoleTriageTests.run("assign @dana", in: app)
        ConsoleTriageTests.run("view mine", in: app)
        GoldenFile.assertMatches("── 3 Space ──\n" + marked + "\n── :assign @dana, :view mine ──\n" + ConsoleFixture.screen(app),
                                 named: Self.name("marks-and-view", size), directory: Self.directory)
    }

    @Test(arguments: sizes)
    func mergeSuggestionOnTheCard(size: Size) throws {
        let fixture = try ConsoleFixture()
        let customers = try fixture.store.customers(limit: 10, offset: 0)
        let minji = try #require(customers.first { $0.name.displayName == "김민지" })
        try fixture.store.write { writer in
            let outcome = try writer.ingest(InboundEvent(
                channel: .chat, providerID: "ko-chat-dup", occurredAt: ConsoleFixture.ago(400),
                customer: CustomerHints(identities: [.external("visitor-9", system: "chat")!],
                                        name: PersonName(displayName: "김민지", givenName: "민지", familyName: "김")),
                text: "공기청정기 배송은 언제 되나요?"))
            guard case .stored(let receipt) = outcome else { return }
            try writer.suggestMerge(minji.id, receipt.customerID, score: 0.64,
                                    evidence: "same name 김민지; the chat names order 58213 from her email", at: ConsoleFixture.now)
        }
        let app = try fixture.console(size: size)
        try ConsoleReplyTests.select("김민지", in: app)
        app.dispatch(.key(.tab))
        app.dispatch(.key(.tab))
        if size.width < 100 { app.dispatch(.key(.char("G"))) }
        GoldenFile.assertMatches(ConsoleFixture.screen(app), named: Self.name("merge-suggestion-ko", size), directory: Self.directory)
    }

    @Test(arguments: sizes)
    func persianSMSReplyWithItsLimitAndTheSendConfirmation(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        try ConsoleReplyTests.select("مریم احمدی", in: app)
        ConsoleTriageTests.run("reply sms", in: app)
        ConsoleTriageTests.type("مریم خانم، سفارش ۴۴۲۱ را بررسی کردم؛ مبلغ اضافه تا ۳ روز کاری برمی‌گردد.", into: app)
        let writing = ConsoleFixture.screen(app)
        GoldenFile.assertMatches(writing, named: Self.name("reply-sms-fa", size), directory: Self.directory)
    }

    @Test(arguments: sizes)
    func koreanSendConfirmation(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        try ConsoleReplyTests.select("김민지", in: app)
        ConsoleTriageTests.run("reply sms", in: app)
        ConsoleTriageTests.type("김민지 님, 7일 이내에 다시 연락드리겠습니다.", into: app)
        app.dispatch(.key(.control("s")))
        GoldenFile.assertMatches(ConsoleFixture.screen(app), named: Self.name("send-confirmation-ko", size), directory: Self.directory)
    }

    @Test(arguments: sizes)
    func russianEmailWithQuotesFoldedAndShown(size: Size) throws {
        let fixture = try ConsoleFixture()
        let customers = try fixture.store.customers(limit: 10, offset: 0)
        let anna = try #require(customers.first { $0.language == .ru })
        let identity = try #require(try fixture.store.identities(of: anna.id).first { $0.kind == .email })
        _ = try fixture.store.write { writer in
            try writer.ingest(InboundEvent(
                channel: .email, providerID: "ru-quote@example.ru", occurredAt: ConsoleFixture.ago(2), customer: CustomerHints(identities: [identity]),
                subject: "Re: Счёт за октябрь",
                text: """
                    Спасибо, новый счёт пришёл.

                    23 нояб. 2026 г., в 09:00, Павел Орлов пишет:
                    > Анна Сергеевна, исправили, новый счёт во вложении.
                    > С уважением,
                    > Павел

                    --\u{20}
                    Анна Иванова
                    +7 916 123-45-67
                    """,
                email: EmailHeaders(messageID: "ru-quote@example.ru", inReplyTo: "ru-old-2@concord")))
        }
        let app = try fixture.console(size: size)
        try ConsoleReplyTests.select("Иванова Анна Сергеевна", in: app)
        app.dispatch(.key(.enter))
        let folded = ConsoleFixture.screen(app)
        app.dispatch(.key(.char("z")))
        GoldenFile.assertMatches("── folded ──\n" + folded + "\n── z ──\n" + ConsoleFixture.screen(app),
                                 named: Self.name("email-quotes-ru", size), directory: Self.directory)
    }
}
