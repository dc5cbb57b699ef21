import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConcordTestSupport
import ConversationEngine

/// Golden screens of the supervisor screen at 80x24 (one queue pane, a trends line and one
/// list) and 160x45 (every pane), with Korean, Chinese, Persian and Russian customers, names
/// and subjects. Record with `CONCORD_RECORD_SNAPSHOTS=1 swift test --filter SupervisorSnapshotTests`.
@Suite("Supervisor golden screens")
struct SupervisorSnapshotTests {
    static let directory = GoldenFile.snapshotDirectory(forTestFile: #filePath)

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func everyPaneAndOverlay(size: Size) throws {
        let fixture = try SupervisorFixture()
        let app = try fixture.screen(size: size)
        var screens: [String] = []
        func shoot(_ label: String) { screens.append("── \(label) ──\n" + SupervisorFixture.text(app)) }
        shoot("teams")
        app.dispatch(.key(.char("j")))
        shoot("j: the billing team")
        app.dispatch(.key(.enter))
        shoot("Enter: its conversations")
        app.dispatch(.key(.char("a")))
        shoot("a: reassign")
        app.dispatch(.key(.escape))
        app.dispatch(.key(.char("p")))
        shoot("p: priority")
        app.dispatch(.key(.escape))
        app.dispatch(.key(.enter))
        shoot("Enter: the timeline, read-only")
        app.dispatch(.key(.escape))
        app.dispatch(.key(.tab))
        shoot("Tab: agents")
        app.dispatch(.key(.tab))
        app.dispatch(.key(.tab))
        shoot("Tab Tab: channels")
        app.dispatch(.key(.char("b")))
        for character in "سیستم پرداخت تا ساعت ۳ قطع است" { app.dispatch(.key(.char(character))) }
        shoot("b: a broadcast being typed")
        app.dispatch(.key(.escape))
        app.dispatch(.key(.char("?")))
        shoot("?: help")
        GoldenFile.assertMatches(screens.joined(separator: "\n"), named: "supervisor-\(size.width)x\(size.height)",
                                 directory: Self.directory)
    }

    @Test func aHostileNameAndMessageCannotDriveTheTerminal() throws {
        let fixture = try SupervisorFixture()
        let app = try fixture.screen(size: Size(width: 160, height: 45))
        let index = try #require(app.state.conversations.firstIndex { $0.customerName.displayName.hasPrefix("Mallory") })
        app.dispatch(.key(.enter))
        for _ in 0..<index { app.dispatch(.key(.char("j"))) }
        for screen in [SupervisorFixture.text(app), { app.dispatch(.key(.enter)); return SupervisorFixture.text(app) }()] {
            #expect(screen.contains("Mallory"))
            #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E },
                    "controls reach the screen only as placeholders:\n\(screen)")
        }
        #expect(app.state.timeline != nil)
    }

    @Test func tooSmallTerminalSaysSoInOneSentence() throws {
        let fixture = try SupervisorFixture()
        let app = try fixture.screen(size: Size(width: 50, height: 12))
        let screen = SupervisorFixture.text(app).replacingOccurrences(of: "\n", with: " ")
        #expect(screen.contains("the supervisor screen needs at least 64x18"))
        #expect(!screen.contains("│"))
    }
}
