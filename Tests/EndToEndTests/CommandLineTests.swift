import Foundation
import Testing

/// The CLI without a terminal: help, and bad input that must get one
/// clear sentence and a non-zero status, never a crash or a half-drawn screen.
@Suite("Command line")
struct CommandLineTests {
    @Test func helpListsEverySubcommand() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let result = try binary.run(["--help"])
        #expect(result.status == 0)
        for command in ["demo", "console", "supervise", "ingest", "parse", "search", "suggest", "queue", "claim", "serve", "config"] {
            #expect(result.out.contains("  \(command)"), "--help lists \(command)")
        }
    }

    @Test func serveRefusesSettingsItCannotUseInOneSentence() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("serve.sqlite")
        let url = try binary.run(["serve", "--db", db, "--public-url", "ftp://support.example.com"])
        #expect(url.status != 0)
        #expect(url.err.contains("is not the http(s) URL the providers were given"))
        let listen = try binary.run(["serve", "--db", db, "--listen", "everywhere", "--public-url", "https://support.example.com"])
        #expect(listen.status != 0)
        #expect(listen.err.contains("--listen everywhere is not an address and port"))
        let missing = try binary.run(["serve", "--db", db])
        #expect(missing.status == 64, "a usage error")
        #expect(missing.err.contains("--public-url"))
    }

    @Test func generateOnlyThenQueueAndSearchWorkOnTheStore() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("small.sqlite")
        let generated = try binary.run(["demo", "--generate-only", "--db", db, "--customers", "30", "--seed", "5",
                                        "--now", "2026-11-23T09:00:00Z"])
        #expect(generated.status == 0, "\(generated.err)")
        #expect(generated.out.contains("Generated 30 customers"))
        let again = try binary.run(["demo", "--generate-only", "--db", db])
        #expect(again.status == 1)
        #expect(again.err.contains("already has data; pass --replace"))
        let queue = try binary.run(["queue", "--db", db, "--limit", "5"])
        #expect(queue.status == 0)
        #expect(queue.out.split(separator: "\n").count == 5)
        let json = try binary.run(["queue", "--db", db, "--limit", "3", "--json"])
        for line in json.out.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["conversation"] != nil)
        }
        let search = try binary.run(["search", "--db", db, "--json", "--limit", "3", "order"])
        #expect(search.status == 0)
        let hits = search.out.split(separator: "\n")
        #expect((1...3).contains(hits.count), "the demo's English customers write about orders")
        for hit in hits {
            let object = try JSONSerialization.jsonObject(with: Data(hit.utf8)) as? [String: Any]
            #expect((object?["snippet"] as? String)?.lowercased().contains("order") == true)
        }
    }

    @Test func consoleWithoutATerminalSaysSo() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("tty.sqlite")
        _ = try binary.run(["demo", "--generate-only", "--db", db, "--customers", "5"])
        let result = try binary.run(["console", "--db", db])
        #expect(result.status == 1)
        #expect(result.err.contains("needs an interactive terminal"), "\(result.err)")
        #expect(result.err.split(separator: "\n").count == 1, "one sentence: \(result.err)")
    }

    @Test func badInputGetsOneClearSentenceAndANonZeroStatus() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        // A missing store.
        var result = try binary.run(["console", "--db", binary.path("missing.sqlite")])
        #expect(result.status != 0)
        #expect(result.err.contains("There is no store at"))
        // A console clock that is not a time.
        result = try binary.run(["console", "--db", binary.path("missing.sqlite"), "--now", "next tuesday"])
        #expect(result.status != 0)
        #expect(result.err.contains("--now must be an ISO 8601 time"), "\(result.err)")
        // A directory that does not exist.
        result = try binary.run(["demo", "--generate-only", "--db", "/nonexistent-dir/x.sqlite"])
        #expect(result.status != 0)
        #expect(result.err.contains("does not exist"))
        // A corrupt store file.
        let corrupt = binary.path("corrupt.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: corrupt))
        result = try binary.run(["queue", "--db", corrupt])
        #expect(result.status != 0)
        #expect(result.err.contains("is not a Concord database or is damaged"))
        // A malformed config file.
        let config = binary.path("config/concord/config.toml")
        try FileManager.default.createDirectory(atPath: binary.path("config/concord"), withIntermediateDirectories: true)
        try "[ui\ntheme = ".write(toFile: config, atomically: true, encoding: .utf8)
        result = try binary.run(["config", "--print"])
        #expect(result.status != 0)
        #expect(result.err.contains("is not valid TOML"))
        // An unknown setting and an unknown theme.
        try "[ui]\nthemme = \"light\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        result = try binary.run(["config"])
        #expect(result.err.contains("Unknown setting 'ui.themme'"))
        try "[ui]\ntheme = \"neon\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        result = try binary.run(["config"])
        #expect(result.err.contains("Unknown theme 'neon'. Available themes: default, high-contrast, light, monochrome"))
        #expect(result.status == 1, "an error, not a crash (a trap would be a signal status)")
    }

    @Test func configPrintShowsTheMergedConfiguration() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        try FileManager.default.createDirectory(atPath: binary.path("config/concord"), withIntermediateDirectories: true)
        try "[agent]\nlogin = \"dana\"\nname = \"Dana Lee\"\n[keys.queue]\n\"n\" = \"next\"\n"
            .write(toFile: binary.path("config/concord/config.toml"), atomically: true, encoding: .utf8)
        let result = try binary.run(["config", "--print"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("name = \"Dana Lee\""))
        #expect(result.out.contains("\"n\" = \"next\""))
        #expect(result.out.contains("theme = \"default\""))
    }
}
