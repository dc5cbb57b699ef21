import Foundation
import Testing
@testable import ConcordConsole
import ConcordTerminal
import ConcordTestSupport

/// Persian in the console: the draft editor with a Persian reply that mixes Persian and
/// Western digits with a Latin word, in visual order and right-aligned (the default), and in
/// logical order with `[ui] bidi = "terminal"` for terminals that reorder themselves.
/// Record with `CONCORD_RECORD_SNAPSHOTS=1 swift test`.
@Suite("Console right-to-left text")
struct BidiConsoleTests {
    static let directory = GoldenFile.snapshotDirectory(forTestFile: #filePath)

    /// Persian digits (۴۴۲۱, ۳), Western digits (121,000) and a Latin word (DHL) in one reply.
    static let draft = "سلام خانم احمدی، سفارش ۴۴۲۱ با DHL ارسال شد و مبلغ 121,000 تومان ظرف ۳ روز برمی‌گردد"

    static func editingDraft(size: Size, bidiMode: BidiMode) throws -> (ConsoleFixture, ConsoleApplication) {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size, bidiMode: bidiMode)
        try ConsoleDraftTests.select("مریم احمدی", in: app)
        app.dispatch(.key(.char("r")))
        #expect(app.state.isEditingDraft)
        ConsoleDraftTests.type(draft, into: app)
        return (fixture, app)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func aPersianDraftIsInVisualOrderWithTheCaretAtItsLeftEnd(size: Size) throws {
        let (fixture, app) = try Self.editingDraft(size: size, bidiMode: .reorder)
        defer { withExtendedLifetime(fixture) {} }
        let screen = ConsoleFixture.screen(app)
        GoldenFile.assertMatches(screen, named: "draft-fa-\(size.width)x\(size.height)", directory: Self.directory)
        // The last word typed, برمی‌گردد, is drawn right to left, and the caret is at its left:
        // where the next letter will appear.
        #expect(screen.contains("▏ددرگی\u{200C}مرب"), "\(screen)")
        #expect(screen.contains("DHL") && screen.contains("121,000") && screen.contains("۴۴۲۱"))
        #expect(!screen.contains("سلام خانم"), "not in logical order")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func theTerminalSettingDrawsLogicalOrder(size: Size) throws {
        let (fixture, app) = try Self.editingDraft(size: size, bidiMode: .terminal)
        defer { withExtendedLifetime(fixture) {} }
        let screen = ConsoleFixture.screen(app)
        GoldenFile.assertMatches(screen, named: "draft-fa-terminal-\(size.width)x\(size.height)", directory: Self.directory)
        #expect(screen.contains("سلام خانم احمدی"), "logical order, for the terminal to reorder")
        #expect(screen.contains("برمی‌گردد▏"), "the caret after the last character, as stored")
    }

    @Test func theSettingIsReadFromTheUISection() throws {
        #expect(try ConfigurationLoader.parse("", file: "config.toml").bidiMode == .reorder)
        #expect(try ConfigurationLoader.parse("[ui]\nbidi = \"terminal\"", file: "config.toml").bidiMode == .terminal)
        #expect(try ConfigurationLoader.parse("[ui]\nbidi = \"reorder\"", file: "config.toml").bidiMode == .reorder)
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.parse("[ui]\nbidi = \"auto\"", file: "config.toml") }
        do {
            _ = try ConfigurationLoader.parse("[ui]\nbidi = \"auto\"", file: "config.toml")
        } catch {
            #expect(error.description.contains("ui.bidi"))
            #expect(error.description.contains("\"terminal\" (the terminal does bidi itself)"))
        }
    }

    @Test func thePrintedConfigurationReadsBackTheSetting() throws {
        var configuration = ConcordConfiguration.defaults()
        configuration.bidiMode = .terminal
        let keymap = try Keymap(defaults: ConsoleCommand.defaultBindings, validCommands: Set(ConsoleCommand.allCases.map(\.rawValue)))
        let printed = ConfigurationPrinter.toml(configuration, storePath: "/tmp/x.sqlite", keymap: keymap, themes: ["default"])
        #expect(printed.contains("bidi = \"terminal\""))
        #expect(try ConfigurationLoader.parse(printed, file: "printed.toml").bidiMode == .terminal)
    }
}
