import Foundation
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The console fixture's contact centre (Korean, Chinese, Russian, Persian and English
/// customers on every channel) staffed for the supervisor screen: agents in three teams with
/// statuses, one of them with a conversation on screen, the Persian customer's case in the
/// billing queue, ratings over the last two weeks, and a customer whose name tries to drive
/// the terminal.
final class SupervisorFixture {
    let console: ConsoleFixture
    var store: SQLiteStore { console.store }
    private(set) var supervisor: Agent!
    private(set) var mina: Agent!
    private(set) var sara: Agent!

    static let now = ConsoleFixture.now

    init() throws {
        console = try ConsoleFixture()
        try staff()
    }

    static func ago(_ minutes: Double) -> Date { ConsoleFixture.ago(minutes) }

    private func staff() throws {
        let hostile = CustomerHints(identities: [.phone("+14155550199")!],
                                    name: PersonName(displayName: "Mallory\u{1B}]0;owned\u{07}\u{202E}Evil"), language: .en)
        _ = try store.ingest(InboundEvent(channel: .sms, providerID: "sms-hostile", occurredAt: Self.ago(12), customer: hostile,
                                          text: "\u{1B}[2J\u{1B}[31mURGENT\u{1B}[0m refund now"))
        let queue = try store.queue(QueueQuery(limit: 50, asOf: Self.now))
        let persian = queue.first { $0.customerLanguage == .fa }?.id
        let korean = queue.first { $0.customerLanguage == .ko }?.id
        let chinese = queue.first { $0.customerLanguage == .zh }?.id
        let resolved = try store.queue(QueueQuery(statuses: [.resolved], limit: 5, asOf: Self.now)).first?.id
        try store.write { writer in
            supervisor = try writer.upsertAgent(login: "olga", name: "Ольга Смирнова", languages: [.ru, .en], role: .supervisor,
                                                team: "support")
            mina = try writer.upsertAgent(login: "mina", name: "김민아", languages: [.ko, .en], role: .agent, team: "support")
            sara = try writer.upsertAgent(login: "sara", name: "سارا رضایی", languages: [.fa, .en], role: .agent, team: "billing")
            let jun = try writer.upsertAgent(login: "jun", name: "王俊", languages: [.zh, .en], role: .agent, team: "social")
            _ = try writer.setAgentStatus(sara.id, to: .busy, capacity: 3, at: Self.ago(12))
            _ = try writer.setAgentStatus(jun.id, to: .away, capacity: nil, at: Self.ago(65))
            _ = try writer.setAgentStatus(mina.id, to: .available, capacity: 4, at: Self.ago(90))
            if let persian {
                _ = try writer.moveToQueue(conversation: persian, queue: "billing", at: Self.ago(60))
                _ = try writer.assign(conversation: persian, to: sara.id, expectedVersion: nil)
            }
            if let chinese { _ = try writer.assign(conversation: chinese, to: jun.id, expectedVersion: nil) }
            if let resolved {
                for (days, score) in [(13, 3), (9, 4), (6, 2), (3, 5), (1, 4), (0, 5)] {
                    _ = try writer.recordSatisfaction(conversation: resolved, score: score, comment: nil,
                                                      at: Self.ago(Double(days) * 24 * 60 + 30), message: nil, source: .chatPlatform)
                }
            }
        }
        if let korean {
            try store.reportPresence(agent: mina.id, conversation: korean, activity: .drafting, at: Self.ago(0.1))
        }
    }

    static func presentation() throws -> Presentation {
        Presentation(theme: ThemeLibrary.defaultTheme, borders: .unicode, clock: ClockText(timeZone: TimeZone(identifier: "UTC")!),
                     agentName: "Ольга Смирнова", agentLogin: "olga", storeLabel: "fixture",
                     keymap: try SupervisorCommand.keymap(overrides: [:]))
    }

    /// A started supervisor screen of `size` over the fixture.
    func screen(size: Size) throws -> SupervisorApplication {
        let state = SupervisorState(now: Self.now, size: size, presentation: try Self.presentation(), supervisor: supervisor)
        let app = SupervisorApplication(state: state, store: store, clock: { SupervisorFixture.now })
        app.start()
        return app
    }

    static func text(_ app: SupervisorApplication) -> String {
        var canvas = Canvas(size: app.state.size)
        app.render(into: &canvas)
        return canvas.plainText()
    }
}
