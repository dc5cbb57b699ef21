import ArgumentParser
import ConcordConsole
import ConcordStore
import ConversationEngine
import Foundation

/// `concord queue`: the queue as text, for scripts and quick looks over SSH.
struct QueueSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "Print the queue of open conversations, what breaches first at the top.")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Ordering: due, priority, wait or recent.", valueName: "order"))
    var order: String = "due"

    @Option(help: "How many conversations to print.")
    var limit: Int = 50

    @Flag(help: "One JSON object per line instead of a table.")
    var json = false

    mutating func run() throws {
        guard let ordering = QueueQuery.Ordering(rawValue: order) else {
            throw ValidationError("Unknown order '\(order)'; use due, priority, wait or recent.")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let now = Date()
        let rows = try opened.queue(QueueQuery(ordering: ordering, limit: limit, asOf: now))
        for row in rows {
            let conversation = row.conversation
            let wait = conversation.waitDuration(at: now).map(DurationText.short) ?? "-"
            if json {
                var object: [String: Any] = [
                    "conversation": conversation.id.rawValue, "customer": conversation.customerID.rawValue,
                    "name": row.customerName.displayName, "channel": row.lastChannel.rawValue,
                    "status": conversation.status.rawValue, "priority": conversation.priority.label,
                    "subject": conversation.subject, "overdue_promises": row.overduePromises,
                ]
                object["waiting_seconds"] = conversation.waitDuration(at: now).map { Int($0) }
                object["response_due"] = conversation.responseDueAt.map { ISO8601DateFormatter().string(from: $0) }
                object["sla_due"] = object["response_due"]
                object["waiting_since"] = conversation.waitingSince.map { ISO8601DateFormatter().string(from: $0) }
                let data = try JSONSerialization.data(withJSONObject: object.compactMapValues { $0 }, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            } else {
                let line = [
                    String(conversation.id.rawValue).leftPadded(7), " ", row.lastChannel.rawValue.padded(9),
                    conversation.status.label.padded(9), wait.leftPadded(8), " ",
                    TerminalText.safe(row.customerName.displayName), " · ", TerminalText.safe(conversation.subject),
                ].joined()
                print(line)
            }
        }
    }
}
