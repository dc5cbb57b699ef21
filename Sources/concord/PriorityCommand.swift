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
        guard let wanted = Priority.allCases.first(where: { $0.label == priority.lowercased() }) else {
            throw ValidationError("Unknown priority '\(priority)'; use low, normal, high or urgent.")
        }
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let current = try ConversationArgument.load(conversation, in: opened)
        let changed = try opened.write { try $0.setPriority(conversation: current.id, to: wanted, at: Date(), expectedVersion: nil) }
        if json { return try JSONLines.print(ConversationArgument.object(changed, agents: try opened.agents())) }
        print("Conversation \(conversation) is \(changed.priority.label) priority"
              + (changed.responseDueAt.map { ", answer due \(CustomerJSON.iso($0))." } ?? "."))
    }
}
