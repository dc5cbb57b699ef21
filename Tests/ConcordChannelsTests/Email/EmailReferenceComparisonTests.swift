import Foundation
import Testing
@testable import ConcordChannels

/// `concord parse email` must agree with Python's `email` package (policy=default) on subject,
/// sender, date, ids and body text for real-world messy mail. Scripts/email_reference.py reads every
/// file with Python; this test reads it with `EmailParser` and compares field by field, with
/// whitespace normalised (runs of whitespace are one space; HTML line-break placement and
/// trailing newlines are presentation, not content).
///
/// On broken input a difference is a question, not automatically a bug. The answers are the
/// allow-list below: each entry names the file and field, says why Concord's answer differs,
/// and pins down what Concord says instead. Everything else must agree, and an entry that no
/// longer matches a difference fails the test so the list never goes stale.
@Suite("Email: agreement with Python's email package")
struct EmailReferenceComparisonTests {
    struct KnownDifference {
        let file: String
        let field: String
        let why: String
        /// Text Concord's value must contain (nil: Concord's value is nil).
        let concordSays: String?
    }

    static let knownDifferences: [KnownDifference] = [
        // Charsets: undeclared or wrongly declared 8-bit text. Python decodes with the declared
        // charset (US-ASCII when none) and replaces every other byte with U+FFFD; Concord reads
        // valid UTF-8 as UTF-8 and anything else as windows-1252, with a warning.
        KnownDifference(file: "mail/non-mime-missing-charset.raw", field: "text",
                        why: "no charset, bytes are valid UTF-8: read as UTF-8 (Python: U+FFFD per byte)",
                        concordSays: "Unencoded Euro Sign: \u{80}"),
        KnownDifference(file: "low-quality/incorrect-charset.raw", field: "text",
                        why: "declared us-ascii but UTF-8: read as UTF-8 with a warning (Python: U+FFFD)",
                        concordSays: "∮ E⋅da = Q,  n → ∞"),
        KnownDifference(file: "parts/chardet-success-iso-8859-1.raw", field: "text",
                        why: "declared us-ascii but Latin-1: read as windows-1252 with a warning (Python: U+FFFD)",
                        concordSays: "DIE Drachenköpfe unserer Boote"),
        KnownDifference(file: "parts/chardet-success-big-5.raw", field: "text",
                        why: "declared us-ascii but Big5; no charset sniffing, so both are unreadable: windows-1252 with a warning (Python: U+FFFD)",
                        concordSays: "ÃC¬O®a°V"),
        KnownDifference(file: "parts/chardet-fail.raw", field: "text",
                        why: "a GIF labelled text/plain: both unreadable; Concord reads windows-1252 and drops NULs (Python: U+FFFD and NULs)",
                        concordSays: "GIF89ad"),
        // Transfer encodings.
        KnownDifference(file: "parts/extra-base64-character.raw", field: "text",
                        why: "one stray base64 character: decoded leniently like GMime and enmime (Python gives up and shows the base64)",
                        concordSays: "Hello World!"),
        KnownDifference(file: "mail/mime-bad-content-transfer-encoding.raw", field: "text",
                        why: "plain text labelled base64: both show it as is, but Python also joins its lines, gluing words together",
                        concordSays: "fruftsist\nploystoov"),
        // Structure.
        KnownDifference(file: "parts/ctype-invalid-characters.raw", field: "text",
                        why: "Content-Type \"text/plain>\": GMime reads text/plain; Python reads subtype \"plain>\" and finds no body",
                        concordSays: "Test of text/plain section with invalid content type"),
        KnownDifference(file: "low-quality/bad-header-start.raw", field: "from_address",
                        why: "the first header line is indented: read as a header with a warning (Python drops the line)",
                        concordSays: "james@makita.skynet"),
        KnownDifference(file: "low-quality/bad-header-start.raw", field: "from_name",
                        why: "as from_address", concordSays: "James Hillyerd"),
        KnownDifference(file: "mail/qp-utf8-header-recursed.raw", field: "from_address",
                        why: "From holds a good mailbox and a malformed one: Concord keeps the good one (Python drops the whole header)",
                        concordSays: "jamehi03@jamehi03lx.noa.com"),
        KnownDifference(file: "mail/qp-utf8-header-recursed.raw", field: "from_name",
                        why: "as from_address", concordSays: "James Hillyerd"),
        // Concord's own fixtures of broken input: the repairs the issue asks for.
        KnownDifference(file: "email/nul-bytes.eml", field: "subject",
                        why: "NUL bytes are removed (Python keeps them)", concordSays: "Nullbyte subject"),
        KnownDifference(file: "email/nul-bytes.eml", field: "text",
                        why: "NUL bytes are removed (Python keeps them)", concordSays: "Body with aNUL byte."),
        KnownDifference(file: "email/undeclared-8bit-koi8-r.eml", field: "subject",
                        why: "raw 8-bit header that is not UTF-8: read in the body's charset (Python: U+FFFD)",
                        concordSays: "Жалоба"),
        KnownDifference(file: "email/undeclared-8bit-koi8-r.eml", field: "from_name",
                        why: "as subject", concordSays: "Пётр Смирнов"),
        KnownDifference(file: "email/undeclared-8bit-latin1.eml", field: "subject",
                        why: "raw 8-bit header, not UTF-8, ASCII body: read as windows-1252 (Python: U+FFFD)",
                        concordSays: "Réclamation"),
        KnownDifference(file: "email/undeclared-8bit-latin1.eml", field: "from_name",
                        why: "as subject", concordSays: "René Dupont"),
    ]

    static let fields = ["subject", "from_address", "from_name", "date", "message_id", "in_reply_to", "text"]

    /// Runs email_reference.py over `files` and returns its records by path.
    static func pythonRecords(for files: [URL]) throws -> [String: [String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", EmailTestSupport.scriptsDirectory.appendingPathComponent("email_reference.py").path]
            + files.map(\.path)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "email_reference.py failed")
        var records: [String: [String: Any]] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let record = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let file = record["file"] as? String else { continue }
            records[file] = record
        }
        return records
    }

    /// Whitespace-insensitive form of a value.
    static func normalised(_ value: String?) -> String? {
        value.map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
    }

    static func concordValue(_ email: ParsedEmail, _ field: String) -> String? {
        switch field {
        case "subject": email.subject
        case "from_address": email.from?.address
        case "from_name": email.from?.name
        case "date": email.date.map { $0.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)) }
        case "message_id": email.messageID
        case "in_reply_to": email.inReplyTo
        case "text": email.text
        default: nil
        }
    }

    @Test("subject, sender, date, ids and body text agree with Python on the corpus and the fixtures")
    func agreesWithPython() throws {
        let files = try EmailTestSupport.enmimeFiles() + EmailTestSupport.fixtureFiles()
        let records = try Self.pythonRecords(for: files)
        let parser = EmailParser()
        var usedDifferences = Set<String>()
        for file in files {
            let name = EmailCorpusTests.relativeName(file)
            guard let record = records[file.path] else {
                Issue.record("Python gave no record for \(name)")
                continue
            }
            #expect(record["error"] == nil, "Python failed on \(name): \(record["error"] ?? "")")
            let email: ParsedEmail
            do {
                email = try parser.parse(try Data(contentsOf: file))
            } catch {
                #expect(record["has_headers"] as? Bool == false, "Concord rejects \(name) but Python finds headers")
                continue
            }
            for field in Self.fields {
                let ours = Self.concordValue(email, field)
                let theirs = record[field] as? String
                guard Self.normalised(ours) != Self.normalised(theirs) else { continue }
                if let known = Self.knownDifferences.first(where: { $0.file == name && $0.field == field }) {
                    usedDifferences.insert("\(name) \(field)")
                    if let expected = known.concordSays {
                        #expect(ours?.contains(expected) == true, "\(name) \(field): \(ours ?? "nil") does not contain \(expected)")
                    } else {
                        #expect(ours == nil, "\(name) \(field)")
                    }
                } else {
                    Issue.record("""
                        \(name) \(field) differs from Python:
                          Concord: \(Self.normalised(ours).map { String($0.prefix(300)) } ?? "nil")
                          Python:  \(Self.normalised(theirs).map { String($0.prefix(300)) } ?? "nil")
                        """)
                }
            }
        }
        let stale = Self.knownDifferences.map { "\($0.file) \($0.field)" }.filter { !usedDifferences.contains($0) }
        #expect(stale.isEmpty, "allow-list entries that no longer differ: \(stale)")
    }
}
