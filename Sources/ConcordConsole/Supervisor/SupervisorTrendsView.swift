import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The pictures that read faster than numbers, beyond the per-queue bars and per-channel
/// sparklines: satisfaction per day and all arrivals per hour. A framed pane of three lines
/// in the wide layout, one line between the panes in the narrow one.
enum SupervisorTrendsView {
    static func render(_ state: SupervisorState, in rect: Rect, mode: SupervisorLayout.Mode, into canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let theme = state.presentation.theme
        if mode == .narrow {
            canvas.withRegion(rect) { region in
                region.fill(style: theme.style("default"))
                region.draw(strip(state, width: rect.width).truncated(toWidth: rect.width), at: .zero)
            }
            return
        }
        let frame = Frame(title: "Trends", focused: false, theme: theme, borders: state.presentation.borders)
        canvas.render(frame, in: rect)
        let inner = frame.inner(rect)
        canvas.withRegion(inner) { region in
            for (row, line) in lines(state, width: inner.width).enumerated() where row < inner.height {
                region.draw(line.truncated(toWidth: inner.width), at: Point(x: 0, y: row))
            }
        }
    }

    static func averages(_ overview: SupervisorOverview) -> [Double?] {
        overview.satisfaction.map(\.average)
    }

    static func score(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "—"
    }

    /// "CSAT 14d ▅▆▇ ▅▃▆ 4.3 (212)  New/h 24h ▁▂▃▅▇█ 318".
    static func strip(_ state: SupervisorState, width: Int) -> StyledLine {
        let theme = state.presentation.theme
        let overview = state.overview
        let summary = overview.satisfactionSummary
        let arrivals = overview.allArrivals
        let long = width >= 96
        return StyledLine([
            Span(long ? " Satisfaction \(overview.satisfaction.count) days " : " CSAT \(overview.satisfaction.count)d ",
                 style: theme.style("supervisor.column")),
            Span(Sparkline.text(averages(overview), range: 1...5), style: theme.style("supervisor.satisfaction"), field: .leftToRight),
            Span(" \(score(summary.average)) (\(summary.ratings))", style: theme.style("default"), field: .leftToRight),
            Span(long ? "   New conversations per hour \(arrivals.count) h " : "  New/h \(arrivals.count)h ",
                 style: theme.style("supervisor.column")),
            Span(Sparkline.text(arrivals), style: theme.style("supervisor.spark"), field: .leftToRight),
            Span(" \(arrivals.reduce(0, +))", style: theme.style("default"), field: .leftToRight),
        ])
    }

    /// The wide pane's lines: the satisfaction trend with its numbers, arrivals with their
    /// peak, and each day's average.
    static func lines(_ state: SupervisorState, width: Int) -> [StyledLine] {
        let theme = state.presentation.theme
        let overview = state.overview
        let summary = overview.satisfactionSummary
        let label = { (text: String) in Span(TextMeasure.padded(text, toWidth: 34), style: theme.style("supervisor.column")) }
        var satisfaction = StyledLine([
            label(" Satisfaction, last \(overview.satisfaction.count) days"),
            Span(Sparkline.text(averages(overview), range: 1...5), style: theme.style("supervisor.satisfaction"), field: .leftToRight),
            Span("  average \(score(summary.average)) of 5 from \(summary.ratings) rating\(summary.ratings == 1 ? "" : "s")",
                 style: theme.style("default"), field: .leftToRight),
        ])
        if let today = overview.satisfaction.last {
            satisfaction.append(Span(" · today \(score(today.average)) (\(today.ratings))", style: theme.style("default"),
                                     field: .leftToRight))
        }
        let arrivals = overview.allArrivals
        var arrivalLine = StyledLine([
            label(" New conversations per hour, \(arrivals.count) h"),
            Span(Sparkline.text(arrivals), style: theme.style("supervisor.spark"), field: .leftToRight),
            Span("  \(arrivals.reduce(0, +)) in \(arrivals.count) h", style: theme.style("default"), field: .leftToRight),
        ])
        if let peak = arrivals.max(), peak > 0, let hour = arrivals.lastIndex(of: peak) {
            let ago = arrivals.count - 1 - hour
            arrivalLine.append(Span(" · busiest hour \(peak) (\(ago == 0 ? "this hour" : "\(ago) h ago"))",
                                    style: theme.style("default"), field: .leftToRight))
            if ago > 0 { arrivalLine.append(Span(" · this hour \(arrivals.last ?? 0)", style: theme.style("default"), field: .leftToRight)) }
        }
        var days = StyledLine([label(" Per day")])
        for day in overview.satisfaction {
            let name = String(state.presentation.clock.weekdayAndTime(day.day).prefix(3))
            days.append(Span("\(name) ", style: theme.style("dim")))
            days.append(Span(score(day.average) + "  ", style: theme.style(day.average.map { $0 < 3 ? "supervisor.sla.breached" : "default" }
                                                                             ?? "dim"), field: .leftToRight))
        }
        return [satisfaction, arrivalLine, days]
    }
}
