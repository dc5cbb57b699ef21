import ArgumentParser
import ConcordChannels
import ConcordIngest
import ConcordStore
import Foundation

/// `concord quarantine`: the source items that could not be parsed or stored, kept with
/// their bytes and the reason, to look at and to retry after a fix.
struct QuarantineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine",
        abstract: "Source items that could not be ingested, kept with their reason: list, show, retry.",
        subcommands: [List.self, Show.self, Retry.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List quarantined items, oldest first.")
        @OptionGroup var store: StoreOptions
        @Option(help: "How many to print.") var limit = 100
        @Flag(help: "One JSON object per line.") var json = false

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let records = try opened.rawSources(in: .quarantined, limit: limit) + opened.rawSources(in: .pending, limit: limit)
            for record in records {
                if json {
                    var object: [String: Any] = [
                        "id": record.id.rawValue, "digest": record.digest, "format": record.format, "origin": record.origin,
                        "size": record.size, "state": record.state.rawValue, "attempts": record.attempts,
                        "stored_at": CustomerJSON.iso(record.storedAt), "warnings": record.warnings,
                    ]
                    object["reason"] = record.reason
                    try JSONLines.print(object)
                } else {
                    print("\(String(record.id.rawValue).leftPadded(7))  \(record.format.padded(14))\(TerminalText.safe(record.origin))")
                    print("         \(TerminalText.safe(record.reason ?? "waiting to be parsed"))")
                }
            }
            if records.isEmpty && !json { print("The quarantine is empty.") }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one item's reason, or write its kept bytes to stdout with --raw.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The item id from `quarantine list`.") var id: Int64
        @Flag(help: "Write the item's exact bytes to standard output.") var raw = false

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            guard let record = try opened.rawSource(RawSourceID(id)), let data = try opened.rawSourceData(RawSourceID(id)) else {
                throw CLIError("There is no source item \(id); `concord quarantine list` shows the ids.")
            }
            if raw {
                FileHandle.standardOutput.write(data)
                return
            }
            print("Item \(id): \(record.format) from \(TerminalText.safe(record.origin)), \(record.size) bytes, \(record.state.rawValue)")
            print("SHA-256 \(record.digest), kept \(CustomerJSON.iso(record.storedAt)), \(record.attempts) attempts")
            if let reason = record.reason { print("Reason: \(TerminalText.safe(reason))") }
            for warning in record.warnings { print("Repaired: \(TerminalText.safe(warning))") }
        }
    }

    struct Retry: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse quarantined (and interrupted) items again and store what now parses.")
        @OptionGroup var store: StoreOptions

        mutating func run() throws {
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let runner = IngestRunner(store: opened, registry: configuration.parserRegistry, context: configuration.parseContext)
            let account = try runner.retryQuarantine()
            print("Retried: \(account)")
            if account.quarantined > 0 {
                print("\(account.quarantined) items are still in quarantine; `concord quarantine list` shows why.")
            }
        }
    }
}
