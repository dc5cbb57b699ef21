import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Draws the whole console for a state. A pure function of the state: the same state always
/// gives the same screen, which is what makes golden snapshot tests possible.
public enum ConsoleView {
    public static func render(_ state: ConsoleState, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        canvas.bidiMode = state.presentation.bidiMode
        canvas.fill(canvas.bounds, style: theme.style("default"))
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            let minimum = ConsoleLayout.minimumSize
            let text = "The terminal is \(state.size.width)x\(state.size.height); Concord needs at least \(minimum.width)x\(minimum.height)."
            for (row, line) in TextWrapper.wrap(text, width: max(1, canvas.size.width)).enumerated() where row < canvas.size.height {
                canvas.draw(line, at: Point(x: 0, y: row))
            }
            return
        }
        renderHeader(state, layout: layout, into: &canvas)
        for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            renderPane(pane, rect: rect, state: state, into: &canvas)
        }
        renderStatus(state, layout: layout, into: &canvas)
        if state.search != nil { SearchOverlayView.render(state, into: &canvas) }
        if let line = state.commandLine, !line.candidates.isEmpty { renderCandidates(line, state: state, layout: layout, into: &canvas) }
        if state.showsHelp { HelpOverlayView.render(state, into: &canvas) }
    }

    private static func renderHeader(_ state: ConsoleState, layout: ConsoleLayout, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        let queue = state.queue
        var left = StyledLine([
            Span(" Concord ", style: theme.style("status.key")),
            Span(" \(state.presentation.agentName) · \(queue.total) \(state.queueFilter.isEmpty ? "open" : "shown") · by \(orderingName(queue.ordering))",
                 style: theme.style("status")),
        ])
        if state.viewName != "all" || !state.queueFilter.isEmpty {
            let view = state.viewName == "filter" ? state.queueFilter.summary : state.viewName
            left.append(Span(" · ", style: theme.style("status")))
            left.append(Span(view, style: theme.style("status.key")))
        }
        if !queue.marked.isEmpty {
            left.append(Span(" · \(queue.marked.count) marked", style: theme.style("status.alert")))
        }
        let right = StyledLine("\(state.presentation.storeLabel)  \(state.presentation.clock.weekdayAndTime(state.now)) ",
                               style: theme.style("status"))
        canvas.render(StatusBar(left: left, right: right, style: theme.style("status")), in: layout.header)
    }

    private static func renderStatus(_ state: ConsoleState, layout: ConsoleLayout, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        if let prompt = state.prompt {
            canvas.render(StatusBar(left: promptLine(label: prompt.label, text: prompt.text, width: layout.status.width, theme: theme),
                                    right: StyledLine(), style: theme.style("status")), in: layout.status)
            return
        }
        if let line = state.commandLine {
            canvas.render(StatusBar(left: promptLine(label: ":", text: line.text, width: layout.status.width, theme: theme),
                                    right: StyledLine("Tab completes ", style: theme.style("dim")), style: theme.style("status")),
                          in: layout.status)
            return
        }
        let left: StyledLine
        if let message = state.statusMessage {
            left = StyledLine(" " + message.text, style: theme.style(message.kind == .error ? "error" : "status"))
        } else {
            left = KeyHints.line(state)
        }
        var right = StyledLine()
        if let count = state.pendingCount { right.append(Span("\(count) ", style: theme.style("status.key"))) }
        right = right + SLAStatusText.line(state.sla, at: state.now, theme: theme)
        if !right.spans.isEmpty { right.append(Span(" · ", style: theme.style("status"))) }
        right.append(Span("\(state.focus.title) ", style: theme.style("status")))
        canvas.render(StatusBar(left: left, right: right, style: theme.style("status")), in: layout.status)
    }

    /// The question and what has been typed, its end always in view (the caret is there).
    static func promptLine(label question: String, text: String, width: Int, theme: Theme) -> StyledLine {
        let label = " " + question
        let room = max(1, width - TextMeasure.width(of: label) - 2)
        var shown = Substring(text)
        while TextMeasure.width(of: shown) > room, !shown.isEmpty { shown = shown.dropFirst() }
        let lead = shown.count < text.count ? "…" : ""
        if !lead.isEmpty, !shown.isEmpty { shown = shown.dropFirst() }
        // The answer is its own bidi field, typed text: a Persian answer reads right to left
        // with the caret at its left end, where the next letter will appear.
        return StyledLine([Span(label, style: theme.style("status.key")),
                           Span(lead + shown, style: theme.style("status"), field: .typed),
                           Span("▏", style: theme.style("status"))])
    }

    /// The completion candidates, on the row above the status bar (like vim's wildmenu), the
    /// current one highlighted.
    private static func renderCandidates(_ line: CommandLineModel, state: ConsoleState, layout: ConsoleLayout, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        let row = Rect(x: 0, y: layout.status.y - 1, width: layout.status.width, height: 1)
        var text = StyledLine(" ")
        for (index, candidate) in line.candidates.enumerated() {
            text.append(Span(candidate, style: theme.style(index == line.candidateIndex ? "list.selected" : "status")))
            text.append(Span("  ", style: theme.style("status")))
        }
        canvas.render(StatusBar(left: text, right: StyledLine(), style: theme.style("status")), in: row)
    }

    private static func renderPane(_ pane: Pane, rect: Rect, state: ConsoleState, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        let focused = state.focus == pane
        let frame = Frame(title: title(pane, state: state), focused: focused, theme: theme, borders: state.presentation.borders)
        canvas.render(frame, in: rect)
        let inner = frame.inner(rect)
        guard !inner.isEmpty else { return }
        canvas.withRegion(inner) { region in
            switch pane {
            case .queue:
                renderQueue(state, focused: focused, into: &region)
            case .timeline:
                var body = region.bounds
                if let banner = presenceBanner(state) {
                    // Above the timeline, where the agent looks before answering: someone else is here.
                    region.fill(Rect(x: 0, y: 0, width: region.size.width, height: 1), style: banner.spans.first?.style ?? theme.style("status"))
                    region.draw(banner, at: .zero)
                    body = Rect(x: 0, y: 1, width: region.size.width, height: max(0, region.size.height - 1))
                }
                region.withRegion(body) { region in
                    let document = state.timelineDocument
                    if document.lines.isEmpty {
                        region.draw(StyledLine(state.queue.rows.isEmpty ? "No open conversations." : "Loading…", style: theme.style("dim")),
                                    at: .zero)
                    } else {
                        let bottom = max(0, document.lines.count - region.size.height)
                        drawLines(document.lines, top: min(state.timelineTop ?? bottom, bottom), into: &region)
                    }
                }
            case .card:
                let lines = CardDocument.lines(detail: state.detail, now: state.now, width: region.size.width,
                                               presentation: state.presentation, selectedPromise: state.selectedPromise)
                drawLines(lines, top: state.cardTop, into: &region)
            case .suggestions:
                let lines = SuggestionsDocument.lines(state, width: region.size.width, height: region.size.height)
                var top = state.suggestionsTop
                // While typing, the end of the draft (the caret) stays in view.
                if state.isEditingDraft, let caret = SuggestionsDocument.caretLine(in: lines) {
                    top = min(max(top, caret - region.size.height + 1), caret)
                }
                drawLines(lines, top: top, into: &region)
            }
        }
    }

    /// "Also here: 박민아 writing, Omar Haddad viewing #3 email", when colleagues have the open customer on screen.
    private static func presenceBanner(_ state: ConsoleState) -> StyledLine? {
        guard let customer = state.detail?.customer.id, state.team.othersCustomer == customer else { return nil }
        let summary = state.team.summary(focused: state.focusedConversation)
        guard !summary.isEmpty else { return nil }
        let writing = state.team.others.contains { $0.activity == .drafting && $0.conversation == state.focusedConversation }
        return StyledLine(" Also here: " + TerminalSanitizer.sanitize(summary) + " ",
                          style: state.presentation.theme.style(writing ? "status.alert" : "status.key"))
    }

    private static func renderQueue(_ state: ConsoleState, focused: Bool, into region: inout CanvasRegion) {
        let theme = state.presentation.theme
        let rows = state.queue.rows
        guard !rows.isEmpty else {
            region.draw(StyledLine(state.queue.isLoading ? "Loading…" : "No open conversations.", style: theme.style("dim")), at: .zero)
            return
        }
        let width = region.size.width - (rows.count > region.size.height ? 1 : 0)
        let list = ListView(
            itemCount: rows.count,
            row: { QueueRowFormatter.line(rows[$0], width: width, now: state.now, theme: theme, policies: state.policies,
                                          marked: state.queue.marked.contains(rows[$0].id)) },
            style: theme.style("default"),
            selectedStyle: theme.style(focused ? "list.selected" : "list.selected.unfocused"))
        list.render(into: &region, state: state.queue.list)
    }

    static func drawLines(_ lines: [StyledLine], top: Int, into region: inout CanvasRegion) {
        let height = region.size.height
        let start = min(max(0, top), max(0, lines.count - 1))
        for row in 0..<height where start + row < lines.count {
            region.draw(lines[start + row], at: Point(x: 0, y: row))
        }
    }

    private static func title(_ pane: Pane, state: ConsoleState) -> String {
        switch pane {
        case .queue:
            let position = state.queue.list.selected.map { "\($0 + 1)/\(state.queue.total)" } ?? "0"
            return "Queue \(position)"
        case .timeline:
            guard let detail = state.detail else { return "Timeline" }
            let scope = state.timelineScope == .customer ? "all channels" : "this case"
            return "\(detail.customer.name.displayName) · \(scope)"
        case .card:
            return "Customer"
        case .suggestions:
            return "Suggestions"
        }
    }

    static func orderingName(_ ordering: QueueQuery.Ordering) -> String {
        switch ordering {
        case .dueFirst: "due"
        case .priority: "priority"
        case .longestWait: "wait"
        case .recent: "recent"
        case .sentiment: "sentiment"
        }
    }
}
