import Foundation
import ConcordStore
import ConcordTerminal

/// The `/` results: one row per matching message (channel, date, customer, subject or the
/// matching words), newest first as the store returns them; Enter opens the hit on the
/// timeline.
enum SearchOverlayView {
    /// The overlay's size for a screen: nearly all of it, so a long list is worth scrolling.
    static func boxSize(for screen: Size) -> Size {
        Size(width: max(20, min(120, screen.width - 4)), height: max(6, screen.height - 4))
    }

    /// Rows of hits inside the box (the last row says what the keys do).
    static func listHeight(for screen: Size) -> Int {
        max(1, boxSize(for: screen).height - 3)
    }

    static func render(_ state: ConsoleState, into canvas: inout Canvas) {
        guard let search = state.search else { return }
        let theme = state.presentation.theme
        let title = "Search · \(search.query) · \(search.hits.count) found\(search.hits.count == 200 ? " (the first 200)" : "")"
        let overlay = Overlay(title: title, size: boxSize(for: canvas.size), theme: theme, borders: state.presentation.borders)
        canvas.render(overlay, in: canvas.bounds)
        let inside = overlay.contentRect(in: canvas.bounds)
        guard inside.height > 1 else { return }
        let listRect = Rect(x: inside.x, y: inside.y, width: inside.width, height: inside.height - 1)
        let hits = search.hits
        var list = search.list
        list.setVisibleHeight(listRect.height)
        let view = ListView(
            itemCount: hits.count,
            row: { row(hits[$0], width: listRect.width, state: state) },
            style: theme.style("default"), selectedStyle: theme.style("list.selected"))
        canvas.withRegion(listRect) { region in view.render(into: &region, state: list) }
        let hint = StyledLine([Span("Enter", style: theme.style("help.key")), Span(" open on the timeline  ", style: theme.style("dim")),
                               Span("j/k", style: theme.style("help.key")), Span(" move  ", style: theme.style("dim")),
                               Span("Esc", style: theme.style("help.key")), Span(" close", style: theme.style("dim"))])
        canvas.draw(hint.truncated(toWidth: inside.width), at: Point(x: inside.x, y: inside.maxY - 1))
    }

    static func row(_ hit: SearchHit, width: Int, state: ConsoleState) -> StyledLine {
        let theme = state.presentation.theme
        var line = StyledLine([Span(ChannelTag.tag(hit.channel), style: theme.style(ChannelTag.styleName(hit.channel))), Span(" ")])
        line.append(Span(state.presentation.clock.dayAndTime(hit.sentAt), style: theme.style("timeline.time"), field: .leftToRight))
        line.append(Span("  "))
        // Name and words are bidi fields of their own, so a Persian name never trades places with the date.
        line.append(Span(TextMeasure.padded(hit.customerName, toWidth: min(18, max(8, width / 5))), style: theme.style("queue.row"),
                         field: .firstStrong))
        line.append(Span(" ", field: .leftToRight))
        var words = StyledLine()
        if let subject = hit.subject, !subject.isEmpty { words.append(Span(subject + " · ", style: theme.style("timeline.subject"))) }
        words.append(Span(hit.snippet.replacingOccurrences(of: "\n", with: " "), style: theme.style("default")))
        let room = max(0, width - line.width)
        return line + words.truncated(toWidth: room).startingField(.firstStrong)
    }
}
