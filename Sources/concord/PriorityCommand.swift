import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord priority ID PRIORITY`.
struct PriorityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "priority", abstract: "Set a conversation's priority: low, normal, high or urgent (its answer is due accordingly).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The conversation id.") var conversation: Int64
    @Argument(help: "low, normal, high or urgent.") var priority: String
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        guard let wanted = Priority(label: priority) else {
            throw ValidationError("Unknown priority '\(priority)'; use low, normal, high or urgent.")
        }
        let (_, opened, current) = try ConversationArgument.open(conversation, with: store)
        let changed = try opened.write { try $0.setPriority(conversation: current.id, to: wanted, at: Date(), expectedVersion: nil) }
        if json { return try JSONLines.print(ConversationArgument.object(changed, agents: try opened.agents())) }
        print("Conversation \(conversation) is \(changed.priority.label) priority"
              + (changed.responseDueAt.map { ", answer due \(CustomerJSON.iso($0))." } ?? "."))
    }
}
