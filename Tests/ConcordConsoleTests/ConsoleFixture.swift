import Foundation
@testable import ConcordConsole
import ConcordKnowledge
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// A small hand-written contact centre (one customer per language, every channel) in a
/// throwaway SQLite store, and a console over it at a fixed time, size and theme, so screens
/// are identical on every machine.
final class ConsoleFixture {
    static let now = Date(timeIntervalSince1970: 1_795_435_200) // 2026-11-23 09:20:00 UTC
    let directory: URL
    let store: SQLiteStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("fixture.sqlite").path)
        try load()
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static func ago(_ minutes: Double) -> Date { now.addingTimeInterval(-minutes * 60) }

    static func presentation(keymap: Keymap? = nil, bidiMode: BidiMode = .reorder) throws -> Presentation {
        Presentation(
            theme: ThemeLibrary.defaultTheme, borders: .unicode, clock: ClockText(timeZone: TimeZone(identifier: "UTC")!),
            agentName: "Dana Lee", agentLogin: "dana", storeLabel: "fixture",
            keymap: try keymap ?? Keymap(defaults: ConsoleCommand.defaultBindings,
                                         validCommands: Set(ConsoleCommand.allCases.map(\.rawValue))),
            bidiMode: bidiMode)
    }

    /// The shipped phrasebooks and answers, loaded once for all console tests.
    static let suggester: ReplySuggester? = (try? KnowledgeLoader.shipped())
        .map { ReplySuggester(phrasebook: $0.phrasebook, answerBook: $0.answerBook) }

    /// A started console of `size` over the fixture store (or `other`), with the shipped suggestions.
    func console(size: Size, store other: SQLiteStore? = nil, bidiMode: BidiMode = .reorder) throws -> ConsoleApplication {
        let state = ConsoleState(now: Self.now, size: size, queueOrdering: .dueFirst,
                                 presentation: try Self.presentation(bidiMode: bidiMode))
        let app = ConsoleApplication(state: state, store: other ?? store, suggester: Self.suggester, clock: { ConsoleFixture.now })
        app.start()
        return app
    }

    /// The screen as text.
    static func screen(_ app: ConsoleApplication) -> String {
        var canvas = Canvas(size: app.state.size)
        app.render(into: &canvas)
        return canvas.plainText()
    }

    private func load() throws {
        let seoul = CustomerHints(
            identities: [.email("minji.kim@example.kr")!, .phone("010-2345-6789", region: "KR")!],
            name: PersonName(displayName: "김민지", givenName: "민지", familyName: "김", gender: .female), language: .ko,
            timeZone: "Asia/Seoul", customerSince: Self.ago(60 * 24 * 365 * 7), loyalty: .gold,
            notes: "오전 통화를 선호하심. Prefers calls before noon.")
        let shanghai = CustomerHints(
            identities: [.external("visitor-8841", system: "chat")!, .email("xiaoming.wang@example.cn")!],
            name: PersonName(displayName: "王小明", givenName: "小明", familyName: "王", gender: .male), language: .zh,
            timeZone: "Asia/Shanghai", customerSince: Self.ago(60 * 24 * 400), loyalty: .silver)
        let moscow = CustomerHints(
            identities: [.handle("anna_iv", on: .telegram)!, .email("anna.ivanova@example.ru")!],
            name: PersonNameParser.parse("Иванова Анна Сергеевна"), language: .ru, timeZone: "Europe/Moscow",
            customerSince: Self.ago(60 * 24 * 900))
        let tehran = CustomerHints(
            identities: [.handle("maryam_ahmadi", on: .x)!, .phone("0912 345 6789", region: "IR")!],
            name: PersonName(displayName: "مریم احمدی", givenName: "مریم", familyName: "احمدی", gender: .female), language: .fa,
            timeZone: "Asia/Tehran", customerSince: Self.ago(60 * 24 * 200))
        let newYork = CustomerHints(
            identities: [.email("sarah.miller@example.com")!, .handle("sarah.miller", on: .facebook)!],
            name: PersonName(displayName: "Sarah Miller", givenName: "Sarah", familyName: "Miller", gender: .female), language: .en,
            timeZone: "America/New_York", customerSince: Self.ago(60 * 24 * 365 * 9), loyalty: .platinum)

        let events: [InboundEvent] = [
            // Korean: email, then a missed call with voicemail, then an SMS: one case across three channels.
            InboundEvent(channel: .email, providerID: "ko-1@example.kr", occurredAt: Self.ago(60 * 30), customer: seoul,
                         subject: "주문 58213 배송 지연 문의",
                         text: "안녕하세요. 지난주에 주문한 공기청정기가 아직 도착하지 않았습니다.\n언제 받을 수 있을까요?",
                         email: EmailHeaders(messageID: "ko-1@example.kr")),
            InboundEvent(channel: .email, direction: .outbound, providerID: "ko-2@concord", occurredAt: Self.ago(60 * 26),
                         customer: seoul, author: .agent("Dana Lee"), subject: "Re: 주문 58213 배송 지연 문의",
                         text: "김민지 님, 불편을 드려 죄송합니다. 택배사에 확인해서 24시간 이내에 다시 연락드리겠습니다.",
                         email: EmailHeaders(messageID: "ko-2@concord", inReplyTo: "ko-1@example.kr", references: ["ko-1@example.kr"])),
            InboundEvent(channel: .phone, providerID: "call-ko-3", occurredAt: Self.ago(150), customer: seoul, text: "",
                         call: CallDetails(direction: .inbound, durationSeconds: 41, outcome: .voicemail,
                                           transcript: "약속하신 연락을 아직 못 받았어요. 전화 부탁드립니다.")),
            InboundEvent(channel: .sms, providerID: "sms-ko-4", occurredAt: Self.ago(95), customer: seoul,
                         text: "배송 상황 좀 알려주세요. 벌써 세 번째 문의입니다."),
            // Chinese: a chat session about a refund.
            InboundEvent(channel: .chat, providerID: "zh-1", occurredAt: Self.ago(50), customer: shanghai,
                         text: "你好，我的退款什么时候到账？已经等了十天了。", thread: ThreadHints(chatSessionID: "chat-77")),
            InboundEvent(channel: .chat, direction: .outbound, providerID: "zh-2", occurredAt: Self.ago(48), customer: shanghai,
                         author: .agent("Dana Lee"), text: "王先生您好，我马上帮您查询退款进度。", thread: ThreadHints(chatSessionID: "chat-77")),
            InboundEvent(channel: .chat, providerID: "zh-3", occurredAt: Self.ago(20), customer: shanghai,
                         text: "好的，谢谢。请尽快告诉我结果。", thread: ThreadHints(chatSessionID: "chat-77")),
            // Russian: a defective kettle on Telegram, an older resolved email case.
            InboundEvent(channel: .email, providerID: "ru-old@example.ru", occurredAt: Self.ago(60 * 24 * 40), customer: moscow,
                         subject: "Счёт за октябрь", text: "Здравствуйте, в счёте за октябрь лишняя строка.",
                         email: EmailHeaders(messageID: "ru-old@example.ru")),
            InboundEvent(channel: .email, direction: .outbound, providerID: "ru-old-2@concord", occurredAt: Self.ago(60 * 24 * 39),
                         customer: moscow, author: .agent("Pavel Orlov"), subject: "Re: Счёт за октябрь",
                         text: "Анна Сергеевна, исправили, новый счёт во вложении.",
                         email: EmailHeaders(messageID: "ru-old-2@concord", inReplyTo: "ru-old@example.ru"),
                         attachments: [Attachment(filename: "schet-oktyabr.pdf", contentType: "application/pdf", size: 48_213)]),
            InboundEvent(channel: .telegram, providerID: "tg-1", occurredAt: Self.ago(300), customer: moscow,
                         text: "Чайник, который я купила, не включается. Что делать?",
                         social: SocialDetails(visibility: .private)),
            // Persian: a public post on X and a WhatsApp message about a double charge.
            InboundEvent(channel: .x, providerID: "x-1", occurredAt: Self.ago(80), customer: tehran,
                         text: "دو بار از حسابم پول کم شده و هنوز کسی جواب نداده!", social: SocialDetails(visibility: .public),
                         priority: .high),
            InboundEvent(channel: .whatsapp, providerID: "wa-1", occurredAt: Self.ago(70), customer: tehran,
                         text: "سلام، شماره سفارش ۴۴۲۱ است. لطفاً بررسی کنید.", social: SocialDetails(visibility: .private)),
            // English: a loyal customer's thanks, and an answered call.
            InboundEvent(channel: .phone, providerID: "call-en-1", occurredAt: Self.ago(60 * 5), customer: newYork, text: "",
                         call: CallDetails(direction: .inbound, durationSeconds: 754, outcome: .answered,
                                           transcript: "Asked about moving her subscription to the annual plan.")),
            InboundEvent(channel: .facebook, providerID: "fb-1", occurredAt: Self.ago(35), customer: newYork,
                         text: "Thanks for sorting out my plan so quickly yesterday! One more question: can I add a second user?",
                         social: SocialDetails(visibility: .private)),
        ]
        try store.write { writer in
            for event in events { _ = try writer.ingest(event) }
            let agent = try writer.upsertAgent(login: "dana", name: "Dana Lee", languages: [.en, .ko], role: .agent, team: "support")
            // The agent's reply promised news within 24 hours: ingest put that in the ledger.
            if let promiseMessage = try writer.message(withDedupeKey: "email:ko-2@concord") {
                try writer.assign(conversation: promiseMessage.conversationID, to: agent.id, expectedVersion: nil)
            }
            if let old = try writer.message(withDedupeKey: "email:ru-old@example.ru") {
                try writer.setStatus(conversation: old.conversationID, to: .resolved, at: Self.ago(60 * 24 * 39), expectedVersion: nil)
            }
            if let chat = try writer.message(withDedupeKey: "chat:zh-2") {
                try writer.recordPromise(conversation: chat.conversationID, message: chat.id, text: "退款进度今天内回复",
                                         madeAt: Self.ago(48), dueAt: Self.now.addingTimeInterval(6 * 3600), state: .open, closedAt: nil)
            }
        }
    }
}
