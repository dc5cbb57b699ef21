/// Selection and scroll position of a list, kept by the app between frames (like ratatui's
/// `ListState`). Every move keeps the selection visible with ``scrollMargin`` rows of
/// context above and below it where the list allows, as vim's `scrolloff` does.
///
/// The state knows the number of items and the viewport height because both decide where
/// the selection may go; the app updates them when its data or layout changes.
///
/// ```swift
/// var state = ListState(itemCount: conversations.count, visibleHeight: 20)
/// state.move(by: 1)      // j
/// state.pageDown()       // <C-d>
/// state.end()            // G
/// ```
public struct ListState: Hashable, Sendable {
    /// The selected index, nil only when the list is empty.
    public private(set) var selected: Int?
    /// Index of the first visible row.
    public private(set) var offset: Int
    public private(set) var itemCount: Int
    /// Rows the list shows; at least 1.
    public private(set) var visibleHeight: Int
    /// Rows of context kept between the selection and the viewport's edges.
    public var scrollMargin: Int {
        didSet { keepSelectionVisible() }
    }

    public init(itemCount: Int = 0, selected: Int? = 0, visibleHeight: Int = 1, scrollMargin: Int = 2) {
        self.itemCount = max(0, itemCount)
        self.visibleHeight = max(1, visibleHeight)
        self.scrollMargin = max(0, scrollMargin)
        self.offset = 0
        self.selected = nil
        select(selected)
    }

    /// The item indices currently on screen.
    public var visibleRange: Range<Int> {
        offset..<min(itemCount, offset + visibleHeight)
    }

    /// Selects an index (clamped to the list); nil selects the first item of a non-empty list.
    public mutating func select(_ index: Int?) {
        guard itemCount > 0 else {
            selected = nil
            offset = 0
            return
        }
        selected = min(max(0, index ?? 0), itemCount - 1)
        keepSelectionVisible()
    }

    /// Moves the selection by `delta` items (negative moves up), stopping at the ends.
    public mutating func move(by delta: Int) {
        guard let selected else { return select(0) }
        select(selected + delta)
    }

    /// Moves down by one viewport height (keeps the selection's position on screen when the
    /// list can scroll that far, like a pager).
    public mutating func pageDown() {
        page(by: visibleHeight)
    }

    /// Moves up by one viewport height.
    public mutating func pageUp() {
        page(by: -visibleHeight)
    }

    /// Moves by half a viewport (vim's <C-d>/<C-u>).
    public mutating func halfPage(down: Bool) {
        page(by: down ? max(1, visibleHeight / 2) : -max(1, visibleHeight / 2))
    }

    public mutating func home() {
        select(0)
    }

    public mutating func end() {
        select(itemCount - 1)
    }

    /// Updates the number of items (data changed); the selection stays on the same index
    /// when it still exists, else moves to the last item.
    public mutating func setItemCount(_ count: Int) {
        itemCount = max(0, count)
        select(selected)
    }

    /// Updates the viewport height (layout changed, terminal resized).
    public mutating func setVisibleHeight(_ height: Int) {
        visibleHeight = max(1, height)
        keepSelectionVisible()
    }

    /// A copy adjusted to another viewport height: what a view draws when the layout has
    /// changed before the app stored the new height.
    public func withVisibleHeight(_ height: Int) -> ListState {
        var copy = self
        copy.setVisibleHeight(height)
        return copy
    }

    private mutating func page(by delta: Int) {
        guard let current = selected else { return select(0) }
        let target = min(max(0, current + delta), max(0, itemCount - 1))
        let maxOffset = max(0, itemCount - visibleHeight)
        offset = min(max(0, offset + (target - current)), maxOffset)
        selected = target
        keepSelectionVisible()
    }

    private mutating func keepSelectionVisible() {
        let maxOffset = max(0, itemCount - visibleHeight)
        guard let selected else {
            offset = 0
            return
        }
        let margin = min(scrollMargin, (visibleHeight - 1) / 2)
        if selected - margin < offset {
            offset = selected - margin
        } else if selected + margin >= offset + visibleHeight {
            offset = selected + margin - visibleHeight + 1
        }
        offset = min(max(0, offset), maxOffset)
    }
}
