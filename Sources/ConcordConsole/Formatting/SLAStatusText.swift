import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The status bar's SLA countdown for the selected conversation: what the agent must beat
/// next and how long is left ("first reply in 1h 05m"), or how late it already is, coloured by
/// risk; it ticks with the clock.
enum SLAStatusText {
    static func line(_ sla: ConversationSLA?, at now: Date, theme: Theme) -> StyledLine {
        guard let sla else { return StyledLine() }
        let clock = sla.clock
        if let next = clock.nextDue, let left = next.timeLeft(at: now) {
            let risk = next.risk(at: now, calendar: clock.calendar)
            let text = left >= 0 ? "\(next.kind.label) in \(DurationText.short(left))"
                                 : "\(next.kind.label) overdue \(DurationText.short(-left))"
            return StyledLine(text, style: theme.style(styleName(risk)))
        }
        if clock.measures.contains(where: { if case .paused = $0.state { true } else { false } }) {
            return StyledLine("SLA paused: pending on the customer", style: theme.style("status"))
        }
        if let missed = clock.measures.last(where: { $0.state == .missed }) {
            return StyledLine("\(missed.kind.label) was late", style: theme.style("status.sla.risk"))
        }
        return StyledLine()
    }

    static func styleName(_ risk: SLAMeasure.Risk) -> String {
        switch risk {
        case .none, .onTrack: "status.sla"
        case .atRisk: "status.sla.risk"
        case .breached: "status.sla.breached"
        }
    }
}
