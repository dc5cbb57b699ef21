import Foundation

/// Remembers the facts of messages already read, so checking a draft on every pause in typing
/// does not read the customer's whole history again: sent messages do not change.
///
/// Shared by copies of one `ConsistencyChecker`; safe across threads behind a lock. When full
/// it forgets everything and starts again, which is cheap next to reading.
final class StatementFactsMemo: @unchecked Sendable {
    private struct Key: Hashable {
        var id: MessageID
        var sentAt: Date
        var language: Language
        var zone: String
        var text: String
    }

    private let lock = NSLock()
    private var facts: [Key: StatementFacts] = [:]
    private let capacity: Int

    init(capacity: Int = 4_096) {
        self.capacity = capacity
    }

    /// The facts of `message`, read once per message, language and zone.
    func facts(of message: Message, language: Language, timeZone: TimeZone) -> StatementFacts {
        let key = Key(id: message.id, sentAt: message.sentAt, language: language, zone: timeZone.identifier, text: message.text)
        if let known = lock.withLock({ facts[key] }) { return known }
        let read = StatementFacts(reading: message.text, language: language, sentAt: message.sentAt, timeZone: timeZone)
        lock.withLock {
            if facts.count >= capacity { facts.removeAll(keepingCapacity: true) }
            facts[key] = read
        }
        return read
    }
}
