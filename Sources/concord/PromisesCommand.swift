import ArgumentParser
import ConcordConsole
import ConcordStore
import ConversationEngine
import Foundation

/// `concord promises`: the promise ledger by hand. Promises in outbound messages are recorded
/// on their own; agents add the ones made on the phone, correct a due time, and settle them.
struct PromisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promises",
        abstract: "List, add, edit and settle the promises made to customers.",
        discussion: """
            A promise is open until a later answer or a resolution keeps it; past its due time it is broken, and an \
            alarm in the queue and on the customer card. Times are ISO 8601 or words the ledger reads in outbound \
            messages, in any of the five languages ("within 3 business days", "by Friday", "내일까지", "三个工作日内"), \
            counted on the conversation's business calendar in the customer's time zone.
            """,
        subcommands: [List.self, Add.self, Edit.self, Close.self, Reopen.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List promises: one customer's, one conversation's, or every overdue one (the default).")
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Only this customer's promises.", valueName: "id")) var customer: Int64?
        @Option(help: ArgumentHelp("Only this conversation's promises.", valueName: "id")) var conversation: Int64?
        @Flag(help: "Only open ones (kept and broken ones are left out).") var open = false
        @Option(help: ArgumentHelp("The time to judge them at, as ISO 8601 (default: now).", valueName: "time")) var at: String?
        @Option(help: "How many to print at most.") var limit = 500
        @Flag(help: "One JSON object per line.") var json = false

        mutating func run() throws {
            let now = try at.map(FileIngest.parseTime) ?? Date()
            let (opened, _) = try store.openStore(configuration: try store.loadConfiguration(), mustExist: true)
            var promises: [Promise]
            if let conversation {
                promises = try opened.promises(in: ConversationID(conversation))
            } else if let customer {
                promises = try opened.promises(of: CustomerID(customer))
            } else {
                promises = try opened.openPromises(dueBefore: now, limit: limit)
            }
            if open { promises = promises.filter { $0.state(at: now) == .open } }
            for promise in promises.prefix(limit) {
                if json {
                    try JSONLines.print(PromiseJSON.object(promise, at: now))
                } else {
                    print(PromisesCommand.line(promise, at: now))
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a promise made in a conversation (on the phone, say).")
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("The conversation it was made in.", valueName: "id")) var conversation: Int64
        @Option(help: ArgumentHelp("What was promised, as the customer heard it.", valueName: "text")) var text: String
        @Option(help: ArgumentHelp("When it is due: ISO 8601 or words (default: the time the text names).", valueName: "time"))
        var due: String?
        @Option(help: ArgumentHelp("reply, callback, refund, delivery, replacement, update or other (default: from the words).",
                                   valueName: "kind"))
        var kind: String?
        @Option(help: ArgumentHelp("When it was made, as ISO 8601 (default: now).", valueName: "time")) var at: String?
        @Flag(help: "Print the promise as one JSON object.") var json = false

        mutating func run() throws {
            let now = try at.map(FileIngest.parseTime) ?? Date()
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let reader = try PromiseDueReader(conversation: ConversationID(conversation), store: opened, policies: configuration.slaPolicies)
            let read = try reader.promise(text, due: due, at: now)
            let promiseKind = try kind.map(PromisesCommand.kind(named:)) ?? read.kind
            let promise = try opened.write { writer in
                try writer.recordPromise(conversation: ConversationID(conversation), message: nil, text: read.text, madeAt: now,
                                         dueAt: read.dueAt, state: .open, closedAt: nil, kind: promiseKind)
            }
            try PromisesCommand.report(promise, at: now, json: json, verb: "Recorded")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change what a promise says or when it is due.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The promise id (`concord promises list` shows them).") var id: Int64
        @Option(help: ArgumentHelp("The new words.", valueName: "text")) var text: String?
        @Option(help: ArgumentHelp("The new due time: ISO 8601 or words, counted from now.", valueName: "time")) var due: String?
        @Option(help: ArgumentHelp("Count relative words from this time (ISO 8601; default: now).", valueName: "time")) var at: String?
        @Flag(help: "Print the promise as one JSON object.") var json = false

        mutating func run() throws {
            guard text != nil || due != nil else { throw ValidationError("Give --text, --due or both.") }
            let now = try at.map(FileIngest.parseTime) ?? Date()
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let existing = try PromisesCommand.existing(id, in: opened)
            let dueAt = try due.map { words in
                try PromiseDueReader(conversation: existing.conversationID, store: opened, policies: configuration.slaPolicies)
                    .due(words, at: now)
            }
            let promise = try opened.write { try $0.revisePromise(PromiseID(id), text: text, dueAt: dueAt) }
            try PromisesCommand.report(promise, at: now, json: json, verb: "Changed")
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Settle a promise: kept, or --broken when it will not be met.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The promise id.") var id: Int64
        @Flag(help: "It will not be kept (say so to the customer).") var broken = false
        @Option(help: ArgumentHelp("When, as ISO 8601 (default: now).", valueName: "time")) var at: String?
        @Flag(help: "Print the promise as one JSON object.") var json = false

        mutating func run() throws {
            let now = try at.map(FileIngest.parseTime) ?? Date()
            let (opened, _) = try store.openStore(configuration: try store.loadConfiguration(), mustExist: true)
            _ = try PromisesCommand.existing(id, in: opened)
            let promise = try opened.write { try $0.settlePromise(PromiseID(id), as: broken ? .broken : .kept, at: now) }
            try PromisesCommand.report(promise, at: now, json: json, verb: broken ? "Broken" : "Kept")
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a settled promise again.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The promise id.") var id: Int64
        @Flag(help: "Print the promise as one JSON object.") var json = false

        mutating func run() throws {
            let now = Date()
            let (opened, _) = try store.openStore(configuration: try store.loadConfiguration(), mustExist: true)
            _ = try PromisesCommand.existing(id, in: opened)
            let promise = try opened.write { try $0.settlePromise(PromiseID(id), as: .open, at: now) }
            try PromisesCommand.report(promise, at: now, json: json, verb: "Reopened")
        }
    }

    static func existing(_ id: Int64, in store: any Store) throws -> Promise {
        guard let promise = try store.promise(PromiseID(id)) else {
            throw CLIError("There is no promise \(id); `concord promises list --customer ID` shows a customer's promises.")
        }
        return promise
    }

    static func kind(named name: String) throws -> PromiseKind {
        guard let kind = PromiseKind(rawValue: name.lowercased()) else {
            throw ValidationError("'\(name)' is not a kind of promise; use one of \(PromiseKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return kind
    }

    static func report(_ promise: Promise, at now: Date, json: Bool, verb: String) throws {
        if json {
            try JSONLines.print(PromiseJSON.object(promise, at: now))
        } else {
            print("\(verb) \(line(promise, at: now))")
        }
    }

    static func line(_ promise: Promise, at now: Date) -> String {
        let state = promise.state(at: now)
        let when = state == .open ? "due \(CustomerJSON.iso(promise.dueAt))" : "\(state.rawValue), due \(CustomerJSON.iso(promise.dueAt))"
        return "promise \(promise.id.rawValue) in #\(promise.conversationID.rawValue) (customer \(promise.customerID.rawValue)), "
            + "\(promise.kind.rawValue), \(when): \(TerminalText.safe(promise.text))"
    }
}
