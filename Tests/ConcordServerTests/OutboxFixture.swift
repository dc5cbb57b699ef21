import ConcordChannels
import ConcordPostgres
import ConcordServer
import ConcordStore
import ConcordTestSupport
import ConversationEngine
import Foundation
import Logging
import Synchronization

/// A throwaway store (SQLite, or a database of its own on the test PostgreSQL) holding one
/// customer, Sarah, who wrote an email and has a phone number, with replies queued to her; a
/// clock the test moves; and a dispatcher's settings pointing at a local fake provider.
final class OutboxFixture: @unchecked Sendable {
    enum Backing: String, CaseIterable, Sendable, CustomStringConvertible {
        case sqlite, postgres
        var description: String { rawValue }
    }

    static let email = Identity.email("sarah@northwind.example")!
    static let phone = Identity.phone("+44 20 7946 0018")!
    static let base = Date(timeIntervalSince1970: 1_796_300_000)

    let directory: URL
    let store: any Store
    let conversation: ConversationID
    let clock = TestClock(base)
    private let databaseURL: String?

    init(_ backing: Backing) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-outbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        switch backing {
        case .sqlite:
            databaseURL = nil
            store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
        case .postgres:
            let url = try PostgresCluster.shared().makeDatabase(prefix: "outbox")
            databaseURL = url
            store = try PostgresStore(url: PostgresDatabaseURL(url))
        }
        let event = InboundEvent(
            channel: .email, providerID: "a2@northwind.example", occurredAt: Self.base.addingTimeInterval(-3600),
            customer: CustomerHints(identities: [Self.email, Self.phone], name: PersonNameParser.parse("Sarah Miller"), language: .en),
            subject: "Order 1042", text: "My order 1042 has not arrived.",
            email: EmailHeaders(messageID: "a2@northwind.example", inReplyTo: nil, references: []))
        guard case .stored(let receipt) = try store.ingest(event) else { throw StoreError.invalidValue("not stored") }
        conversation = receipt.conversationID
    }

    /// Queues `count` replies on `channel` (Reply 1, Reply 2, ...).
    @discardableResult
    func queue(_ count: Int, on channel: Channel) throws -> [OutboxItem] {
        let route = try store.replyRoutes(for: conversation).first { $0.channel == channel }
        guard let route else { throw StoreError.invalidValue("no \(channel) route") }
        return try (0..<count).map { index in
            try store.write {
                try $0.sendReply(OutgoingReply(conversationID: conversation, route: route, body: "Reply \(index + 1) to Sarah",
                                               author: .agent("Dana Lee", id: nil)),
                                 at: Self.base.addingTimeInterval(Double(index)), setPending: false)
            }.outbox
        }
    }

    static func settings(provider: FakeProvider?) -> DeliverySettings {
        var settings = DeliverySettings()
        settings.twilio.accountSID = "AC0123456789abcdef0123456789abcdef"
        settings.twilio.from = "+15550001111"
        if let provider {
            settings.twilio.baseURL = provider.baseURL
            settings.meta.graphURL = provider.baseURL
            settings.x.baseURL = provider.baseURL
            settings.chatURL = provider.baseURL + "/chat"
        }
        settings.emailFrom = EmailAddress(name: "Northwind Support", address: "help@northwind.example")
        settings.attemptTimeout = 10
        return settings
    }

    static let credentials = DeliveryCredentials(twilioAuthToken: "twilio-token", metaAccessToken: "meta-token",
                                                 xAccessToken: "x-token", chatSecret: "chat-secret")

    func dispatcher(_ settings: DeliverySettings, credentials: DeliveryCredentials = OutboxFixture.credentials,
                    store: (any Store)? = nil) -> OutboxDispatcher {
        OutboxDispatcher(store: store ?? self.store, planner: DeliveryPlanner(settings: settings, credentials: credentials),
                         logger: Logger(label: "concord.send.test") { _ in SwiftLogNoOpLogHandler() }, clock: clock.read)
    }

    /// Another store on the same database: a second dispatcher's own connection.
    func another() throws -> any Store {
        if let databaseURL { return try PostgresStore(url: PostgresDatabaseURL(databaseURL)) }
        return try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
    }

    func message(of item: OutboxItem) throws -> Message? {
        try item.messageID.flatMap { try store.message($0) }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
        if let databaseURL, let cluster = try? PostgresCluster.shared() { cluster.dropDatabase(url: databaseURL) }
    }
}

/// The dispatcher's clock, moved by the test to when the next attempts are due.
final class TestClock: Sendable {
    private let now: Mutex<Date>
    init(_ start: Date) { now = Mutex(start) }
    var read: @Sendable () -> Date { { [self] in now.withLock { $0 } } }
    func advance(_ seconds: TimeInterval) { now.withLock { $0 = $0.addingTimeInterval(seconds) } }
}
