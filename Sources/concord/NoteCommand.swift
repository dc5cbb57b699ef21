import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord note`: an internal note on a conversation's timeline, for colleagues only.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Add an internal note to a conversation (never sent; the customer keeps waiting).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The conversation id.") var conversation: Int64
    @Option(help: "The note's text.") var text: String
    @Option(name: .customLong("as"), help: ArgumentHelp("Write as this agent (default: [agent] login).", valueName: "login"))
    var login: String?
    @Option(help: ArgumentHelp("When it was written, as ISO 8601 (default: now).", valueName: "time")) var at: String?
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        let when = try at.map(FileIngest.parseTime) ?? Date()
        let (configuration, opened, current) = try ConversationArgument.open(conversation, with: store)
        let agent = try CurrentAgent.resolve(login: login, configuration: configuration, store: opened)
        let note: Message
        do {
            note = try opened.write { try $0.addNote(conversation: current.id, text: text, author: .agent(agent.name, id: agent.id), at: when) }
        } catch let error as ReplyError {
            throw CLIError(error.description)
        }
        if json {
            return try JSONLines.print(["conversation": conversation, "message": note.id.rawValue, "channel": note.channel.rawValue,
                                        "author": agent.login])
        }
        print("Note \(note.id.rawValue) added to conversation \(conversation).")
    }
}
