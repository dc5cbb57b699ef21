import ConcordTestSupport
import Foundation
import Testing
@testable import ConcordTerminal

/// A small composition in the shape of the console (queue pane, conversation pane, status
/// bar) with Korean, Chinese, Persian and emoji text, compared with golden files. Names and
/// subjects are bidi fields, as in the console's queue: Persian is in visual order within
/// its column.
@Suite("Golden snapshots")
struct GoldenSnapshotTests {
    static let directory = GoldenFile.snapshotDirectory(forTestFile: #filePath)

    static func composition(size: Size) -> Canvas {
        let theme = ThemeLibrary.defaultTheme
        var canvas = Canvas(size: size, style: theme.style("default"))
        let rows = canvas.bounds.splitRows([.fill(), .fixed(1)])
        let panes = rows[0].splitColumns([.percent(45, minimum: 30), .fill()])

        let queue: [StyledLine] = [
            [Span("● ", style: theme.style("channel.email")), Span("김민준", style: theme.style("card.name"), field: .firstStrong),
             Span("  환불 요청드립니다 주문번호 20231105", style: theme.style("queue.row"), field: .firstStrong)],
            [Span("● ", style: theme.style("channel.chat")), Span("王芳", style: theme.style("card.name"), field: .firstStrong),
             Span("  我的包裹还没有到，请帮我查一下", style: theme.style("queue.row"), field: .firstStrong)],
            [Span("● ", style: theme.style("channel.social")), Span("مریم", style: theme.style("card.name"), field: .firstStrong),
             Span("  می\u{200C}خواهم سفارشم را لغو کنم", style: theme.style("queue.row"), field: .firstStrong)],
            [Span("● ", style: theme.style("channel.phone")), Span("Alex 👍🏽", style: theme.style("card.name"), field: .firstStrong),
             Span("  Call back about invoice \u{1B}]0;evil\u{07}", style: theme.style("queue.row"), field: .firstStrong)],
            [Span("● ", style: theme.style("channel.sms")), Span("佐藤", style: theme.style("card.name"), field: .firstStrong),
             Span("  ありがとうございました", style: theme.style("queue.row"), field: .firstStrong)],
        ]
        var state = ListState(itemCount: queue.count, visibleHeight: panes[0].height - 2)
        state.select(1)
        let queueFrame = Frame(title: "Queue (5) · 대기열", focused: true, theme: theme)
        canvas.render(queueFrame, in: panes[0])
        canvas.render(ListView(rows: queue, selectedStyle: theme.style("list.selected")), state: state,
                      in: queueFrame.inner(panes[0]))

        let conversationFrame = Frame(title: "王芳 — 我的包裹还没有到，请帮我查一下 (WeChat)", focused: false, theme: theme)
        canvas.render(conversationFrame, in: panes[1])
        let body = """
            09:12 王芳: 您好，我在十一月五日下的订单到现在还没有收到，物流信息也一直没有更新。\
            请问可以帮我查一下吗？谢谢！
            09:15 You: 您好王芳，非常抱歉给您带来不便。我马上为您查询物流状态。
            09:16 note: تماس با انبار — shipment stuck in customs 🇨🇳→🇰🇷
            """
        let text = TextView(lines: body.split(separator: "\n").map { StyledLine(String($0), style: theme.style("timeline.inbound")) })
        canvas.render(text, in: conversationFrame.inner(panes[1]))

        canvas.render(StatusBar(left: [Span(" QUEUE ", style: theme.style("status.key")), Span(" 5 open · 1 overdue", style: theme.style("status"))],
                                right: [Span("SLA 00:14:59 ", style: theme.style("status.alert"))],
                                style: theme.style("status")), in: rows[1])
        return canvas
    }

    @Test func consoleComposition80x24() {
        let canvas = Self.composition(size: Size(width: 80, height: 24))
        GoldenFile.assertMatches(canvas.plainText(), named: "composition-80x24", directory: Self.directory)
        GoldenFile.assertMatches(canvas.debugText(), named: "composition-80x24-debug", directory: Self.directory)
    }

    @Test(arguments: [46, 60, 120])
    func compositionNeverOverflowsAtOtherWidths(width: Int) {
        let canvas = Self.composition(size: Size(width: width, height: 12))
        for y in 0..<canvas.size.height {
            #expect(DisplayWidth.of(canvas.row(at: y)) == width)
        }
        GoldenFile.assertMatches(canvas.plainText(), named: "composition-\(width)x12", directory: Self.directory)
    }
}

@Suite("Golden file helper")
struct GoldenFileTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func missingFileIsWrittenButFails() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = GoldenFile.compare("hello\nworld", named: "x", directory: directory, recording: false)
        #expect(first == .missing(file: directory.appendingPathComponent("x.txt").path))
        #expect(!first.passed)
        #expect(first.message.contains("CONCORD_RECORD_SNAPSHOTS=1"))
        #expect(GoldenFile.compare("hello\nworld", named: "x", directory: directory, recording: false) == .match)
    }

    @Test func mismatchShowsALineDiff() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = GoldenFile.compare("a\nb\nc\nd\ne\nf\ng", named: "y", directory: directory, recording: true)
        let result = GoldenFile.compare("a\nb\nc\nD\ne\nf\ng  ", named: "y", directory: directory, recording: false)
        guard case .mismatch(_, let diff) = result else {
            Issue.record("expected a mismatch, got \(result)")
            return
        }
        #expect(diff == "  …\n  b\n  c\n- d\n+ D\n  e\n  f\n- g\n+ g··\n  ")
        #expect(!result.passed)
    }

    @Test func recordModeOverwritesAndPasses() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = GoldenFile.compare("old", named: "z", directory: directory, recording: true)
        let result = GoldenFile.compare("new", named: "z", directory: directory, recording: true)
        #expect(result.passed)
        #expect(try String(contentsOf: directory.appendingPathComponent("z.txt"), encoding: .utf8) == "new\n")
        #expect(GoldenFile.isRecording(environment: ["CONCORD_RECORD_SNAPSHOTS": "1"]))
        #expect(!GoldenFile.isRecording(environment: [:]))
    }
}
