import Foundation
import Testing
@testable import ConcordConsole
import ConcordTerminal
import ConcordTestSupport

/// Golden screens of the suggestions pane in Korean, Persian and Chinese, at the smallest
/// supported size (80x24, where the pane replaces the timeline under the queue) and a large
/// one (160x45): situations with evidence, numbered phrases and answers, and a draft with a
/// phrase inserted. Record with `CONCORD_RECORD_SNAPSHOTS=1 swift test`.
@Suite("Suggestions pane golden screens")
struct SuggestionsSnapshotTests {
    static let directory = GoldenFile.snapshotDirectory(forTestFile: #filePath)

    @Test(arguments: [("ko", "김민지"), ("fa", "مریم احمدی"), ("zh", "王小明")],
          [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func suggestionsPane(language: (code: String, name: String), size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        try ConsoleDraftTests.select(language.name, in: app)
        ConsoleDraftTests.focusSuggestions(app)
        let before = ConsoleFixture.screen(app)
        app.dispatch(.key(.char("1")))
        app.dispatch(.tick(ConsoleFixture.now))
        let after = ConsoleFixture.screen(app)
        GoldenFile.assertMatches("── suggestions ──\n" + before + "\n── after pressing 1 ──\n" + after,
                                 named: "suggestions-\(language.code)-\(size.width)x\(size.height)", directory: Self.directory)
    }
}
