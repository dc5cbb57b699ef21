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
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let current = try ConversationArgument.load(conversation, in: opened)
        let agent = try login.map { try CurrentAgent.resolve(login: $0, configuration: configuration, store: opened) }
        let changed = try opened.write { try $0.assign(conversation: current.id, to: agent?.id, expectedVersion: nil) }
        if json { return try JSONLines.print(ConversationArgument.object(changed, agents: try opened.agents())) }
        print(agent.map { "Conversation \(conversation) is assigned to \($0.login)." } ?? "Conversation \(conversation) is unassigned.")
    }
}

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

    static func parse(_ text: String) -> ConversationStatus? {
        let lowered = text.lowercased().replacingOccurrences(of: "-", with: "_")
        return ConversationStatus(rawValue: lowered) ?? ConversationStatus.allCases.first { $0.label == lowered }
    }

    mutating func run() throws {
        guard let wanted = Self.parse(status) else {
            throw ValidationError("Unknown status '\(status)'; use new, open, pending, internal, resolved or closed.")
        }
        let when = try at.map(FileIngest.parseTime) ?? Date()
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let current = try ConversationArgument.load(conversation, in: opened)
        guard current.status != wanted else {
            throw CLIError("Conversation \(conversation) is already \(wanted.label); nothing to do.")
        }
        let changed = try opened.write { try $0.setStatus(conversation: current.id, to: wanted, at: when, expectedVersion: nil) }
        if json { return try JSONLines.print(ConversationArgument.object(changed, agents: try opened.agents())) }
        print("Conversation \(conversation) is \(changed.status.label).")
    }
}

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
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let current = try ConversationArgument.load(conversation, in: opened)
        let changed = try opened.write { try $0.tag(conversation: current.id, adding: adding, removing: removing, at: Date()) }
        if json { return try JSONLines.print(ConversationArgument.object(changed, agents: try opened.agents())) }
        print("Conversation \(conversation) tags: " + (changed.tags.isEmpty ? "none." : TerminalText.safe(changed.tags.joined(separator: ", ")) + "."))
    }
}
