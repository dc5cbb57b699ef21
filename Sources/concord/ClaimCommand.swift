import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord claim ID --agent LOGIN`: takes ownership of a conversation unless someone else
/// already has it. Scripts and other tools rely on the exit status: 0 when the agent owns the
/// conversation now (or already did), 3 when another agent does (with one line naming them).
struct ClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim",
        abstract: "Claim a conversation for an agent; exit status 3 (naming the owner) when another agent already has it.")

    /// The exit status when another agent owns the conversation.
    static let heldByAnother: Int32 = 3

    @OptionGroup var store: StoreOptions
    @Argument(help: "The conversation id.") var conversation: Int64
    @Option(help: ArgumentHelp("The claiming agent's login (default: [agent] login in the configuration).", valueName: "login"))
    var agent: String?
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        let (configuration, opened, current) = try ConversationArgument.open(conversation, with: store)
        let claimant = try CurrentAgent.resolve(login: agent, configuration: configuration, store: opened)
        let outcome = try opened.claim(current.id, for: claimant.id)
        let agents = try opened.agents()
        if json {
            var object = ConversationArgument.object(outcome.conversation, agents: agents)
            object["claimed"] = if case .heldBy = outcome { false } else { true }
            try JSONLines.print(object)
        }
        switch outcome {
        case .claimed:
            if !json { print("Conversation \(conversation) is yours, \(claimant.login).") }
        case .alreadyYours:
            if !json { print("Conversation \(conversation) was already yours, \(claimant.login).") }
        case .heldBy(let owner, _):
            let who = agents.first { $0.id == owner }.map { "\($0.login) (\($0.name))" } ?? "agent \(owner.rawValue)"
            FileHandle.standardError.write(Data("Conversation \(conversation) is already claimed by \(who).\n".utf8))
            throw ExitCode(Self.heldByAnother)
        }
    }
}
