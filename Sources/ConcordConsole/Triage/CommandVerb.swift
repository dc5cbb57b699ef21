/// The verbs of the command line, with the usage shown when one is incomplete and in the
/// help overlay. Key command names (`next`, `help`, …) are verbs too.
public struct CommandVerb: Sendable, Hashable {
    public var name: String
    public var usage: String
    public var summary: String

    public static let all: [CommandVerb] = [
        CommandVerb(name: "assign", usage: "assign @login | @me | none", summary: "Assign the marked or selected conversations"),
        CommandVerb(name: "status", usage: "status new|open|pending|internal|resolved|closed", summary: "Set their status"),
        CommandVerb(name: "priority", usage: "priority low|normal|high|urgent", summary: "Set their priority"),
        CommandVerb(name: "tag", usage: "tag vip -billing", summary: "Add tags (a leading - removes one)"),
        CommandVerb(name: "untag", usage: "untag vip", summary: "Remove tags"),
        CommandVerb(name: "note", usage: "note TEXT", summary: "Add an internal note (the customer never sees it)"),
        CommandVerb(name: "reply", usage: "reply [email|sms|chat|whatsapp|x|…]", summary: "Reply, on another of the customer's channels if named"),
        CommandVerb(name: "merge", usage: "merge [CUSTOMER-ID]", summary: "Accept the card's merge suggestion, or merge that customer into this one"),
        CommandVerb(name: "unmerge", usage: "unmerge", summary: "Undo the latest merge into this customer"),
        CommandVerb(name: "theme", usage: "theme NAME", summary: "Switch the colour theme now"),
        CommandVerb(name: "goto", usage: "goto CONVERSATION-ID", summary: "Open a conversation by its number"),
        CommandVerb(name: "view", usage: "view NAME", summary: "Switch to a saved view (all, mine, unassigned, or your own)"),
        CommandVerb(name: "filter", usage: "filter channel=sms,chat status=open lang=ko team=T tag=T mine|unassigned | all",
                    summary: "Filter the queue"),
        CommandVerb(name: "order", usage: "order due|priority|wait|recent", summary: "Order the queue"),
        CommandVerb(name: "search", usage: "search WORDS", summary: "Search every channel (same as /)"),
        CommandVerb(name: "mark-all", usage: "mark-all", summary: "Mark every loaded queue row"),
        CommandVerb(name: "unmark-all", usage: "unmark-all", summary: "Clear the marks"),
    ]

    /// Every verb name and key command name, sorted, for completion.
    public static var names: [String] {
        (all.map(\.name) + ConsoleCommand.allCases.map(\.rawValue)).sorted()
    }
}
