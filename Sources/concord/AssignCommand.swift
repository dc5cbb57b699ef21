import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord assign ID LOGIN|--none`: gives a conversation to an agent, or back to the team.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Assign a conversation to an agent (by login), or unassign it with --none.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The conversation id.") var conversation: Int64
    @Argument(help: "The agent's login.") var login: String?
    @Flag(help: "Unassign the conversation.") var none = false
    @Flag(help: "One JSON object instead of text.") var json = false

    func validate() throws {
        if none == (login != nil) { throw ValidationError("Give an agent's login or --none (not both).") }
    }

    mutating func run() throws {
        let (configuration, opened, current) = try ConversationArgument.open(conversation, with: store)
        let agent = try login.map { try CurrentAgent.resolve(login: $0, configuration: configuration, store: opened) }
        let actor = CurrentAgent.acting(try CurrentAgent.resolve(login: nil, configuration: configuration, store: opened),
                                        configuration: configuration)
        let logins = Dictionary(uniqueKeysWithValues: try opened.agents().map { ($0.id, $0.login) })
        let changed = try opened.write { writer in
            let changed = try writer.assign(conversation: current.id, to: agent?.id, expectedVersion: nil)
            if changed.assignee != current.assignee {
                let from = current.assignee.map { "@" + (logins[$0] ?? "\($0)") } ?? "nobody"
                try writer.recordAudit(.conversation(current.id, .reassign, by: actor, at: Date(),
                                                     detail: "from \(from) to \(agent.map { "@" + $0.login } ?? "nobody")"))
            }
            return changed
        }
        if json { return try JSONLines.print(ConversationArgument.object(changed, agents: try opened.agents())) }
        print(agent.map { "Conversation \(conversation) is assigned to \($0.login)." } ?? "Conversation \(conversation) is unassigned.")
    }
}
