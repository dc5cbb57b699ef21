import Foundation
import Testing

/// The real binary in a real terminal (tmux), the way an agent uses it over SSH.
@Suite("Console end to end (tmux)", .serialized)
struct ConsoleEndToEndTests {
    static let demoArguments = ["demo", "--seed", "3", "--now", "2026-11-23T09:00:00Z"]

    /// Columns a line takes in the terminal (wide East Asian characters count two).
    private func displayWidth(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                return width + 2
            case 0x0300...0x036F, 0x200B...0x200F, 0x064B...0x065F:
                return width
            default:
                return width + 1
            }
        }
    }

    private func scripts(in screen: String) -> Set<String> {
        var found = Set<String>()
        for scalar in screen.unicodeScalars {
            switch scalar.value {
            case 0xAC00...0xD7AF: found.insert("Hangul")
            case 0x4E00...0x9FFF: found.insert("Han")
            case 0x0410...0x044F: found.insert("Cyrillic")
            case 0x0620...0x064A, 0x067E, 0x0686, 0x0698, 0x06A9, 0x06AF, 0x06CC: found.insert("Arabic")
            case 0x41...0x5A, 0x61...0x7A: found.insert("Latin")
            default: break
            }
        }
        return found
    }

    /// The timeline pane's title: the selected customer's name.
    private func timelineTitle(_ screen: String) -> String? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1, let range = lines[1].range(of: " · all channels") ?? lines[1].range(of: " · this case") else { return nil }
        let before = lines[1][..<range.lowerBound]
        guard let start = before.range(of: "┐┌ ", options: .backwards) else { return nil }
        return String(before[start.upperBound...])
    }

    @Test func firstScreenShowsAllFiveScriptsAndKeysMoveAndOpen() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let session = try TmuxSession(command: [binary.url.path] + Self.demoArguments + ["--db", binary.path("demo.sqlite")],
                                      environment: binary.environment, scratch: binary.home)
        let first = try session.waitFor("the console's first screen") { $0.contains("Queue 1/") && $0.contains("all channels") }
        #expect(scripts(in: first).isSuperset(of: ["Hangul", "Han", "Cyrillic", "Arabic", "Latin"]),
                "names and text in all five scripts are on the first screen:\n\(first)")
        let firstCustomer = try #require(timelineTitle(first))

        try session.sendKeys("j")
        let moved = try session.waitFor("the selection to move") { $0.contains("Queue 2/") }
        let secondCustomer = try #require(timelineTitle(moved))
        #expect(secondCustomer != firstCustomer, "j shows the next conversation's customer in the timeline")

        try session.sendKeys("Enter")
        let opened = try session.waitFor("the timeline to take focus") { $0.split(separator: "\n").last?.contains("Timeline") == true }
        try session.sendKeys("t")
        let scoped = try session.waitFor("the timeline to show only this case") { $0.contains(" · this case") }
        #expect(opened != scoped)

        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        let after = try session.capture()
        #expect(!after.contains("Queue "), "the terminal is restored after quitting:\n\(after)")
    }

    @Test func consoleWithNowKeepsItsClockAndScreenStill() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("frozen.sqlite")
        _ = try binary.run(["demo", "--generate-only", "--db", db, "--seed", "3", "--now", "2026-11-23T09:00:00Z"])
        var environment = binary.environment
        environment["TZ"] = "UTC"
        let session = try TmuxSession(command: [binary.url.path, "console", "--db", db, "--now", "2026-11-23T09:00:00Z"],
                                      environment: environment, scratch: binary.home)
        // Settled: the suggestions, computed once the first frame is up, are in their pane, and
        // the frame that brought them is written out in full.
        let first = try session.waitFor("the console on the frozen clock", quiet: 0.5) {
            $0.contains("Queue 1/") && SuggestionsEndToEndTests.firstPhrase(in: $0) != nil
        }
        let header = try #require(first.split(separator: "\n").first)
        #expect(header.contains("Mon 09:00"), "the header shows the frozen time:\n\(header)")
        Thread.sleep(forTimeInterval: 2.5)
        let later = try session.capture()
        #expect(later == first, "with a frozen clock nothing on the screen changes between keys:\n\(first)\n---- 2.5 s later ----\n\(later)")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func resizingRelayoutsWithoutGarbageDownTo80x24() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let session = try TmuxSession(command: [binary.url.path] + Self.demoArguments + ["--db", binary.path("demo.sqlite")],
                                      environment: binary.environment, scratch: binary.home)
        try session.waitFor("the console") { $0.contains("Queue 1/") }
        for (width, height) in [(80, 24), (120, 36), (50, 12), (100, 30)] {
            try session.resize(width: width, height: height)
            if width < 60 {
                try session.waitFor("the too-small message at \(width)x\(height)") {
                    $0.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("needs at least 60x15")
                }
                continue
            }
            // Settled: the top border spans exactly the new width and the panes' bottom
            // borders sit on the second-to-last row, with nothing left of the old layout.
            let screen = try session.waitFor("a settled \(width)x\(height) screen") { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return lines.count >= height && lines[1].hasPrefix("┌ Queue") && displayWidth(lines[1]) == width
                    && lines[height - 2].hasPrefix("└") && lines[height - 1].contains("Queue")
            }
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(height)
            for (row, line) in lines.enumerated() {
                #expect(displayWidth(line) <= width, "row \(row) overflows at \(width)x\(height):\n\(screen)")
            }
            let borderRows = lines.dropFirst().dropLast()
            #expect(borderRows.allSatisfy { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└") },
                    "every body row starts with a pane border at \(width)x\(height):\n\(screen)")
        }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test(arguments: [("TERM", Int32(143)), ("HUP", Int32(129))])
    func signalsRestoreTheTerminal(signal: String, expectedStatus: Int32) throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let session = try TmuxSession(command: [binary.url.path] + Self.demoArguments + ["--db", binary.path("demo.sqlite")],
                                      environment: binary.environment, scratch: binary.home)
        try session.waitFor("the console") { $0.contains("Queue 1/") }
        let pid = try #require(try session.programPID())
        kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        #expect(try session.waitForExit() == expectedStatus)
        #expect(!(try session.capture()).contains("Queue 1/"), "the console's screen is gone")
    }
}

/// The suggestions pane and the draft in the real binary: a phrase inserted by its number is
/// still in the draft after quitting and starting the console again on the same store.
@Suite("Suggestions and drafts end to end (tmux)", .serialized)
struct SuggestionsEndToEndTests {
    @Test func aPhraseInsertedByNumberIsStillInTheDraftAfterARestart() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("demo.sqlite")
        let first = try TmuxSession(command: [binary.url.path] + ConsoleEndToEndTests.demoArguments + ["--db", db],
                                    width: 160, height: 45, environment: binary.environment, scratch: binary.home)
        try first.waitFor("numbered phrases in the suggestions pane") { $0.contains("Reply to") && Self.firstPhrase(in: $0) != nil }
        try first.sendKeys("Tab", "Tab", "Tab")
        try first.waitFor("the suggestions pane to take focus") { $0.split(separator: "\n").last?.contains("Suggestions") == true }
        try first.sendKeys("1")
        let inserted = try first.waitFor("the phrase in the draft") { $0.contains("Inserted 1 into the draft") }
        #expect(inserted.contains("Draft · "), "\(inserted)")
        let phrase = try #require(Self.firstPhrase(in: inserted), "a numbered phrase on screen:\n\(inserted)")
        try first.sendKeys("q")
        #expect(try first.waitForExit() == 0)

        let second = try TmuxSession(command: [binary.url.path, "console", "--db", db], width: 160, height: 45,
                                     environment: binary.environment, scratch: binary.home)
        // The suggestions arrive after the first frame and move the pane's lines: wait for the settled draft.
        let restored = try second.waitFor("the draft after the restart") { $0.contains("Draft · ") && Self.draftText(in: $0).contains(phrase) }
        #expect(Self.draftText(in: restored).contains(phrase), "the draft holds “\(phrase)”:\n\(restored)")
        try second.sendKeys("q")
        #expect(try second.waitForExit() == 0)
    }

    /// The pane's column of a screen line (the right-hand column of the wide layout).
    static func paneColumn(_ line: Substring) -> String {
        guard let start = line.range(of: "││", options: .backwards) ?? line.range(of: "│┌", options: .backwards) else { return "" }
        return String(line[start.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
    }

    /// The first words of phrase 1, as the pane shows them ("1 Empathy <text>").
    static func firstPhrase(in screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            let pane = paneColumn(line)
            for kind in ["Empathy ", "Apology ", "Expect ", "Thanks ", "Follow-up "] where pane.hasPrefix("1 \(kind)") {
                let words = pane.dropFirst(2 + kind.count).split(separator: " ").prefix(2).joined(separator: " ")
                return words.isEmpty ? nil : words
            }
        }
        return nil
    }

    /// The pane lines from "Draft" to the first blank line.
    static func draftText(in screen: String) -> String {
        var collecting = false
        var text: [String] = []
        for line in screen.split(separator: "\n") {
            let pane = paneColumn(line)
            if pane.hasPrefix("Draft · ") { collecting = true; continue }
            if collecting {
                if pane.isEmpty { break }
                text.append(pane)
            }
        }
        return text.joined(separator: " ")
    }
}
