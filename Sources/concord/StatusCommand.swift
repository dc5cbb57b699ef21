import ArgumentParser
import ConcordConsole
import ConcordStore
import ConversationEngine
import Foundation

/// `concord status ID STATUS`: moves a conversation through new, open, pending, resolved, closed.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Set a conversation's status: new, open, pending (on the customer), internal (pending on us), resolved or closed.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The conversation id.") var conversation: Int64
    @Argument(help: "The new status.") var status: String
    @Option(help: ArgumentHelp("When it changed, as ISO 8601 (default: now).", valueName: "time")) var at: String?
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        guard let wanted = StatusWord.status(status) else {
            throw ValidationError("Unknown status '\(status)'; use new, open, pending, internal, resolved or closed.")
        }
        let when = try at.map(FileIngest.parseTime) ?? Date()
        let (_, opened, current) = try ConversationArgument.open(conversation, with: store)
        guard current.status != wanted else {
            throw CLIError("Conversation \(conversation) is already \(wanted.label); nothing to do.")
        }
        let changed = try opened.write { try $0.setStatus(conversation: current.id, to: wanted, at: when, expectedVersion: nil) }
        if json { return try JSONLines.print(ConversationArgument.object(changed, agents: try opened.agents())) }
        print("Conversation \(conversation) is \(changed.status.label).")
    }
}
