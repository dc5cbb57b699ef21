import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The rows of the supervisor's panes, each with its column heading. Numbers are right-aligned
/// in fixed columns so a column of waits reads down; names, subjects and team names come from
/// outside and are sanitised before they are measured, and each is a bidi field of its own so
/// a Persian name stays in its column in visual order.
enum SupervisorRows {
    static let nameWidth = 12
    /// Waiting, oldest, breaching soon, breached, overdue promises.
    static let numberWidths = [6, 8, 6, 6, 6]

    static func safe(_ text: String) -> String {
        TerminalSanitizer.sanitize(text)
    }

    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextMeasure.width(of: text))) + text
    }

    // MARK: Queue panes

    static func queueHeading(first: String, riskWindow: TimeInterval, rest: String, theme: Theme) -> StyledLine {
        let soon = "<" + DurationText.short(riskWindow)
        let numbers = zip(["Wait", "Oldest", soon, "Late", "Prom."], numberWidths).map { right($0, $1) }.joined()
        return StyledLine(TextMeasure.padded(first, toWidth: nameWidth) + numbers + "  " + rest, style: theme.style("supervisor.column"))
    }

    /// The five numbers of a queue, each coloured when it calls for attention.
    static func numbers(_ health: QueueHealth, now: Date, theme: Theme) -> StyledLine {
        var line = StyledLine()
        let oldest = health.oldestWait(at: now)
        let values: [(String, String)] = [
            ("\(health.waiting)", health.waiting > 0 ? "default" : "dim"),
            (oldest.map(DurationText.short) ?? "·", oldest.map { $0 >= 3600 ? "queue.wait.long" : "default" } ?? "dim"),
            ("\(health.breachingSoon)", health.breachingSoon > 0 ? "supervisor.sla.risk" : "dim"),
            ("\(health.breached)", health.breached > 0 ? "supervisor.sla.breached" : "dim"),
            ("\(health.overduePromises)", health.overduePromises > 0 ? "card.promise.overdue" : "dim"),
        ]
        for ((text, style), width) in zip(values, numberWidths) {
            line.append(Span(right(text, width), style: theme.style(style), field: .leftToRight))
        }
        return line
    }

    static func teamHeading(width: Int, riskWindow: TimeInterval, theme: Theme) -> StyledLine {
        queueHeading(first: "Team", riskWindow: riskWindow, rest: "SLA  \(HealthBar.onTime) on time \(HealthBar.atRisk) at risk "
                     + "\(HealthBar.breached) late", theme: theme).truncated(toWidth: width)
    }

    /// "support  12  2h 05m  3  1  0  ████▒░  67%".
    static func team(_ health: QueueHealth, width: Int, now: Date, theme: Theme) -> StyledLine {
        let name = switch health.scope {
        case .all: "All teams"
        case .team(let team): safe(team)
        case .channel(let channel): channel.label
        }
        var line = StyledLine([Span(TextMeasure.padded(name, toWidth: nameWidth),
                                    style: theme.style(health.scope == .all ? "supervisor.column" : "default"), field: .firstStrong)])
        line = line + numbers(health, now: now, theme: theme)
        let share = health.sla.onTimeShare.map { right("\(Int(($0 * 100).rounded(.down)))%", 5) } ?? right("·", 5)
        let barWidth = max(0, width - line.width - 2 - 5)
        line.append(Span("  ", style: theme.style("default")))
        line = line + HealthBar.line(health.sla, width: barWidth, theme: theme)
        line.append(Span(share, style: theme.style(health.sla.onTimeShare == nil ? "dim" : "default"), field: .leftToRight))
        return line
    }

    static func channelHeading(width: Int, hours: Int, riskWindow: TimeInterval, theme: Theme) -> StyledLine {
        queueHeading(first: "Channel", riskWindow: riskWindow, rest: "New per hour, \(hours) h to now", theme: theme)
            .truncated(toWidth: width)
    }

    /// "WA WhatsApp  3  12m  0  0  0  ▁ ▂▃▅█  41".
    static func channel(_ health: QueueHealth, arrivals: ArrivalSeries?, width: Int, now: Date, theme: Theme) -> StyledLine {
        guard case .channel(let channel) = health.scope else { return StyledLine() }
        var line = StyledLine([
            Span(ChannelTag.tag(channel), style: theme.style(ChannelTag.styleName(channel))),
            Span(" " + TextMeasure.padded(channel.label, toWidth: nameWidth - 3), style: theme.style("default")),
        ])
        line = line + numbers(health, now: now, theme: theme)
        line.append(Span("  ", style: theme.style("default")))
        let counts = arrivals?.counts ?? []
        let room = max(0, width - line.width - 5)
        let shown = Array(counts.suffix(room))
        line.append(Span(Sparkline.text(shown), style: theme.style("supervisor.spark"), field: .leftToRight))
        line.append(Span(right("\(arrivals?.total ?? 0)", 5), style: theme.style("default"), field: .leftToRight))
        return line
    }

    // MARK: Conversations

    /// "late 12d 23h" and a space before it.
    static let dueWidth = 13

    static func conversationColumns(width: Int) -> (name: Int, assignee: Int, subject: Int) {
        let name = min(18, max(8, width / 5))
        let assignee = 11
        let subject = max(0, width - 3 - 7 - name - 1 - assignee - 8 - dueWidth)
        return (name, assignee, subject)
    }

    static func conversationHeading(width: Int, theme: Theme) -> StyledLine {
        let columns = conversationColumns(width: width)
        let text = "   " + TextMeasure.padded("Id", toWidth: 7) + TextMeasure.padded("Customer", toWidth: columns.name) + " "
            + TextMeasure.padded("Subject", toWidth: columns.subject) + " " + TextMeasure.padded("Assignee", toWidth: columns.assignee - 1)
            + right("Wait", 8) + right("Due", dueWidth)
        return StyledLine(text, style: theme.style("supervisor.column")).truncated(toWidth: width)
    }

    /// "WA! #1042  مریم احمدی  Double charge…  @neda  1h 23m  late 3m".
    static func conversation(_ item: QueueItem, logins: [AgentID: String], width: Int, now: Date, riskWindow: TimeInterval,
                             theme: Theme) -> StyledLine {
        let conversation = item.conversation
        let columns = conversationColumns(width: width)
        let channel = conversation.originChannel
        let urgent = conversation.priority >= .high
        var line = StyledLine([
            Span(ChannelTag.tag(channel), style: theme.style(ChannelTag.styleName(channel))),
            Span(urgent ? "!" : conversation.priority == .low ? "↓" : " ", style: theme.style(urgent ? "status.alert" : "dim")),
            Span(TextMeasure.padded("#\(conversation.id)", toWidth: 7), style: theme.style("dim"), field: .leftToRight),
            Span(TextMeasure.padded(safe(item.customerName.displayName), toWidth: columns.name), style: theme.style("default"),
                 field: .firstStrong),
            Span(" ", style: theme.style("default")),
        ])
        var subject = StyledLine()
        if item.overduePromises > 0 { subject.append(Span("promise! ", style: theme.style("card.promise.overdue"))) }
        let summary = channel == .email || item.lastSummary.isEmpty ? conversation.subject : item.lastSummary
        subject.append(Span(safe(summary), style: theme.style("default"), field: .firstStrong))
        line = line + subject.fitted(toWidth: columns.subject).startingField(.firstStrong)
        let assignee = conversation.assignee.map { "@" + safe(logins[$0] ?? "agent \($0)") } ?? "—"
        line.append(Span(" " + TextMeasure.padded(assignee, toWidth: columns.assignee - 1),
                         style: theme.style(conversation.assignee == nil ? "dim" : "default"), field: .leftToRight))
        let (waitText, waitStyle) = QueueRowFormatter.wait(conversation, now: now)
        line.append(Span(right(waitText, 8), style: theme.style(waitStyle), field: .leftToRight))
        let (dueText, dueStyle) = due(conversation, now: now, riskWindow: riskWindow)
        line.append(Span(right(dueText, dueWidth), style: theme.style(dueStyle), field: .leftToRight))
        return line
    }

    /// "late 3m", "in 12m", "in 2h 05m"; "·" when no answer is due.
    static func due(_ conversation: Conversation, now: Date, riskWindow: TimeInterval) -> (String, String) {
        guard let due = conversation.responseDueAt else { return ("·", "dim") }
        let delta = due.timeIntervalSince(now)
        if delta < 0 { return ("late " + DurationText.short(-delta), "supervisor.sla.breached") }
        return ("in " + DurationText.short(delta), delta < riskWindow ? "supervisor.sla.risk" : "default")
    }

    // MARK: Agents

    static func showsAgentName(width: Int) -> Bool { width >= 96 }

    static func agentHeading(width: Int, theme: Theme) -> StyledLine {
        var text = TextMeasure.padded("Agent", toWidth: 11)
        if showsAgentName(width: width) { text += TextMeasure.padded("Name", toWidth: 17) }
        text += TextMeasure.padded("Status", toWidth: 10) + right("For", 7) + right("Load", 6) + "  "
            + TextMeasure.padded("Speaks", toWidth: 9) + "On screen"
        return StyledLine(text, style: theme.style("supervisor.column")).truncated(toWidth: width)
    }

    /// "@neda  busy  12m  3/5  fa en  #1042 مریم احمدی · Double charge".
    static func agent(_ activity: AgentActivity, width: Int, now: Date, theme: Theme) -> StyledLine {
        let workload = activity.workload
        var line = StyledLine([Span(TextMeasure.padded("@" + safe(activity.agent.login), toWidth: 11), style: theme.style("default"),
                                    field: .leftToRight)])
        if showsAgentName(width: width) {
            line.append(Span(TextMeasure.padded(safe(activity.agent.name), toWidth: 16) + " ", style: theme.style("default"),
                             field: .firstStrong))
        }
        line.append(Span(TextMeasure.padded(workload.status.rawValue, toWidth: 10),
                         style: theme.style("supervisor.agent.\(workload.status.rawValue)"), field: .leftToRight))
        line.append(Span(right(activity.timeInStatus(at: now).map(DurationText.short) ?? "·", 7), style: theme.style("dim"),
                         field: .leftToRight))
        let full = workload.capacity > 0 && workload.load >= workload.capacity
        line.append(Span(right("\(workload.load)/\(workload.capacity)", 6), style: theme.style(full ? "queue.wait.long" : "default"),
                         field: .leftToRight))
        line.append(Span("  " + TextMeasure.padded(activity.agent.languages.map(\.rawValue).joined(separator: " "), toWidth: 9),
                         style: theme.style("dim"), field: .leftToRight))
        if let current = activity.current {
            line.append(Span("#\(current.id) ", style: theme.style("dim"), field: .leftToRight))
            var words = StyledLine([Span(safe(current.customerName), style: theme.style("default"), field: .firstStrong)])
            if !current.subject.isEmpty {
                words.append(Span(" · ", style: theme.style("dim")))
                words.append(Span(safe(current.subject), style: theme.style("default"), field: .firstStrong))
            }
            let mark = current.activity == .drafting ? " ✎" : ""
            let room = max(0, width - line.width - mark.count)
            line = line + words.truncated(toWidth: room)
            if !mark.isEmpty { line.append(Span(mark, style: theme.style("supervisor.agent.busy"), field: .leftToRight)) }
        } else {
            line.append(Span("—", style: theme.style("dim")))
        }
        return line
    }
}
