import ArgumentParser
import ConcordConsole
import ConcordDemo
import ConcordStore
import Foundation

/// `concord demo`: generates a realistic multilingual contact centre and opens the console on it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a demo contact centre (five languages, every channel) and open the console on it.",
        discussion: """
            Without --db the demo lives in $XDG_DATA_HOME/concord/demo.sqlite and is regenerated on every run.
            The same --seed and --now always generate the same data.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Seed for the generator; the same seed gives the same contact centre.")
    var seed: UInt64 = 1

    @Option(help: "How many customers (default: 240, or messages/40 for large stores).")
    var customers: Int?

    @Option(help: "About how many messages to generate (default: a natural amount, about 10 per customer).")
    var messages: Int?

    @Option(help: ArgumentHelp("The demo's reference time as ISO 8601 (default: now); it also stops the console's clock there, for reproducible screens.", valueName: "time"))
    var now: String?

    @Flag(help: "Write the store and exit without opening the console.")
    var generateOnly = false

    @Flag(help: "Replace the store at --db if it already has data.")
    var replace = false

    @Option(help: ArgumentHelp("Colour theme for the console.", valueName: "name"))
    var theme: String?

    mutating func validate() throws {
        if let customers, customers < 1 { throw ValidationError("--customers must be at least 1.") }
        if let messages, messages < 1 { throw ValidationError("--messages must be at least 1.") }
        if let now, Self.parseDate(now) == nil {
            throw ValidationError("--now must be an ISO 8601 time such as 2026-11-23T09:00:00Z.")
        }
    }

    mutating func run() throws {
        let configuration = try store.loadConfiguration()
        let explicit = store.db != nil || ProcessInfo.processInfo.environment["CONCORD_DB"].map { !$0.isEmpty } == true
        let path = explicit
            ? try store.storePath(configuration: configuration)
            : (StoreLocation.dataDirectory() as NSString).appendingPathComponent("demo.sqlite")
        if !explicit {
            try FileManager.default.createDirectory(atPath: StoreLocation.dataDirectory(), withIntermediateDirectories: true)
        }
        try prepare(path: path, replaceAlways: !explicit)

        let reference = now.flatMap(Self.parseDate) ?? Date()
        let generator = DemoGenerator(configuration: DemoConfiguration(
            seed: seed, customers: customers, messages: messages, now: reference))
        let opened = try SQLiteStore(path: path)
        let started = Date()
        let reportsProgress = (messages ?? 0) >= 100_000
        let summary = try DemoLoader(store: opened).load(generator) { summary in
            if reportsProgress {
                FileHandle.standardError.write(Data("\r  \(summary.events) messages…".utf8))
            }
        }
        if reportsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        try opened.checkpoint()
        let elapsed = Date().timeIntervalSince(started)
        let statistics = try opened.statistics()
        let report = "Generated \(statistics.customers) customers, \(statistics.conversations) conversations "
            + "(\(statistics.activeConversations) open), \(statistics.messages) messages, \(statistics.promises) promises, "
            + "\(statistics.agents) agents in \(String(format: "%.1f", elapsed)) s into \(path)"
            + (summary.rejected > 0 ? " (\(summary.rejected) events rejected)" : "") + "."
        if generateOnly {
            print(report)
            return
        }
        let code = try ConsoleLauncher.run(store: opened, storeLabel: "demo", configuration: configuration,
                                           themeName: theme, frozenTime: now.flatMap(Self.parseDate))
        if code != 0 { throw ExitCode(code) }
    }

    /// Removes an old demo store; refuses to overwrite a store with data unless asked.
    private func prepare(path: String, replaceAlways: Bool) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else { return }
        if !replaceAlways && !replace {
            let existing = try SQLiteStore(path: path)
            if try existing.statistics().messages > 0 {
                throw CLIError("The store \(path) already has data; pass --replace to overwrite it, or choose another --db.")
            }
        }
        for file in SQLiteStore.files(at: path) where manager.fileExists(atPath: file) {
            do { try manager.removeItem(atPath: file) } catch {
                throw CLIError("Cannot replace \(file): \(error.localizedDescription).")
            }
        }
    }

    static func parseDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
