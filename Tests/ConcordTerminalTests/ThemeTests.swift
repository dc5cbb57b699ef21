import Foundation
import Testing
@testable import ConcordTerminal

@Suite("Themes")
struct ThemeTests {
    static let shippedThemes = ["default", "light", "high-contrast", "monochrome"]

    static var themesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes")
    }

    @Test(arguments: shippedThemes)
    func eachShippedThemeLoadsFromItsFile(name: String) throws {
        let library = ThemeLibrary(searchDirectories: [Self.themesDirectory], includesBuiltInThemes: false)
        let theme = try library.load(named: name)
        #expect(theme.name == name)
        #expect(theme.description?.isEmpty == false)
        #expect(theme.defines("default"))
        for style in Theme.knownStyleNames {
            _ = theme.style(style) // every name resolves (with fallback)
        }
    }

    @Test func defaultThemeDefinesEveryStyleTheConsoleUses() throws {
        let theme = try ThemeLibrary.builtIn(named: "default")
        let missing = Theme.knownStyleNames.filter { !theme.defines($0) }
        #expect(missing.isEmpty, "default.toml lacks \(missing)")
    }

    @Test func monochromeUsesNoColours() throws {
        let theme = try ThemeLibrary.builtIn(named: "monochrome")
        for (_, style) in theme.styles {
            #expect(style.foreground == .default && style.background == .default)
        }
        #expect(theme.style("list.selected").attributes.contains(.reverse))
    }

    @Test func lookupFallsBackByDottedSegments() throws {
        let theme = try Theme.parse(toml: """
            name = "sparse"
            [styles]
            "default" = { fg = "white", bg = "black" }
            "queue" = { fg = "green" }
            "queue.wait.overdue" = { fg = "red", bold = true }
            """, file: "sparse.toml")
        #expect(theme.style("queue.wait.overdue") == Style(foreground: .red, background: .black, attributes: .bold))
        #expect(theme.style("queue.wait.long") == Style(foreground: .green, background: .black))
        #expect(theme.style("queue.row.selected") == Style(foreground: .green, background: .black))
        #expect(theme.style("card.name") == Style(foreground: .white, background: .black))
        #expect(theme.style("default") == Style(foreground: .white, background: .black))
    }

    @Test func bareDottedKeysNestAndWorkToo() throws {
        let theme = try Theme.parse(toml: """
            [styles]
            queue.fg = "green"
            queue.row.fg = "color33"
            queue.row.underline = true
            dim = { dim = true }
            """, file: "nested.toml")
        #expect(theme.name == "nested")
        #expect(theme.style("queue") == Style(foreground: .green))
        #expect(theme.style("queue.row") == Style(foreground: .indexed(33), attributes: .underline))
        #expect(theme.style("dim") == Style(attributes: .dim))
    }

    @Test func unknownThemeListsTheAvailableOnes() {
        let library = ThemeLibrary(searchDirectories: [Self.themesDirectory])
        #expect(throws: ThemeError.unknown("solarised", available: ["default", "high-contrast", "light", "monochrome"])) {
            try library.load(named: "solarised")
        }
        let message = ThemeError.unknown("x", available: ["default", "light"]).description
        #expect(message == "Unknown theme 'x'. Available themes: default, light.")
        #expect(throws: ThemeError.self) { try library.load(named: "../etc/passwd") }
    }

    @Test func malformedTOMLReportsFileAndLine() {
        do {
            _ = try Theme.parse(toml: "name = \"x\"\n[styles]\n\"default\" = { fg = \"red\" \n", file: "broken.toml")
            Issue.record("expected an error")
        } catch {
            guard case .malformed(let file, let line, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(file == "broken.toml")
            #expect(line == 3)
            #expect(error.description.hasPrefix("Theme broken.toml:3 is malformed"))
        }
    }

    @Test func badColourIsNamedInTheError() {
        #expect(throws: ThemeError.invalidColor(file: "t.toml", style: "queue.row", key: "fg", value: "pruple")) {
            try Theme.parse(toml: "[styles]\n\"queue.row\" = { fg = \"pruple\" }\n", file: "t.toml")
        }
        let message = ThemeError.invalidColor(file: "t.toml", style: "queue.row", key: "fg", value: "pruple").description
        #expect(message.contains("'pruple'"))
        #expect(message.contains("#rrggbb"))
    }

    @Test func wrongShapesAreMalformed() {
        let cases = [
            "[styles]\n\"queue\" = \"red\"\n",
            "[styles]\n\"queue\" = { colour = \"red\" }\n",
            "[styles]\n\"queue\" = { bold = \"yes\" }\n",
            "[styles]\n\"queue\" = { fg = 3 }\n",
            "styles = 3\n",
            "name = 3\n",
            "colours = {}\n",
        ]
        for text in cases {
            #expect(throws: ThemeError.self, "\(text.debugDescription) should be rejected") {
                try Theme.parse(toml: text, file: "t.toml")
            }
        }
    }

    @Test func userDirectoryOverridesShippedTheme() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "name = \"default\"\ndescription = \"mine\"\n[styles]\n\"default\" = { fg = \"red\" }\n"
            .write(to: directory.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        try "[styles]\n".write(to: directory.appendingPathComponent("custom.toml"), atomically: true, encoding: .utf8)
        let library = ThemeLibrary(searchDirectories: [directory, Self.themesDirectory])
        #expect(try library.load(named: "default").description == "mine")
        #expect(try library.load(named: "light").name == "light")
        #expect(try library.load(named: "custom").name == "custom")
        #expect(library.availableThemeNames() == ["custom", "default", "high-contrast", "light", "monochrome"])
    }

    @Test func builtInThemesAreTheFallback() throws {
        let library = ThemeLibrary(searchDirectories: [URL(fileURLWithPath: "/nonexistent/concord/themes")])
        #expect(try library.load(named: "high-contrast").name == "high-contrast")
        #expect(library.availableThemeNames() == ["default", "high-contrast", "light", "monochrome"])
    }

    @Test func defaultSearchDirectoriesFollowXDGAndOverride() {
        let directories = ThemeLibrary.defaultSearchDirectories(
            environment: ["XDG_CONFIG_HOME": "/home/a/.cfg", "CONCORD_THEMES_DIR": "/opt/themes"],
            executableURL: URL(fileURLWithPath: "/usr/local/bin/concord"))
        #expect(directories.map(\.path).prefix(4) == [
            "/home/a/.cfg/concord/themes", "/opt/themes", "/usr/local/bin/themes", "/usr/local/share/concord/themes",
        ])
        let home = ThemeLibrary.defaultSearchDirectories(environment: ["HOME": "/home/b"], executableURL: nil)
        #expect(home.map(\.path) == ["/home/b/.config/concord/themes"])
    }

    @Test func noColorDegradesEveryStyleToAttributes() throws {
        let theme = try ThemeLibrary.builtIn(named: "default").degraded(to: ColorSupport.detect(colorCount: 256, environment: ["NO_COLOR": "1"]))
        for (_, style) in theme.styles {
            #expect(style.foreground == .default)
            #expect(style.background == .default)
        }
        #expect(theme.style("list.selected").attributes.contains(.reverse))
        #expect(theme.style("status").attributes.contains(.reverse))
        #expect(theme.style("error").attributes.contains(.bold))
    }

    @Test func eightColourDegradeUsesOnlyBasicColours() throws {
        for name in Self.shippedThemes {
            let theme = try ThemeLibrary.builtIn(named: name).degraded(to: .eight)
            for (styleName, style) in theme.styles {
                for color in [style.foreground, style.background] {
                    switch color {
                    case .default: break
                    case .ansi(let named): #expect(named.rawValue < 8, "\(name) \(styleName)")
                    default: Issue.record("\(name) \(styleName) kept \(color)")
                    }
                }
            }
        }
        let theme = try ThemeLibrary.builtIn(named: "default").degraded(to: .eight)
        #expect(theme.style("queue.wait.overdue").foreground == .ansi(.red))
        #expect(theme.style("status").background == .ansi(.black))
    }
}
