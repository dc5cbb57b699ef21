import Foundation
import ConcordStore
import ConversationEngine

/// Turns a command line (`assign @mina`, `status pending`, `next 5`) into an invocation. Pure:
/// the reducer decides what it means for the current selection.
public enum CommandLineParser {
    public static func parse(_ line: String) throws(CommandLineError) -> ConsoleInvocation {
        var text = Substring(line.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix(":") { text = text.dropFirst() }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first?.lowercased() else { throw .empty }
        let arguments = Array(words.dropFirst())
        let rest = arguments.joined(separator: " ")

        func usage() -> String { CommandVerb.all.first { $0.name == verb }?.usage ?? verb }
        func single() throws(CommandLineError) -> String {
            guard let first = arguments.first else { throw .missingArgument(verb: verb, usage: usage()) }
            return first
        }

        switch verb {
        case "assign":
            let who = try single().lowercased()
            switch who {
            case "@me", "me": return .assign(.me)
            case "none", "nobody", "-", "@none": return .assign(.nobody)
            default:
                let login = who.hasPrefix("@") ? String(who.dropFirst()) : who
                guard !login.isEmpty else { throw .missingArgument(verb: verb, usage: usage()) }
                return .assign(.login(login))
            }
        case "status":
            return .status(try StatusWord.parse(try single(), verb: verb))
        case "merge":
            guard let first = arguments.first else { return .merge(nil) }
            guard let id = Int64(first.trimmingPrefix("#")) else {
                throw .badArgument(verb: verb, argument: first, expected: "a customer number (concord customers list shows them)")
            }
            return .merge(CustomerID(id))
        case "unmerge": return .command(.undoMerge, count: 1)
        case "theme":
            return .theme(try single())
        case "goto", "go":
            let word = try single()
            guard let id = Int64(word.trimmingPrefix("#")), id > 0 else {
                throw .badArgument(verb: verb, argument: word, expected: "a conversation number, such as 42 or #42")
            }
            return .goto(ConversationID(id))
        case "view":
            return .view(try single().lowercased())
        case "filter":
            return .filter(try QueueFilter.parse(arguments))
        case "order", "sort":
            let word = try single().lowercased()
            guard let ordering = QueueQuery.Ordering(rawValue: word) else {
                throw .badArgument(verb: verb, argument: word,
                                   expected: QueueQuery.Ordering.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return .order(ordering)
        case "search", "find":
            guard !rest.isEmpty else { throw .missingArgument(verb: verb, usage: usage()) }
            return .search(rest)
        case "priority":
            let word = try single().lowercased()
            guard let priority = Priority(label: word) else {
                throw .badArgument(verb: verb, argument: word, expected: Priority.allCases.map(\.label).joined(separator: ", "))
            }
            return .priority(priority)
        case "tag", "untag":
            guard !arguments.isEmpty else { throw .missingArgument(verb: verb, usage: usage()) }
            var adding: [String] = []
            var removing: [String] = []
            for word in arguments {
                if verb == "untag" || word.hasPrefix("-") {
                    ConversationTags.normalized(String(word.drop { $0 == "-" })).map { removing.append($0) }
                } else {
                    ConversationTags.normalized(String(word.drop { $0 == "+" })).map { adding.append($0) }
                }
            }
            guard !adding.isEmpty || !removing.isEmpty else { throw .missingArgument(verb: verb, usage: usage()) }
            return .tag(adding: adding, removing: removing)
        case "note":
            guard !rest.isEmpty else { throw .missingArgument(verb: verb, usage: usage()) }
            return .note(rest)
        case "reply":
            guard let first = arguments.first else { return .reply(nil) }
            guard let channel = Channel(rawValue: first.lowercased()), channel != .note, channel != .phone else {
                throw .badArgument(verb: verb, argument: first,
                                   expected: Channel.allCases.filter { $0 != .note && $0 != .phone }.map(\.rawValue).joined(separator: ", "))
            }
            return .reply(channel)
        case "mark-all": return .markAll(true)
        case "unmark-all": return .markAll(false)
        default:
            guard let command = ConsoleCommand(rawValue: verb) else {
                throw .unknownVerb(verb, suggestion: closest(to: verb))
            }
            var count = 1
            if let first = arguments.first {
                guard let number = Int(first), number > 0 else {
                    throw .badArgument(verb: verb, argument: first, expected: "nothing, or how many times")
                }
                count = min(number, 10_000)
            }
            return .command(command, count: count)
        }
    }

    /// The verb a typo most likely meant: a shared prefix first, then the fewest edits.
    static func closest(to word: String) -> String? {
        let names = CommandVerb.names
        if let prefixed = names.first(where: { $0.hasPrefix(word) }) { return prefixed }
        let scored = names.map { ($0, editDistance($0, word)) }.filter { $0.1 <= max(1, word.count / 3) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

