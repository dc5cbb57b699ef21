import ConversationEngine
import Foundation

/// Reads a promise an agent types, the way the ledger reads outbound messages: in the
/// customer's language and time zone, on the business calendar of the conversation's SLA
/// policy. Shared by `concord promises` and the console, so both read "by Friday" alike.
public struct PromiseDueReader: Sendable {
    public let language: Language
    public let timeZone: TimeZone
    public let calendar: BusinessCalendar

    public init(conversation id: ConversationID, store: any Store, policies: SLAPolicyBook) throws {
        guard let conversation = try store.conversation(id), let customer = try store.customer(conversation.customerID) else {
            throw PromiseInputError.noConversation(id)
        }
        calendar = policies.resolve(channel: conversation.originChannel, priority: conversation.priority, team: conversation.queue).calendar
        timeZone = customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? calendar.timeZone
        language = customer.language
    }

    /// The first promise in `text` with promise wording ("we will call you back tomorrow"),
    /// read in its own language (the customer's as tie-breaker).
    public func extract(_ text: String, at now: Date) -> ExtractedPromise? {
        PromiseExtractor().extract(from: text, language: language(of: text), sentAt: now, timeZone: timeZone,
                                   calendar: calendar.isAlwaysOpen ? nil : calendar).first
    }

    /// A due time given as ISO 8601 or as words ("by Friday", "3 business days", "내일까지").
    /// - Throws: `PromiseInputError` when the time has passed or cannot be read.
    public func due(_ words: String, at now: Date) throws -> Date {
        if let date = ISO8601DateFormatter().date(from: words.trimmingCharacters(in: .whitespaces)) {
            guard date > now else { throw PromiseInputError.inThePast(words) }
            return date
        }
        if let due = PromiseExtractor().dueTime(of: words, language: language(of: words), from: now, timeZone: timeZone,
                                                 calendar: calendar.isAlwaysOpen ? nil : calendar) {
            return due
        }
        throw PromiseInputError.unreadableTime(words)
    }

    /// What a typed promise commits to and when: `due` when given, else the time its words name.
    /// - Throws: `PromiseInputError` for empty words, no time, or a time that cannot be read.
    public func promise(_ text: String, due: String?, at now: Date) throws -> (text: String, dueAt: Date, kind: PromiseKind) {
        let words = Whitespace.collapsed(text)
        guard !words.isEmpty else { throw PromiseInputError.noWords }
        let extracted = extract(words, at: now)
        if let due { return (words, try self.due(due, at: now), extracted?.kind ?? .other) }
        if let extracted { return (words, extracted.dueAt, extracted.kind) }
        // Words with a time but no promise wording ("refund by Friday"): the agent says it is one.
        if let named = try? self.due(words, at: now) { return (words, named, .other) }
        throw PromiseInputError.noTime(words)
    }

    private func language(of text: String) -> Language {
        LanguageGuesser.guess(text, preferred: language) ?? language
    }
}

/// Why a typed promise was refused, in words that say what to type instead.
public enum PromiseInputError: Error, CustomStringConvertible, Equatable {
    case noConversation(ConversationID)
    case noWords
    case noTime(String)
    case unreadableTime(String)
    case inThePast(String)

    public var description: String {
        switch self {
        case .noConversation(let id): "There is no conversation \(id.rawValue); `concord queue` shows the ids."
        case .noWords: "A promise needs the words the customer heard."
        case .noTime(let words):
            "'\(words)' names no time; add one (\"refund by Friday\", \"내일까지\") or give it as the due time."
        case .unreadableTime(let words):
            "'\(words)' is not a time Concord can read; use ISO 8601 (2026-12-10T09:00:00Z) or words such as "
                + "\"by Friday\", \"within 3 business days\", \"내일까지\"."
        case .inThePast(let words): "\(words) has passed; a promise is due in the future."
        }
    }
}
