import Foundation
import Testing

/// The agent's whole loop in the real binary inside tmux: triage with counts and a batch
/// assign, a chat reply with a suggestion, an email reply through `$EDITOR`, a draft that
/// survives `kill -9`, a hostile subject shown harmlessly, and a resize while typing.
@Suite("Triage and replies end to end (tmux)", .serialized)
struct TriageEndToEndTests {
    /// One demo store for the whole suite (generating it is the slow part), copied for each test.
    /// It outlives every test, so it lives in a directory named after this process; directories
    /// of test processes that have ended are removed first.
    static let template: String? = {
        let temporary = FileManager.default.temporaryDirectory
        let prefix = "concord-e2e-template-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0 {
                try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
            }
        }
        guard let binary = try? ConcordBinary() else { return nil }
        defer { binary.cleanUp() }
        let directory = temporary.appendingPathComponent(prefix + "\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("template.sqlite").path
        let result = try? binary.run(ConsoleEndToEndTests.demoArguments + ["--generate-only", "--db", path])
        return result?.status == 0 ? path : nil
    }()

    /// The console on a fresh copy of the demo store (`fresh`), or on the store as it is, at the demo's frozen time.
    static func console(_ binary: ConcordBinary, db: String, fresh: Bool = true, width: Int = 160, height: Int = 45,
                        environment: [String: String]? = nil) throws -> TmuxSession {
        if fresh {
            let template = try #require(Self.template, "the demo store could not be generated")
            try? FileManager.default.removeItem(atPath: db)
            try FileManager.default.copyItem(atPath: template, toPath: db)
        }
        let command = [binary.url.path, "console", "--db", db, "--now", "2026-11-23T09:00:00Z"]
        return try TmuxSession(command: command, width: width, height: height, environment: environment ?? binary.environment,
                               scratch: binary.home)
    }

    /// The bottom line of the screen (the status bar).
    static func status(_ screen: String) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty } ?? "")
    }

    /// `S`, then `y` if the draft's warnings ask for it, until the status bar says it went by `channel`.
    static func send(by channel: String, in session: TmuxSession) throws {
        try session.sendKeys("S")
        let after = try session.waitFor("the reply sent, or its warnings") {
            status($0).contains("Sent by \(channel)") || status($0).contains("Send anyway?")
        }
        if status(after).contains("Send anyway?") {
            try session.sendKeys("y")
            try session.waitFor("the reply sent") { status($0).contains("Sent by \(channel)") }
        }
    }

    /// From the first screen to the inline editor of the first chat conversation's reply.
    static func startChatReply(in session: TmuxSession) throws {
        try session.waitFor("the console") { $0.contains("Queue 1/") }
        try command("filter channel=chat", in: session)
        try session.waitFor("the chat view") { $0.contains("Filter: chat") }
        try command("reply", in: session)
        try session.waitFor("the inline editor") { $0.contains("editing, Esc to finish") }
    }

    static func command(_ line: String, in session: TmuxSession) throws {
        try session.sendKeys(":")
        try session.sendKeys("-l", line)
        try session.sendKeys("Enter")
    }

    @Test func triageSeveralConversationsWithACountAndABatchAssign() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("demo.sqlite")
        let session = try Self.console(binary, db: db)
        try session.waitFor("the console") { $0.contains("Queue 1/") }
        try session.sendKeys("3", "j")
        try session.waitFor("3j to land on the fourth row") { $0.contains("Queue 4/") }
        try session.sendKeys("3", "Space")
        try session.waitFor("three marks") { $0.contains("3 marked") }
        try Self.command("assign @me", in: session)
        let assigned = try session.waitFor("the batch assign") { Self.status($0).contains("3 conversations assigned to you") }
        #expect(!assigned.contains("3 marked"), "the marks are cleared after the batch")
        try Self.command("view mine", in: session)
        try session.waitFor("the mine view") { $0.contains("· mine") }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)

        let mine = try binary.run(["queue", "--db", db, "--mine", "--json"])
        #expect(mine.status == 0, "\(mine.err)")
        #expect(mine.out.split(separator: "\n").count >= 3, "the three are the agent's now:\n\(mine.out)")
    }

    @Test func aChatReplyWithASuggestionInsertedGoesToTheOutbox() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("demo.sqlite")
        let session = try Self.console(binary, db: db)
        try session.waitFor("the console") { $0.contains("Queue 1/") }
        try Self.command("filter channel=chat", in: session)
        try session.waitFor("the chat view") { $0.contains("Filter: chat") }
        try session.sendKeys("Tab", "Tab", "Tab")
        try session.waitFor("numbered phrases") { $0.contains("Reply to") && SuggestionsEndToEndTests.firstPhrase(in: $0) != nil }
        try session.sendKeys("1")
        try session.waitFor("the phrase in the draft") { $0.contains("Inserted 1 into the draft") }
        try Self.send(by: "Chat", in: session)
        try session.waitFor("the reply pending on the timeline") { $0.contains("· pending") }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        let outbox = try binary.run(["outbox", "list", "--db", db, "--json"])
        #expect(outbox.out.contains("\"kind\":\"reply\"") && outbox.out.contains("\"channel\":\"chat\""), "\(outbox.out)")
    }

    @Test func anEmailReplyIsWrittenInTheAgentsEditor() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("demo.sqlite")
        let editor = binary.home.appendingPathComponent("fake-editor.sh")
        try """
            #!/bin/sh
            { printf 'Thank you for your patience; the replacement ships today.\\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"
            """.write(to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
        var environment = binary.environment
        environment["EDITOR"] = editor.path
        environment.removeValue(forKey: "VISUAL")
        let session = try Self.console(binary, db: db, environment: environment)
        try session.waitFor("the console") { $0.contains("Queue 1/") }
        try Self.command("filter channel=email", in: session)
        try session.waitFor("the email view") { $0.contains("Filter: email") }
        try Self.command("reply email", in: session)
        try session.waitFor("back from the editor") { $0.contains("Draft written in the editor") && $0.contains("Thank you for") }
        try Self.send(by: "Email", in: session)
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        let outbox = try binary.run(["outbox", "list", "--db", db, "--json"])
        #expect(outbox.out.contains("the replacement ships today") && outbox.out.contains("\"subject\":\"Re: "), "\(outbox.out)")
        #expect(outbox.out.contains("wrote:\\n>"), "the customer's message is quoted like mutt:\n\(outbox.out)")
    }

    @Test func aDraftSurvivesKillNine() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("demo.sqlite")
        let first = try Self.console(binary, db: db)
        try Self.startChatReply(in: first)
        try first.sendKeys("-l", "Checking the courier now 확인 중")
        try first.waitFor("the typing on screen") { $0.contains("Checking the courier now 확인 중") }
        // The debounce saves within a second of the last key.
        Thread.sleep(forTimeInterval: 1.6)
        let pid = try #require(try first.programPID())
        kill(pid, SIGKILL)
        _ = try first.waitForExit()

        let second = try Self.console(binary, db: db, fresh: false)
        try second.waitFor("the console again") { $0.contains("Queue 1/") }
        try Self.command("filter channel=chat", in: second)
        let restored = try second.waitFor("the draft after kill -9") { $0.contains("Checking the courier now 확인 중") }
        #expect(restored.contains("Draft"), "\(restored)")
        try second.sendKeys("q")
        #expect(try second.waitForExit() == 0)
    }

    @Test func aSubjectFullOfEscapeSequencesIsShownHarmlessly() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("hostile.sqlite")
        let mail = """
            From: Mallory <mallory@example.com>\r
            To: support@example.com\r
            Subject: =?UTF-8?B?\(Data("\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mREFUND NOW\u{1B}[0m\u{9B}6n".utf8).base64EncodedString())?=\r
            Message-ID: <hostile-1@example.com>\r
            Date: Mon, 23 Nov 2026 08:00:00 +0000\r
            \r
            \u{1B}]52;c;ZXZpbA==\u{07}Please look at my order.\r

            """
        let ingest = try binary.run(["ingest", "email", "--db", db, "--quiet"], stdin: Data(mail.utf8))
        #expect(ingest.status == 0, "\(ingest.err)")
        let session = try Self.console(binary, db: db, fresh: false)
        let screen = try session.waitFor("the hostile conversation") { $0.contains("REFUND NOW") }
        #expect(screen.contains("␛"), "escapes are shown as visible placeholders:\n\(screen)")
        let title = try session.paneTitle()
        #expect(!title.contains("pwned"), "the pane title is untouched: \(title)")
        #expect(screen.contains("Queue 1/1"), "the screen was not cleared or moved:\n\(screen)")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func resizingInTheMiddleOfTypingKeepsEveryKey() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("demo.sqlite")
        let session = try Self.console(binary, db: db)
        try Self.startChatReply(in: session)
        try session.sendKeys("-l", "Hello, ")
        try session.resize(width: 80, height: 24)
        try session.sendKeys("-l", "still here 王先生")
        let narrow = try session.waitFor("the draft at 80x24") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 24 && screen.contains("Hello, still here 王先生")
        }
        let lines = narrow.split(separator: "\n", omittingEmptySubsequences: false).prefix(24)
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└") },
                "every body row starts with a pane border:\n\(narrow)")
        try session.resize(width: 160, height: 45)
        try session.waitFor("the draft at 160x45") { $0.contains("Hello, still here 王先生") && $0.contains("┌ Suggestions") }
        try session.sendKeys("Escape")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
