import Testing
@testable import ConcordTerminal

@Suite("Layout")
struct LayoutTests {
    let screen = Rect(size: Size(width: 100, height: 30))

    @Test func rowsWithFixedAndFill() {
        let rows = screen.splitRows([.fixed(1), .fill(), .fixed(1)])
        #expect(rows.map(\.height) == [1, 28, 1])
        #expect(rows.map(\.y) == [0, 1, 29])
        #expect(rows.allSatisfy { $0.width == 100 })
    }

    @Test func columnsWithPercentFillAndMinimums() {
        let columns = screen.splitColumns([.percent(30, minimum: 40), .fill(), .fixed(25)])
        #expect(columns.map(\.width) == [40, 35, 25])
        #expect(columns.map(\.x) == [0, 40, 75])
    }

    @Test func fillWeightsShareTheRest() {
        let columns = Rect(x: 0, y: 0, width: 10, height: 1).splitColumns([.fill(1), .fill(2)])
        #expect(columns.map(\.width) == [4, 6])
        let uneven = Rect(x: 0, y: 0, width: 10, height: 1).splitColumns([.fill(), .fill(), .fill()])
        #expect(uneven.map(\.width) == [4, 3, 3])
    }

    @Test func fillMinimumTakesFromOtherFills() {
        let columns = Rect(x: 0, y: 0, width: 20, height: 1).splitColumns([.fill(3), .fill(1, minimum: 8)])
        #expect(columns.map(\.width) == [12, 8])
    }

    @Test func tooSmallShrinksLaterPartsFirstAndStaysInside() {
        let tiny = Rect(x: 5, y: 5, width: 10, height: 3)
        let columns = tiny.splitColumns([.fixed(6), .fixed(6), .fixed(6)])
        #expect(columns.map(\.width) == [6, 4, 0])
        #expect(columns.allSatisfy { tiny.contains($0) || $0.isEmpty })
        let rows = tiny.splitRows([.fixed(2), .fill(minimum: 5)])
        #expect(rows.map(\.height) == [2, 1])
    }

    @Test func spacingBetweenParts() {
        let columns = Rect(x: 0, y: 0, width: 21, height: 1).splitColumns([.fill(), .fill()], spacing: 1)
        #expect(columns.map(\.width) == [10, 10])
        #expect(columns.map(\.x) == [0, 11])
    }

    @Test func rectHelpers() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 5)
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 3))
        #expect(rect.inset(by: 10).isEmpty)
        #expect(rect.intersection(Rect(x: 0, y: 0, width: 5, height: 5)) == Rect(x: 2, y: 3, width: 3, height: 2))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 5, height: 5)).isEmpty)
        #expect(rect.dividedAtTop(2).top.height == 2)
        #expect(rect.dividedAtBottom(1).bottom == Rect(x: 2, y: 7, width: 10, height: 1))
        #expect(rect.dividedAtLeft(3).rest == Rect(x: 5, y: 3, width: 7, height: 5))
        #expect(rect.dividedAtRight(3).right == Rect(x: 9, y: 3, width: 3, height: 5))
        #expect(rect.centered(Size(width: 4, height: 1)) == Rect(x: 5, y: 5, width: 4, height: 1))
        #expect(rect.contains(Point(x: 11, y: 7)))
        #expect(!rect.contains(Point(x: 12, y: 7)))
    }
}
