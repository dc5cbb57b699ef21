import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord tag ID +vip -billing`.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Add (+tag) and remove (-tag) a conversation's tags.",
        discussion: "Tags are lower-cased, with spaces and commas turned into hyphens: +VIP and +vip are one tag.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The conversation id.") var conversation: Int64
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("+tag to add, -tag to remove.", valueName: "change"))
    var changes: [String] = []
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        var adding: [String] = [], removing: [String] = []
        for change in changes {
            if change.hasPrefix("+") {
                adding.append(String(change.dropFirst()))
            } else if change.hasPrefix("-") {
                removing.append(String(change.drop { $0 == "-" }))
            } else {
                throw ValidationError("'\(change)' is not a tag change; write +tag to add it or -tag to remove it.")
            }
        }
        guard !(adding + removing).compactMap(ConversationTags.normalized).isEmpty else {
            throw ValidationError("Give at least one tag change, such as +vip or -billing.")
        }
        let (_, opened, current) = try ConversationArgument.open(conversation, with: store)
        let changed = try opened.write { try $0.tag(conversation: current.id, adding: adding, removing: removing, at: Date()) }
        if json { return try JSONLines.print(ConversationArgument.object(changed, agents: try opened.agents())) }
        print("Conversation \(conversation) tags: " + (changed.tags.isEmpty ? "none." : TerminalText.safe(changed.tags.joined(separator: ", ")) + "."))
    }
}
