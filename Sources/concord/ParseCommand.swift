import ArgumentParser
import ConcordChannels
import Foundation

/// `concord parse`: what Concord makes of source files, without storing anything.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Parse source files and print what Concord reads, without storing anything.",
        subcommands: [Email.self])

    struct Email: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse email files (one message each) and print them, as JSON Lines with --json.",
            discussion: """
                JSON keys: file, message_id, in_reply_to, references, date (UTC, ISO 8601), from {name, address}, to, cc, \
                subject, text (the plain-text body, or the HTML as text), attachments {filename, content_type, size}, warnings.
                """)
        @Argument(help: "Email files.") var files: [String]
        @Flag(help: "One JSON object per line.") var json = false

        mutating func run() throws {
            guard !files.isEmpty else { throw ValidationError("Give at least one file.") }
            let parser = EmailParser()
            var failed = 0
            for path in files {
                do {
                    let data = try Data(contentsOf: URL(fileURLWithPath: path))
                    let email = try parser.parse(data)
                    let record = EmailJSONRecord(file: path, email: email)
                    if json {
                        print(record.jsonLine())
                    } else {
                        print("\(TerminalText.safe(path)):")
                        print("  From:    \(TerminalText.safe(email.from.map { "\($0.name ?? "") <\($0.address)>" } ?? "-"))")
                        print("  Subject: \(TerminalText.safe(email.subject ?? "-"))")
                        print("  Date:    \(record.date ?? "-")   Message-ID: \(TerminalText.safe(email.messageID ?? "-"))")
                        print("  \(email.text.count) characters of text, \(email.attachments.count) attachments")
                        for warning in email.warnings { print("  Repaired: \(TerminalText.safe(warning))") }
                    }
                } catch {
                    failed += 1
                    FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
                }
            }
            if failed > 0 { throw ExitCode(1) }
        }
    }
}
