import Testing
@testable import ConcordTerminal

@Suite("Memory backend")
struct MemoryBackendTests {
    @Test func aOneRowChangePresentsOnlyAHandfulOfCells() throws {
        let backend = MemoryBackend(size: Size(width: 160, height: 45))
        let app = try CounterApp()
        var canvas = Canvas(size: backend.size)
        app.render(into: &canvas)
        backend.present(canvas)
        #expect(backend.lastChangedCellCount == 160 * 45)
        app.list.move(by: 1) // selection moves one row down
        canvas.clear()
        app.render(into: &canvas)
        backend.present(canvas)
        // Two rows change style (old and new selection): at most 2 * 160 cells, in practice
        // the whole width of both rows, and nothing else.
        let changed = try #require(backend.lastChangedCellCount)
        #expect(changed > 0)
        #expect(changed <= 2 * 160)
        canvas.clear()
        app.render(into: &canvas)
        backend.present(canvas)
        #expect(backend.lastChangedCellCount == 0)
    }

    @Test func cursorMoveInAnInputLineChangesNoCells() {
        let backend = MemoryBackend(size: Size(width: 40, height: 2))
        var editor = LineEditor(text: "환불 요청")
        for step in 0..<2 {
            var canvas = Canvas(size: backend.size)
            canvas.render(InputLine(prompt: "> ", editor: editor), in: Rect(x: 0, y: 1, width: 40, height: 1))
            backend.present(canvas)
            if step == 1 { #expect(backend.lastChangedCellCount == 0) }
            editor.moveLeft()
        }
        #expect(backend.frames[0].cursor != backend.frames[1].cursor)
    }

    @Test func scriptedIdleAdvancesVirtualTimeOnly() {
        let backend = MemoryBackend(size: Size(width: 10, height: 2))
        backend.script([.idle(.milliseconds(250)), .event(.key(.enter))])
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == nil)
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == nil)
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == nil)
        #expect(backend.clock.now == .milliseconds(250))
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == .key(.enter))
        #expect(backend.isInputClosed)
    }

    @Test func resizeChangesTheSize() {
        let backend = MemoryBackend(size: Size(width: 10, height: 2))
        backend.resize(to: Size(width: 20, height: 4))
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .resize(Size(width: 20, height: 4)))
        #expect(backend.size == Size(width: 20, height: 4))
    }
}
