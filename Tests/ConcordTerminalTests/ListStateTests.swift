import Testing
@testable import ConcordTerminal

@Suite("List state")
struct ListStateTests {
    @Test func movesAndClampsAtTheEnds() {
        var state = ListState(itemCount: 5, visibleHeight: 3, scrollMargin: 0)
        #expect(state.selected == 0)
        state.move(by: -1)
        #expect(state.selected == 0)
        state.move(by: 3)
        #expect(state.selected == 3)
        state.move(by: 10)
        #expect(state.selected == 4)
        #expect(state.visibleRange == 2..<5)
    }

    @Test func keepsTheSelectionVisibleWithAMargin() {
        var state = ListState(itemCount: 100, visibleHeight: 10, scrollMargin: 2)
        for _ in 0..<7 { state.move(by: 1) }
        #expect(state.selected == 7)
        #expect(state.offset == 0)
        state.move(by: 1) // 8: would be within 2 of the bottom edge
        #expect(state.offset == 1)
        #expect(state.visibleRange.contains(state.selected!))
        for _ in 0..<50 {
            state.move(by: 1)
            let selected = state.selected!
            #expect(selected - state.offset >= 2)
            #expect(state.offset + 9 - selected >= 2)
        }
        // Moving back up does not scroll until the margin is reached.
        let offset = state.offset
        state.move(by: -5)
        #expect(state.offset == offset)
    }

    @Test func pagesByTheVisibleHeight() {
        var state = ListState(itemCount: 100, visibleHeight: 10, scrollMargin: 0)
        state.pageDown()
        #expect(state.selected == 10)
        #expect(state.offset == 10)
        state.pageDown()
        #expect(state.selected == 20)
        state.pageUp()
        #expect(state.selected == 10)
        state.halfPage(down: true)
        #expect(state.selected == 15)
        state.end()
        #expect(state.selected == 99)
        #expect(state.offset == 90)
        state.pageDown()
        #expect(state.selected == 99)
        state.home()
        #expect(state.selected == 0)
        #expect(state.offset == 0)
    }

    @Test func emptyListsAndShrinkingData() {
        var state = ListState(itemCount: 0, visibleHeight: 5)
        #expect(state.selected == nil)
        state.move(by: 1)
        #expect(state.selected == nil)
        state.setItemCount(3)
        #expect(state.selected == 0)
        state.end()
        state.setItemCount(2)
        #expect(state.selected == 1)
        state.setItemCount(0)
        #expect(state.selected == nil)
        #expect(state.visibleRange.isEmpty)
    }

    @Test func resizingTheViewportKeepsTheSelectionVisible() {
        var state = ListState(itemCount: 50, visibleHeight: 20)
        state.select(30)
        state.setVisibleHeight(5)
        #expect(state.visibleRange.contains(30))
        let copy = state.withVisibleHeight(2)
        #expect(copy.visibleRange.contains(30))
    }
}
