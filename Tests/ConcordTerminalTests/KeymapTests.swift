import Testing
@testable import ConcordTerminal

@Suite("Keys and keymap")
struct KeymapTests {
    static let commands: Set<String> = ["quit", "help", "next", "previous", "page-down", "page-up", "top", "bottom",
                                        "open", "search", "reply", "focus-next"]
    static let defaults: [String: [String: String]] = [
        "global": ["q": "quit", "?": "help", "<F1>": "help", "<Tab>": "focus-next"],
        "queue": ["j": "next", "<Down>": "next", "k": "previous", "<Up>": "previous", "<C-d>": "page-down",
                  "<C-u>": "page-up", "g": "top", "G": "bottom", "<Enter>": "open", "/": "search"],
        "timeline": ["j": "next", "k": "previous", "r": "reply"],
        "help": ["q": "help", "<Esc>": "help"],
    ]

    func makeKeymap() throws -> Keymap {
        try Keymap(defaults: Self.defaults, validCommands: Self.commands)
    }

    @Test func keySpecRoundTrips() throws {
        let notations = ["j", "G", "?", "<Down>", "<C-d>", "<S-Tab>", "<Enter>", "<Esc>", "<PgUp>", "<PgDn>", "<Home>",
                         "<End>", "<Space>", "<F1>", "<F12>", "<BS>", "<Del>", "<Ins>", "<Tab>", "<Up>", "<Left>",
                         "<Right>", "<lt>", ">", "한", "<C-Space>", "<C-]>"]
        for notation in notations {
            let spec = try KeySpec(parsing: notation)
            #expect(spec.notation == notation)
            #expect(try KeySpec(parsing: spec.notation) == spec)
        }
        let keys: [Key] = [.char("x"), .char(" "), .char("<"), .ctrl("w"), .up, .down, .left, .right, .pageUp, .pageDown,
                           .home, .end, .enter, .tab, .backTab, .escape, .backspace, .delete, .insert, .function(5)]
        for key in keys {
            #expect(try KeySpec(parsing: KeySpec(key).notation).key == key)
        }
    }

    @Test func keySpecAcceptsAliasesAndCase() throws {
        #expect(try KeySpec(parsing: "<down>").key == .down)
        #expect(try KeySpec(parsing: "<CR>").key == .enter)
        #expect(try KeySpec(parsing: "<c-D>").key == .ctrl("d"))
        #expect(try KeySpec(parsing: "<PageDown>").key == .pageDown)
        #expect(try KeySpec(parsing: "<space>").key == .char(" "))
        #expect(try KeySpec(parsing: " ").key == .char(" "))
        #expect(try KeySpec(parsing: "<").key == .char("<"))
    }

    @Test func keySpecRejectsNonsenseWithAHelpfulReason() {
        for bad in ["", "jj", "<Foo>", "<C-1>", "<F0>", "<F25>", "<>", "<C-i>", "\u{1B}", "\n"] {
            #expect(throws: KeymapError.self, "\(bad.debugDescription) should be rejected") { try KeySpec(parsing: bad) }
        }
        do {
            _ = try KeySpec(parsing: "<C-i>")
        } catch {
            #expect(error.description.contains("<Tab>"))
        }
    }

    @Test func lookupFallsBackToGlobal() throws {
        let keymap = try makeKeymap()
        #expect(keymap.command(for: .char("j"), in: "queue") == "next")
        #expect(keymap.command(for: .char("q"), in: "queue") == "quit")
        #expect(keymap.command(for: .char("q"), in: "help") == "help")
        #expect(keymap.command(for: .ctrl("d"), in: "queue") == "page-down")
        #expect(keymap.command(for: .ctrl("D"), in: "queue") == "page-down")
        #expect(keymap.command(for: .char("x"), in: "queue") == nil)
        #expect(keymap.command(for: .char("g"), in: "timeline") == nil)
        #expect(keymap.command(for: .function(1), in: "unknown-context") == "help")
    }

    @Test func userOverridesRebindAndUnbind() throws {
        var keymap = try makeKeymap()
        try keymap.applyOverrides(fromTOML: """
            theme = "light"
            [keys.queue]
            "n" = "next"
            "j" = "none"
            "<C-f>" = "page-down"
            [keys.global]
            "Q" = "quit"
            "q" = "none"
            """, file: "config.toml")
        #expect(keymap.command(for: .char("n"), in: "queue") == "next")
        #expect(keymap.command(for: .char("j"), in: "queue") == nil)
        #expect(keymap.command(for: .ctrl("f"), in: "queue") == "page-down")
        #expect(keymap.command(for: .char("Q"), in: "timeline") == "quit")
        #expect(keymap.command(for: .char("q"), in: "timeline") == nil)
        #expect(keymap.command(for: .char("q"), in: "help") == "help")
        #expect(keymap.keys(for: "next", in: "queue").map(\.notation) == ["n", "<Down>"])
    }

    @Test func invalidOverridesNameTheOffendingEntryAndChangeNothing() throws {
        var keymap = try makeKeymap()
        let before = keymap
        #expect(throws: KeymapError.unknownCommand("nxet", key: "j", context: "queue", available: Self.commands.sorted())) {
            try keymap.applyOverrides(["queue": ["k": "none", "j": "nxet"]])
        }
        #expect(keymap == before)
        #expect(throws: KeymapError.unknownKeyNotation("<Dwon>", context: "queue", reason: "known names are " +
            KeySpec.canonicalNames.joined(separator: ", ") + ", <C-x> and <F1>…<F24>")) {
            try keymap.applyOverrides(["queue": ["<Dwon>": "next"]])
        }
        #expect(throws: KeymapError.unknownContext("queu", available: ["global", "help", "queue", "timeline"])) {
            try keymap.applyOverrides(["queu": ["j": "next"]])
        }
        let message = KeymapError.unknownCommand("nxet", key: "j", context: "queue", available: ["next", "quit"]).description
        #expect(message == "Unknown command 'nxet' for key 'j' in [keys.queue]. Use \"none\" to unbind, or one of: next, quit.")
    }

    @Test func malformedKeyTables() {
        var keymap = try! makeKeymap()
        for text in ["[keys.queue]\nj = 3\n", "keys = 1\n", "[keys]\nqueue = \"x\"\n", "[keys.queue\n"] {
            #expect(throws: KeymapError.self, "\(text.debugDescription)") {
                try keymap.applyOverrides(fromTOML: text, file: "config.toml")
            }
        }
    }

    @Test func invalidDefaultsAreRejected() {
        #expect(throws: KeymapError.self) {
            try Keymap(defaults: ["queue": ["j": "not-a-command"]], validCommands: ["next"])
        }
    }

    @Test func bindingsAreSortedForHelp() throws {
        let keymap = try makeKeymap()
        let bindings = keymap.bindings(in: "queue").map { "\($0.key.notation)=\($0.command)" }
        #expect(bindings == ["/=search", "G=bottom", "g=top", "j=next", "k=previous", "<C-d>=page-down",
                             "<C-u>=page-up", "<Down>=next", "<Enter>=open", "<Up>=previous"])
    }

    @Test func helpOverlayContentGroupsKeysPerCommand() throws {
        let keymap = try makeKeymap()
        let help = HelpOverlayContent(
            keymap: keymap,
            contexts: [(name: "queue", title: "Queue"), (name: "global", title: "Everywhere"), (name: "card", title: "Card")],
            descriptions: ["next": "Next conversation", "previous": "Previous conversation", "quit": "Quit Concord",
                           "help": "Show this help"])
        #expect(help.sections.map(\.title) == ["Queue", "Everywhere"])
        let next = try #require(help.sections[0].entries.first { $0.command == "next" })
        #expect(next.keys.map(\.notation) == ["j", "<Down>"])
        #expect(next.description == "Next conversation")
        let lines = help.lines(theme: ThemeLibrary.defaultTheme, width: 40).map(\.plainText)
        #expect(lines.first == "Queue")
        #expect(lines.contains("j <Down>  Next conversation"))
        #expect(lines.contains(""))
        #expect(lines.contains("Everywhere"))
        #expect(lines.contains { $0.hasPrefix("? <F1>") && $0.hasSuffix("Show this help") })
        for line in help.lines(theme: ThemeLibrary.defaultTheme, width: 20) {
            #expect(line.width <= 20)
        }
    }
}
