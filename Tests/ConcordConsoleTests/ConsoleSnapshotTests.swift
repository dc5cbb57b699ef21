import Foundation
import Testing
@testable import ConcordConsole
import ConcordTerminal
import ConcordTestSupport
import ConcordDemo
import ConcordStore

/// Golden screens of the console. Record with `CONCORD_RECORD_SNAPSHOTS=1 swift test`, then
/// read the diff before committing.
@Suite("Console golden screens")
struct ConsoleSnapshotTests {
    static let directory = GoldenFile.snapshotDirectory(forTestFile: #filePath)

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45), Size(width: 120, height: 36)])
    func firstScreen(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        let screen = ConsoleFixture.screen(app)
        GoldenFile.assertMatches(screen, named: "first-screen-\(size.width)x\(size.height)", directory: Self.directory)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func eachCustomerInTheirScript(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        var screens: [String] = []
        for index in 0..<app.state.queue.rows.count {
            screens.append("── row \(index + 1) ──\n" + ConsoleFixture.screen(app))
            if index < app.state.queue.rows.count - 1 { app.dispatch(.key(.char("j"))) }
        }
        GoldenFile.assertMatches(screens.joined(separator: "\n"), named: "every-row-\(size.width)x\(size.height)",
                                 directory: Self.directory)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func narrowFlowShowsTheFocusedDetailPane(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        var screens: [String] = []
        for _ in 0..<3 {
            app.dispatch(.key(.tab))
            screens.append("── focus \(app.state.focus.rawValue) ──\n" + ConsoleFixture.screen(app))
        }
        GoldenFile.assertMatches(screens.joined(separator: "\n"), named: "tab-cycle-\(size.width)x\(size.height)",
                                 directory: Self.directory)
    }

    @Test func helpOverlayIsGeneratedFromTheKeymap() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 80, height: 24))
        app.dispatch(.key(.char("?")))
        let screen = ConsoleFixture.screen(app)
        GoldenFile.assertMatches(screen, named: "help-80x24", directory: Self.directory)
        #expect(screen.contains("Quit Concord"))
    }

    @Test func tooSmallTerminalSaysSoInOneSentence() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 50, height: 10))
        let screen = ConsoleFixture.screen(app)
        #expect(screen.replacingOccurrences(of: "\n", with: " ").contains("Concord needs at least 60x15"))
        #expect(!screen.contains("│"), "no half-drawn panes")
    }
}

@Suite("Console golden screens on a generated demo store")
struct DemoStoreSnapshotTests {
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func smallFixedDemoStore(size: Size) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-demo-snap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("demo.sqlite").path)
        let generator = DemoGenerator(configuration: DemoConfiguration(seed: 11, customers: 15, now: ConsoleFixture.now))
        try DemoLoader(store: store).load(generator)
        let state = ConsoleState(now: ConsoleFixture.now, size: size, queueOrdering: .dueFirst,
                                 presentation: try ConsoleFixture.presentation())
        let app = ConsoleApplication(state: state, store: store, clock: { ConsoleFixture.now })
        app.start()
        var screens = ["── first screen ──\n" + ConsoleFixture.screen(app)]
        app.dispatch(.key(.char("j")))
        app.dispatch(.key(.enter))
        screens.append("── j, Enter ──\n" + ConsoleFixture.screen(app))
        GoldenFile.assertMatches(screens.joined(separator: "\n"), named: "demo-store-\(size.width)x\(size.height)",
                                 directory: ConsoleSnapshotTests.directory)
    }
}
