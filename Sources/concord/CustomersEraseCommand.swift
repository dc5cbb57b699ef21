import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

extension CustomersCommand {
    /// `concord customers erase ID`: a customer's right to erasure. Supervisors and admins only
    /// (an agent is refused with status 5 and a `refused` audit row); asks for the customer id to
    /// be typed on a terminal, and needs `--yes` without one. Prints the counts, and what may
    /// still hold a copy outside the store's reach.
    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a customer's personal data: every channel, the kept source items, the search index, drafts.",
            discussion: """
                Removes the customer and everyone merged into them, their identities, conversations and every message in them \
                (agents' replies and notes too), promises, drafts, outbox items, follow-ups, ratings, merge records and suggestions, \
                the source items only their messages came from (and unparsed ones naming their addresses), and their search \
                entries, then clears what the store's files keep of them. The audit log records who erased which customer id, \
                with counts only. It cannot be undone. Takes the supervisor or admin role.
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The customer id (see `concord customers list`).") var id: Int64?
        @Flag(help: "Erase without asking (needed when standard input is not a terminal).") var yes = false
        @Flag(help: ArgumentHelp("Also rewrite the store's files: VACUUM; on PostgreSQL VACUUM FULL, which locks each erased table while it rewrites it, so the data files hold no bytes of the customer either."))
        var compact = false
        @Flag(help: "Only clear the store's files again of rows erased before (when an erasure said something still held a copy).")
        var reclaim = false
        @Option(name: .customLong("as"), help: ArgumentHelp("Act as this agent (default: [agent] login in the configuration).", valueName: "login"))
        var actingAs: String?

        mutating func validate() throws {
            if id == nil && !reclaim { throw ValidationError("Give the id of the customer to erase, or --reclaim on its own.") }
            if id != nil && reclaim { throw ValidationError("--reclaim takes no customer id: it clears what earlier erasures left.") }
        }

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let actor = try CurrentAgent.resolve(login: actingAs, configuration: configuration, store: opened)
            let acting = try RoleGate.require(RoleGate.supervisors, to: "erasing a customer", agent: actor,
                                              configuration: configuration, store: opened)
            guard let id else {
                let residue = try opened.reclaimErasedSpace(compact: compact)
                print("Cleared the store's files of erased rows.")
                Self.printResidue(residue)
                return
            }
            let customerID = CustomerID(id)
            guard let customer = try opened.customer(customerID) else {
                throw CLIError("There is no customer \(id) (erased already?); `concord customers list` shows the ids.")
            }
            if let survivor = try opened.mergedInto(customerID) {
                let merge = try opened.merges(involving: customerID).last { $0.merged == customerID && $0.undoneAt == nil }
                throw CLIError(ErasureError.merged(customerID, into: survivor, merge: merge?.id).description)
            }
            if !yes { try Self.confirm(customer, store: opened) }
            let report = try opened.erase(customerID, by: acting, at: Date(), compact: compact)
            print("Erased customer \(id): \(report.detail).")
            if report.sharedRawSourcesKept > 0 {
                print("  Kept \(report.sharedRawSourcesKept) source item\(report.sharedRawSourcesKept == 1 ? "" : "s") that other "
                    + "customers' messages came from too; they still hold this customer's part of the payload.")
            }
            Self.printResidue(report.residue)
        }

        /// Asks for the customer id to be typed; refuses without a terminal to ask on.
        static func confirm(_ customer: Customer, store: any Store) throws {
            guard isatty(STDIN_FILENO) != 0 else {
                throw CLIError("Erasing customer \(customer.id) cannot be undone; standard input is not a terminal to confirm on, "
                    + "so pass --yes to erase.")
            }
            let conversations = try store.conversations(of: customer.id).count
            let identities = try store.identities(of: customer.id).count
            FileHandle.standardError.write(Data(("Erase customer \(customer.id), \(TerminalText.safe(customer.name.displayName)) "
                + "(\(identities) identit\(identities == 1 ? "y" : "ies"), \(conversations) conversation\(conversations == 1 ? "" : "s"))? "
                + "This cannot be undone.\nType \(customer.id) to erase: ").utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces)
            guard answer == customer.id.description else {
                throw CLIError("Not erased: the answer was not \(customer.id).")
            }
        }

        static func printResidue(_ residue: Set<ErasureReport.Residue>) {
            for item in ErasureReport.Residue.allCases where residue.contains(item) {
                switch item {
                case .writeAheadLog:
                    print("  Another process kept reading the store, so a write-ahead log may still hold copies of erased pages; "
                        + "run `concord customers erase --reclaim` once the other consoles are closed.")
                case .freeSpace:
                    print("  PostgreSQL: the rows are deleted and VACUUMed, but their bytes stay in the table files' free space "
                        + "until new rows overwrite them; `concord customers erase --reclaim --compact` rewrites the files "
                        + "(VACUUM FULL, locking each table while it runs).")
                case .serverLog:
                    print("  PostgreSQL: the server's write-ahead log, WAL archive and backups keep the rows until they are "
                        + "recycled or expire.")
                }
            }
        }
    }
}
