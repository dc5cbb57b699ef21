import ArgumentParser
import ConcordChannels
import ConcordConsole
import ConcordIngest
import ConcordStore
import Foundation

/// `concord ingest`: real data into the store, every item kept, nothing twice.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Import email, chat, call records, SMS and social messages into the store.",
        discussion: """
            Every item's bytes are kept before it is used; an item that cannot be parsed goes to quarantine with the reason \
            (see `concord quarantine`), and ingesting the same data again changes nothing. Each run ends with an account: \
            read = stored + duplicates + quarantined.
            """,
        subcommands: [Maildir.self, Mbox.self, Email.self, Chat.self, Calls.self, SMS.self, Social.self])

    /// Options every ingest takes.
    struct Options: ParsableArguments {
        @OptionGroup var store: StoreOptions
        @Flag(help: "No progress line.") var quiet = false
        @Flag(help: "Print the account as JSON.") var json = false
    }

    struct Maildir: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest a Maildir (cur/ and new/; files are only read, never moved or renamed).")
        @OptionGroup var options: Options
        @Argument(help: "The Maildir directory.") var directory: String
        @Flag(help: "Keep running and ingest new messages as they arrive.") var watch = false

        mutating func run() async throws {
            let session = try IngestSession(options: options)
            let source = try MaildirSource(directory: URL(fileURLWithPath: directory))
            let messages = try source.items()
            let files = messages.files
            let failures = ReadFailures()
            let account = try session.run(failures.items(messages), label: directory, total: files.count, failures: failures)
            guard watch else { return try session.finish(account, failures: failures) }
            session.report(account, label: directory, failures: failures)
            FileHandle.standardError.write(Data("Watching \(directory) for new messages (Ctrl-C to stop)…\n".utf8))
            let watcher = try MaildirWatcher(directory: source.directory, knownFiles: files)
            for await file in watcher.newFiles() {
                do {
                    let item = try source.item(at: file)
                    let one = try session.runner.ingest(CollectionOfOne(item))
                    print("\(file.lastPathComponent): \(one)")
                } catch {
                    FileHandle.standardError.write(Data("\(file.path): \(error)\n".utf8))
                }
            }
        }
    }

    struct Mbox: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ingest an mbox file (mboxo or mboxrd).")
        @OptionGroup var options: Options
        @Argument(help: "The mbox file.") var file: String

        mutating func run() throws {
            let session = try IngestSession(options: options)
            let source = try MboxSource(file: URL(fileURLWithPath: file))
            let failures = ReadFailures()
            let account = try session.run(failures.items(source.items()), label: file, total: nil, failures: failures)
            try session.finish(account, failures: failures)
        }
    }

    struct Email: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest one message from standard input: a delivery command for fetchmail, procmail or a Postfix pipe.",
            discussion: """
                The message is committed to the store before it is parsed, and the exit status is 0 once it is kept \
                (stored, a duplicate, or in quarantine), so the mail system never loses it.
                """)
        @OptionGroup var options: Options

        mutating func run() throws {
            let session = try IngestSession(options: options)
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard !data.isEmpty else { throw CLIError("No message on standard input.") }
            let item = SourceItem(format: .email, origin: "stdin", data: data, receivedAt: Date())
            try session.finish(try session.runner.ingestKeepingFirst(item), failures: ReadFailures())
        }
    }

    struct Chat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest chat: Chatwoot message_created payloads, Intercom conversations, or Concord chat JSON Lines.")
        @OptionGroup var options: Options
        @Argument(help: "JSON or JSON Lines files.") var files: [String]

        mutating func run() throws {
            try FileIngest.run(files, options: options) { data, origin, received in
                ChatFile.items(in: data, origin: origin, receivedAt: received)
            }
        }
    }

    struct Calls: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest call records: Asterisk Master.csv, FreeSWITCH mod_cdr_csv, Twilio voice callbacks (one form body per line).")
        @OptionGroup var options: Options
        @Argument(help: "CSV or callback files.") var files: [String]

        mutating func run() throws {
            try FileIngest.run(files, options: options) { data, origin, received in
                CallRecordFile.items(in: data, origin: origin, receivedAt: received)
            }
        }
    }

    struct SMS: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest SMS: Twilio messaging webhooks (one form body per line, or JSON).",
            discussion: "Twilio's webhooks carry no time: the file's modification time is used unless --received-at is given.")
        @OptionGroup var options: Options
        @Option(help: ArgumentHelp("When the messages arrived, as ISO 8601.", valueName: "time")) var receivedAt: String?
        @Argument(help: "Webhook files.") var files: [String]

        mutating func run() throws {
            let received = try receivedAt.map(FileIngest.parseTime)
            try FileIngest.run(files, options: options, receivedAt: received) { data, origin, received in
                SMSFile.items(in: data, origin: origin, receivedAt: received)
            }
        }
    }

    struct Social: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest social: X API v2 tweets and DM events, Messenger and Instagram webhooks, WhatsApp Cloud API webhooks.")
        @OptionGroup var options: Options
        @Option(help: ArgumentHelp("When payloads without their own time arrived, as ISO 8601 (default: the file's time).",
                                   valueName: "time")) var receivedAt: String?
        @Argument(help: "JSON or JSON Lines files of payloads.") var files: [String]

        mutating func run() throws {
            let received = try receivedAt.map(FileIngest.parseTime)
            try FileIngest.run(files, options: options, receivedAt: received) { data, origin, received in
                SocialFile.items(in: data, origin: origin, receivedAt: received)
            }
        }
    }
}

/// Ingest of whole files split into items by a provider's splitter.
enum FileIngest {
    static func run(_ files: [String], options: IngestCommand.Options, receivedAt: Date? = nil,
                    split: (Data, String, Date?) -> [SourceItem]) throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one file.") }
        let session = try IngestSession(options: options)
        var items: [SourceItem] = []
        let failures = ReadFailures()
        for path in files {
            let url = URL(fileURLWithPath: path)
            do {
                let data = try Data(contentsOf: url)
                let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
                items += split(data, path, receivedAt ?? modified)
            } catch {
                failures.record("cannot read \(path): \(error.localizedDescription)")
            }
        }
        let account = try session.run(items, label: files.joined(separator: ", "), total: items.count, failures: failures)
        try session.finish(account, failures: failures)
    }

    static func parseTime(_ text: String) throws -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw ValidationError("'\(text)' is not an ISO 8601 time such as 2026-11-23T09:00:00Z.")
        }
        return date
    }
}

/// The store, parsers and reporting one ingest command uses.
struct IngestSession {
    let runner: IngestRunner
    let options: IngestCommand.Options
    private let progress: ProgressLine?
    private let started = Date()

    init(options: IngestCommand.Options) throws {
        self.options = options
        let configuration = try options.store.loadConfiguration()
        let (store, _) = try options.store.openStore(configuration: configuration, mustExist: false)
        runner = IngestRunner(store: store, registry: configuration.parserRegistry, context: configuration.parseContext)
        progress = nil
    }

    func run(_ items: some Sequence<SourceItem>, label: String, total: Int?, failures: ReadFailures) throws -> IngestAccount {
        let line = ProgressLine(total: total, quiet: options.quiet || options.json)
        let account = try runner.ingest(items, expectedCount: total) { line.update($0) }
        line.finish(account)
        return account
    }

    /// Prints the account (and what could not be read) without ending the command.
    func report(_ account: IngestAccount, label: String, failures: ReadFailures) {
        let seconds = Date().timeIntervalSince(started)
        if options.json {
            let object: [String: Any] = [
                "read": account.read, "stored": account.stored, "duplicates": account.duplicates,
                "quarantined": account.quarantined, "events": account.events, "repairs": account.warnings,
                "unreadable": failures.all.count, "seconds": (seconds * 1000).rounded() / 1000,
            ]
            try? JSONLines.print(object)
        } else {
            let rate = seconds > 0 ? String(format: " in %.1f s (%.0f items/s)", seconds, Double(account.read) / seconds) : ""
            print("Ingested: \(account)\(rate).")
            if account.quarantined > 0 {
                print("\(account.quarantined) items are in quarantine with their reasons: `concord quarantine list`.")
            }
        }
        for failure in failures.all {
            FileHandle.standardError.write(Data("Not read: \(failure)\n".utf8))
        }
    }

    /// Reports and ends the command: failing when something could not even be read.
    func finish(_ account: IngestAccount, failures: ReadFailures) throws {
        report(account, label: "", failures: failures)
        if !failures.all.isEmpty {
            throw CLIError("\(failures.all.count) items could not be read and were not kept (see above); fix and run again.")
        }
    }
}
