import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord customers`: look at customers, merge or split them by hand, and erase one (`CustomersEraseCommand`).
struct CustomersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customers",
        abstract: "List, show, merge, split and erase customers.",
        subcommands: [List.self, Show.self, Merge.self, Split.self, Suggestions.self, Erase.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List customers (not those merged into another).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Only customers whose name or an identity contains this text.") var query: String?
        @Option(help: "How many to print.") var limit = 100
        @Option(help: "How many to skip.") var offset = 0
        @Flag(help: "One JSON object per line.") var json = false

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let customers = try query.map { try opened.findCustomers($0, limit: limit) } ?? opened.customers(limit: limit, offset: offset)
            if json {
                try RoleGate.export("customers list --json, \(customers.count) customers", configuration: configuration, store: opened)
            }
            for customer in customers {
                let identities = try opened.identities(of: customer.id)
                if json {
                    try JSONLines.print(CustomerJSON.object(customer, identities: identities))
                } else {
                    let ids = identities.map(\.description).joined(separator: ", ")
                    print("\(String(customer.id.rawValue).leftPadded(7))  \(TerminalText.safe(customer.name.displayName))  \(TerminalText.safe(ids))")
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one customer: identities, conversations, merges, suggestions.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The customer id.") var id: Int64
        @Flag(help: "JSON instead of text.") var json = false

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let customerID = CustomerID(id)
            guard let customer = try opened.customer(customerID) else {
                throw CLIError("There is no customer \(id); `concord customers list` shows the ids.")
            }
            let identities = try opened.identities(of: customerID)
            let conversations = try opened.conversations(of: customerID)
            let merges = try opened.merges(involving: customerID)
            let suggestions = try opened.mergeSuggestions(for: customerID, state: .open)
            let mergedInto = try opened.mergedInto(customerID)
            if json {
                try RoleGate.export("customers show --json", customer: id, configuration: configuration, store: opened)
            } else {
                let viewer = CurrentAgent.acting(try CurrentAgent.resolve(login: nil, configuration: configuration, store: opened),
                                                 configuration: configuration)
                try opened.recordAudit(.customer(customerID, .viewCustomer, by: viewer, at: Date(), detail: "customers show"))
            }
            if json {
                var object = CustomerJSON.object(customer, identities: identities)
                object["merged_into"] = mergedInto?.rawValue
                object["conversations"] = conversations.map { conversation -> [String: Any] in
                    ["id": conversation.id.rawValue, "subject": conversation.subject, "status": conversation.status.rawValue,
                     "channel": conversation.originChannel.rawValue,
                     "last_activity": CustomerJSON.iso(conversation.lastActivityAt)]
                }
                object["merges"] = merges.map { merge -> [String: Any] in
                    var entry: [String: Any] = ["id": merge.id, "survivor": merge.survivor.rawValue, "merged": merge.merged.rawValue,
                                                "at": CustomerJSON.iso(merge.mergedAt)]
                    entry["undone_at"] = merge.undoneAt.map(CustomerJSON.iso)
                    return entry
                }
                object["merge_suggestions"] = suggestions.map(CustomerJSON.suggestion)
                let now = Date()
                object["promises"] = try opened.promises(of: customerID).map { PromiseJSON.object($0, at: now) }
                try JSONLines.print(object)
                return
            }
            print("Customer \(id): \(TerminalText.safe(customer.name.displayName)) (\(CustomerAddressing.address(customer)))")
            if let mergedInto { print("  merged into customer \(mergedInto)") }
            print("  language \(customer.language.rawValue), time zone \(customer.timeZone ?? "unknown"), loyalty \(customer.loyalty.rawValue)")
            for identity in identities { print("  \(TerminalText.safe(identity.description))") }
            for conversation in conversations {
                print("  #\(conversation.id) \(conversation.status.label) \(conversation.originChannel.rawValue): \(TerminalText.safe(conversation.subject))")
            }
            for merge in merges {
                let undone = merge.undoneAt.map { " (undone \(CustomerJSON.iso($0)))" } ?? ""
                print("  merge \(merge.id): customer \(merge.merged) into \(merge.survivor) at \(CustomerJSON.iso(merge.mergedAt))\(undone)")
            }
            for suggestion in suggestions {
                print(String(format: "  suggestion %lld: %lld and %lld, score %.1f: %@", suggestion.id, suggestion.customerA.rawValue,
                             suggestion.customerB.rawValue, suggestion.score, TerminalText.safe(suggestion.evidence)))
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge customer OTHER into SURVIVOR (identities, conversations, messages, promises). Undo with `split --undo MERGE`.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The customer that remains.") var survivor: Int64
        @Argument(help: "The customer merged into it.") var other: Int64

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let actor = CurrentAgent.acting(try CurrentAgent.resolve(login: nil, configuration: configuration, store: opened),
                                            configuration: configuration)
            let merge = try opened.write { writer in
                let merge = try writer.merge(CustomerID(other), into: CustomerID(survivor), at: Date())
                try writer.recordAudit(.customer(CustomerID(survivor), .merge, by: actor, at: Date(),
                                                 detail: "merged customer \(other) (merge \(merge.id))"))
                return merge
            }
            print("Merged customer \(other) into \(survivor) (merge \(merge.id): \(merge.identities.count) identities, "
                + "\(merge.conversations.count) conversations). Undo with `concord customers split --undo \(merge.id)`.")
        }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Undo a merge (--undo MERGE), or split identities off a customer into a new one.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Undo this merge exactly.") var undo: Int64?
        @Argument(help: "The customer to split (with --identity).") var customer: Int64?
        @Option(name: .customLong("identity"), help: ArgumentHelp(
            "An identity to split off, as shown by `customers show`: an email, a +phone, platform:@handle, or system:id.",
            valueName: "identity"))
        var identities: [String] = []

        mutating func validate() throws {
            if undo == nil && (customer == nil || identities.isEmpty) {
                throw ValidationError("Give --undo MERGE, or a customer id with one or more --identity.")
            }
        }

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let actor = CurrentAgent.acting(try CurrentAgent.resolve(login: nil, configuration: configuration, store: opened),
                                            configuration: configuration)
            if let undo {
                let merge = try opened.write { writer in
                    let merge = try writer.undoMerge(undo, at: Date())
                    try writer.recordAudit(.customer(merge.survivor, .undoMerge, by: actor, at: Date(),
                                                     detail: "customer \(merge.merged) split off again (merge \(undo))"))
                    return merge
                }
                print("Undid merge \(undo): customer \(merge.merged) has its \(merge.identities.count) identities and "
                    + "\(merge.conversations.count) conversations back.")
                return
            }
            guard let customer else { return }
            let parsed = try identities.map { text -> Identity in
                guard let identity = IdentityText.parse(text, region: configuration.defaultRegion) else {
                    throw ValidationError("'\(text)' is not an identity: use an email, a +phone number, x:@handle or chat:visitor-id.")
                }
                return configuration.identityPolicy.canonical(identity)
            }
            let new = try opened.write { writer in
                let new = try writer.split(CustomerID(customer), identities: parsed, at: Date())
                try writer.recordAudit(.customer(CustomerID(customer), .split, by: actor, at: Date(),
                                                 detail: "\(parsed.count) identities into new customer \(new)"))
                return new
            }
            print("Split \(parsed.count) identities off customer \(customer) into new customer \(new).")
        }
    }

    struct Suggestions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open merge suggestions (weak evidence that two customers are one person), strongest first.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "One JSON object per line.") var json = false
        @Option(help: "Reject this suggestion.") var reject: Int64?

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            if let reject {
                try opened.write { try $0.setMergeSuggestion(reject, to: .rejected) }
                print("Rejected suggestion \(reject).")
                return
            }
            for suggestion in try opened.mergeSuggestions(for: nil, state: .open) {
                if json {
                    try JSONLines.print(CustomerJSON.suggestion(suggestion))
                } else {
                    print(String(format: "%6lld  %.1f  customers %lld and %lld: %@", suggestion.id, suggestion.score,
                                 suggestion.customerA.rawValue, suggestion.customerB.rawValue, TerminalText.safe(suggestion.evidence)))
                }
            }
        }
    }
}
