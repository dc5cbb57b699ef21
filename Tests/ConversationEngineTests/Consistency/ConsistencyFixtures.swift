import Foundation
import Testing
@testable import ConversationEngine

/// A customer's history for consistency checks: an earlier email from Dana on Thursday
/// 3 December 2026, and a chat draft on Tuesday 8 December, both at 10:00 on the wall of the
/// case's zone.
enum ConsistencyFixtures {
    typealias F = PromiseFixtures

    static func earlier(_ zone: TimeZone) -> Date { F.wall("2026-12-03 10:00:00", zone) }
    static func now(_ zone: TimeZone) -> Date { F.wall("2026-12-08 10:00:00", zone) }

    static func outbound(_ id: Int64, _ text: String, channel: Channel = .email, at: Date, agent: String = "Dana") -> Message {
        Message(id: MessageID(id), conversationID: ConversationID(1), customerID: CustomerID(7), channel: channel, direction: .outbound,
                author: .agent(agent), sentAt: at, text: text, dedupeKey: "out-\(id)")
    }

    static func inbound(_ id: Int64, _ text: String, channel: Channel = .chat, at: Date) -> Message {
        Message(id: MessageID(id), conversationID: ConversationID(1), customerID: CustomerID(7), channel: channel, direction: .inbound,
                author: .customer("Sam"), sentAt: at, text: text, dedupeKey: "in-\(id)")
    }

    static func openPromise(_ text: String, madeAt: Date, dueAt: Date, messageID: MessageID? = MessageID(1)) -> Promise {
        Promise(id: PromiseID(1), conversationID: ConversationID(1), customerID: CustomerID(7), messageID: messageID, text: text,
                madeAt: madeAt, dueAt: dueAt)
    }

    static func check(_ draft: String, _ language: Language, in zone: TimeZone, history: [Message], promises: [Promise] = [],
                      honestReplyTime: TimeInterval? = nil, channel: Channel = .chat) -> [DraftWarning] {
        ConsistencyChecker().check(draft: draft, language: language, channel: channel, at: now(zone), history: history,
                                   openPromises: promises, honestReplyTime: honestReplyTime, timeZone: zone)
    }

    static func zone(for language: Language) -> TimeZone {
        switch language {
        case .en: F.newYork
        case .ko: F.seoul
        case .zh: F.shanghai
        case .ru: F.moscow
        case .fa: F.tehran
        }
    }
}

/// A draft and the earlier words it contradicts, in one language.
struct ContradictionCase: Sendable, CustomTestStringConvertible {
    let language: Language
    let earlier: String
    let draft: String
    let kind: DraftWarning.Kind

    init(_ language: Language, _ kind: DraftWarning.Kind, earlier: String, draft: String) {
        self.language = language
        self.kind = kind
        self.earlier = earlier
        self.draft = draft
    }

    var testDescription: String { "\(language.rawValue) \(kind.rawValue): \(draft)" }
}
