import Foundation
import ConcordPostgres
import ConcordStore
import ConcordTestSupport
import ConversationEngine
import Testing

/// The store implementations the conformance tests run on: every test taking a `StoreKind`
/// argument must give the same results on both.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    /// A database of its own in the test process's shared throwaway PostgreSQL server.
    case postgres

    var testDescription: String { rawValue }
}

/// A throwaway store (an SQLite file in its own temporary directory, or a PostgreSQL database of
/// its own), removed when the fixture is released.
final class StoreFixture {
    let kind: StoreKind
    let directory: URL
    /// The SQLite file (SQLite fixtures only).
    let path: String
    /// The PostgreSQL database's URL (PostgreSQL fixtures only).
    let url: String?
    let planner: IngestPlanner
    let automation: StoreAutomation
    private(set) var store: any Store

    init(_ kind: StoreKind = .sqlite, planner: IngestPlanner = IngestPlanner(), automation: StoreAutomation = .off) throws {
        self.kind = kind
        self.planner = planner
        self.automation = automation
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("concord.sqlite").path
        switch kind {
        case .sqlite:
            url = nil
            store = try SQLiteStore(path: path, planner: planner, automation: automation)
        case .postgres:
            let made = try PostgresCluster.shared().makeDatabase(prefix: "store")
            url = made
            store = try PostgresStore(url: PostgresDatabaseURL(made), planner: planner, automation: automation)
        }
    }

    /// Closes and reopens the store, as a restart of Concord would, optionally under other rules.
    func reopen(planner: IngestPlanner? = nil, automation: StoreAutomation? = nil) throws {
        store = try Self.open(kind, path: path, url: url, planner: planner ?? self.planner, automation: automation ?? self.automation)
    }

    /// Another store on the same database (a second console, another machine).
    func another(planner: IngestPlanner? = nil, automation: StoreAutomation? = nil) throws -> any Store {
        try Self.open(kind, path: path, url: url, planner: planner ?? self.planner, automation: automation ?? self.automation)
    }

    private static func open(_ kind: StoreKind, path: String, url: String?, planner: IngestPlanner,
                             automation: StoreAutomation) throws -> any Store {
        switch kind {
        case .sqlite: try SQLiteStore(path: path, planner: planner, automation: automation)
        case .postgres: try PostgresStore(url: PostgresDatabaseURL(url ?? ""), planner: planner, automation: automation)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
        // WITH (FORCE) closes the store's pooled connections; the store goes right after.
        if let url, let cluster = try? PostgresCluster.shared() { cluster.dropDatabase(url: url) }
    }

    static let base = Date(timeIntervalSince1970: 1_790_000_000)
    static func at(_ minutes: Double) -> Date { base.addingTimeInterval(minutes * 60) }

    static func event(_ channel: Channel, identity: Identity, id: String, text: String, minutes: Double = 0,
                      direction: Direction = .inbound, subject: String? = nil, name: String? = nil,
                      language: Language? = nil, inReplyTo: String? = nil, session: String? = nil) -> InboundEvent {
        InboundEvent(
            channel: channel, direction: direction, providerID: id, occurredAt: at(minutes),
            customer: CustomerHints(identities: [identity], name: name.map { PersonNameParser.parse($0) }, language: language),
            author: direction == .outbound ? .agent("Dana Lee") : nil,
            subject: subject, text: text,
            call: channel == .phone ? CallDetails(direction: direction, durationSeconds: 61, outcome: .voicemail, transcript: text) : nil,
            email: channel == .email ? EmailHeaders(messageID: id, inReplyTo: inReplyTo) : nil,
            thread: ThreadHints(chatSessionID: session))
    }
}
