import Foundation
import ConcordStore
import ConversationEngine

/// A throwaway store in its own temporary directory, removed when the fixture is released.
final class StoreFixture {
    let directory: URL
    let path: String
    private(set) var store: any Store

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("concord.sqlite").path
        store = try SQLiteStore(path: path)
    }

    /// Closes and reopens the database file, as a restart of Concord would.
    func reopen() throws {
        store = try SQLiteStore(path: path)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

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
