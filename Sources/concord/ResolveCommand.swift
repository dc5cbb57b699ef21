import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord resolve`: marks a conversation resolved from a script or over SSH, which stops its
/// clock, keeps its open promises and schedules its follow-up.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Mark a conversation resolved (stops its clock and schedules the follow-up).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The conversation id.") var conversation: Int64
    @Option(help: ArgumentHelp("When it was resolved, as ISO 8601 (default: now).", valueName: "time")) var at: String?
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        let when = try at.map(FileIngest.parseTime) ?? Date()
        let (_, opened, current) = try ConversationArgument.open(conversation, with: store)
        let id = current.id
        guard current.status.isActive else {
            throw CLIError("Conversation \(conversation) is already \(current.status.label); nothing to do.")
        }
        _ = try opened.write { try $0.setStatus(conversation: id, to: .resolved, at: when, expectedVersion: nil) }
        let followUp = try opened.followUps(states: [.scheduled], dueBy: nil, limit: 10_000).last { $0.conversationID == id }
        if json {
            var object: [String: Any] = ["conversation": conversation, "status": ConversationStatus.resolved.rawValue]
            object["follow_up_due"] = followUp.map { CustomerJSON.iso($0.dueAt) }
            object["follow_up_channel"] = followUp?.channel?.rawValue
            return try JSONLines.print(object)
        }
        print("Conversation \(conversation) is resolved."
              + (followUp.map { " Follow-up due \(CustomerJSON.iso($0.dueAt)) by \($0.channel?.rawValue ?? "the best channel found then")." } ?? ""))
    }
}
