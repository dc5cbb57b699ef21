@testable import ConcordDemo
import ConversationEngine
import Foundation

/// The fixed reference instant every test generates against, so results never depend on the clock.
let referenceNow = Date(timeIntervalSince1970: 1_750_000_000) // 2025-06-15T15:06:40Z

/// Loads demo items the way a store would: events through the real ingest planner (in memory),
/// and the facts that follow them (status changes, assignments, promises) resolved through the
/// dedupe keys they name. `InMemoryConversationBook` cannot change a conversation's status, so
/// status changes are kept here as an overlay.
struct DemoReplay: Sendable {
    var book = InMemoryConversationBook()
    var items: [DemoItem] = []
    /// The story each item belongs to, from the generator's bookkeeping.
    var storyOfItem: [Int] = []
    var storyCount = 0
    var receipts: [String: IngestReceipt] = [:]
    var events: [String: InboundEvent] = [:]
    var statusOverlay: [ConversationID: ConversationStatus] = [:]
    var assignments: [ConversationID: String] = [:]
    var promises: [DemoPromise] = []
    var errors: [String] = []

    init(_ configuration: DemoConfiguration) {
        let generator = DemoGenerator(configuration: configuration)
        var iterator = generator.stream().makeIterator()
        while let item = iterator.next() {
            items.append(item)
            storyOfItem.append(iterator.currentStory)
        }
        storyCount = iterator.storyCount
        for item in items { apply(item) }
    }

    private mutating func apply(_ item: DemoItem) {
        switch item {
        case .event(let event):
            do {
                let outcome = try book.ingest(event)
                guard case .stored(let receipt) = outcome else {
                    errors.append("duplicate \(event.dedupeKey)")
                    return
                }
                receipts[event.dedupeKey] = receipt
                events[event.dedupeKey] = event
            } catch {
                errors.append("\(event.dedupeKey): \(error)")
            }
        case .statusChange(let change):
            guard let receipt = receipts[change.messageDedupeKey] else { errors.append("unknown key"); return }
            statusOverlay[receipt.conversationID] = change.status
        case .assignment(let assignment):
            guard let receipt = receipts[assignment.messageDedupeKey] else { errors.append("unknown key"); return }
            assignments[receipt.conversationID] = assignment.agentLogin
        case .promise(let promise):
            guard receipts[promise.messageDedupeKey] != nil else { errors.append("unknown key"); return }
            promises.append(promise)
        }
    }

    /// A conversation's status once the generator's status changes are applied.
    func status(of conversation: Conversation) -> ConversationStatus {
        statusOverlay[conversation.id] ?? conversation.status
    }

    var eventList: [InboundEvent] { items.compactMap(\.event) }

    /// Every message of a conversation.
    func messages(in conversation: ConversationID) -> [Message] {
        book.messages.values.filter { $0.conversationID == conversation }
    }
}

extension DemoReplay {
    /// The default demo book, generated once and shared by the tests that only read it.
    static let standard = DemoReplay(DemoConfiguration(now: referenceNow))
}
