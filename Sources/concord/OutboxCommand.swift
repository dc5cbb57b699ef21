import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord outbox`: what Concord is waiting to send (replies, acknowledgements, follow-ups).
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "List the messages waiting to be sent and what became of the others.",
        discussion: "The dispatcher (`concord serve` beside the webhooks, or `concord send`) delivers queued items once per idempotency key.",
        subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List outbox items, oldest first.")
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Only items in this state: queued, sent or failed.", valueName: "state")) var state: String?
        @Option(help: "How many to print.") var limit = 100
        @Flag(help: "One JSON object per line.") var json = false

        mutating func run() throws {
            guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
            let wanted = try state.map { text in
                guard let state = OutboxItem.State(rawValue: text.lowercased()) else {
                    throw ValidationError("Unknown outbox state '\(text)'; use queued, sent or failed.")
                }
                return state
            }
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let items = try opened.outbox(state: wanted, limit: limit)
            for item in items {
                if json {
                    try JSONLines.print(OutboxCommand.object(item))
                } else {
                    print([String(item.id).leftPadded(6), " ", item.state.rawValue.padded(7), item.kind.rawValue.padded(16),
                           item.channel.rawValue.padded(10), String(item.conversationID.rawValue).leftPadded(6), "  ",
                           TerminalText.safe(item.recipient.description), " · ",
                           TerminalText.safe(item.subject ?? String(item.body.prefix(60)))].joined())
                }
            }
            if items.isEmpty && !json { print(wanted.map { "No outbox items are \($0.rawValue)." } ?? "The outbox is empty.") }
        }
    }

    static func object(_ item: OutboxItem) -> [String: Any] {
        var object: [String: Any] = [
            "id": item.id, "conversation": item.conversationID.rawValue, "customer": item.customerID.rawValue,
            "kind": item.kind.rawValue, "channel": item.channel.rawValue, "recipient": item.recipient.description,
            "body": item.body, "idempotency_key": item.idempotencyKey, "state": item.state.rawValue,
            "delivery": item.delivery.rawValue, "created_at": CustomerJSON.iso(item.createdAt),
            "references": item.references, "warnings": item.warnings, "attempts": item.attempts,
        ]
        object["last_error"] = item.lastError
        object["next_attempt_at"] = item.nextAttemptAt.map(CustomerJSON.iso)
        object["message"] = item.messageID?.rawValue
        object["subject"] = item.subject
        object["message_id_header"] = item.emailMessageID
        object["in_reply_to"] = item.inReplyTo
        object["updated_at"] = item.updatedAt.map(CustomerJSON.iso)
        return object
    }
}
