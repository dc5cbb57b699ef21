/// Scroll position of a text view (a timeline, a message body), kept by the app. Offsets
/// count wrapped display rows.
public struct ScrollState: Hashable, Sendable {
    /// First visible row.
    public private(set) var offset: Int
    /// Rows of content (after wrapping).
    public private(set) var contentHeight: Int
    /// Rows the view shows; at least 1.
    public private(set) var visibleHeight: Int

    public init(offset: Int = 0, contentHeight: Int = 0, visibleHeight: Int = 1) {
        self.offset = offset
        self.contentHeight = max(0, contentHeight)
        self.visibleHeight = max(1, visibleHeight)
        clamp()
    }

    public var maxOffset: Int { max(0, contentHeight - visibleHeight) }
    public var isAtTop: Bool { offset == 0 }
    public var isAtBottom: Bool { offset >= maxOffset }

    public mutating func scroll(by rows: Int) {
        offset += rows
        clamp()
    }

    public mutating func pageDown() { scroll(by: max(1, visibleHeight - 1)) }
    public mutating func pageUp() { scroll(by: -max(1, visibleHeight - 1)) }
    public mutating func home() { offset = 0 }
    public mutating func end() { offset = maxOffset }

    /// Scrolls the least amount that shows `row`.
    public mutating func reveal(row: Int) {
        if row < offset { offset = row } else if row >= offset + visibleHeight { offset = row - visibleHeight + 1 }
        clamp()
    }

    /// Updates content and viewport sizes; with `followEnd`, a view that was at the bottom
    /// stays at the bottom (new messages arriving in a timeline).
    public mutating func update(contentHeight: Int, visibleHeight: Int, followEnd: Bool = false) {
        let wasAtBottom = isAtBottom
        self.contentHeight = max(0, contentHeight)
        self.visibleHeight = max(1, visibleHeight)
        if followEnd && wasAtBottom { offset = maxOffset }
        clamp()
    }

    private mutating func clamp() {
        offset = min(max(0, offset), maxOffset)
    }
}
