import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// One queue row: channel, priority mark, customer, subject or last line, wait, status.
/// The wait column is the time-critical one, so it is right-aligned and coloured by how
/// close the reply is to its due time. Name, subject, wait and status are bidi fields of their
/// own, so a Persian name and a Persian subject stay in their columns in visual order.
enum QueueRowFormatter {
    /// - Parameter marked: marked for a batch command (`*` before the channel).
    static func line(_ item: QueueItem, width: Int, now: Date, theme: Theme, policies: SLAPolicyBook = .standard,
                     marked: Bool = false) -> StyledLine {
        let conversation = item.conversation
        let showsStatus = width >= 58
        let waitWidth = 8
        let statusWidth = showsStatus ? 9 : 0
        let nameWidth = min(18, max(8, width / 4))

        var line = StyledLine()
        line.append(Span(marked ? "*" : " ", style: theme.style(marked ? "status.alert" : "default")))
        line.append(Span(ChannelTag.tag(item.lastChannel), style: theme.style(ChannelTag.styleName(item.lastChannel))))
        let urgent = conversation.priority >= .high
        line.append(Span(urgent ? "!" : " ", style: theme.style(urgent ? "status.alert" : "default")))
        line.append(Span(TextMeasure.padded(item.customerName.displayName, toWidth: nameWidth), style: theme.style("queue.row"),
                         field: .firstStrong))
        line.append(" ")

        let subjectWidth = max(0, width - line.width - waitWidth - statusWidth)
        var subject = StyledLine()
        if item.overduePromises > 0 {
            subject.append(Span("promise! ", style: theme.style("card.promise.overdue")))
        } else if policies.isUpdateDue(conversation, lastChannel: item.lastChannel, at: now) {
            subject.append(Span("update due ", style: theme.style("queue.wait.long")))
        }
        let summary = item.conversation.originChannel == .email ? conversation.subject : item.lastSummary
        // The customer's words are a field of their own after an English "promise!" mark.
        subject.append(Span(summary.isEmpty ? conversation.subject : summary, style: theme.style("queue.row"), field: .firstStrong))
        line = line + subject.fitted(toWidth: subjectWidth).startingField(.firstStrong)

        let (waitText, waitStyle) = wait(conversation, now: now)
        // At least one space before the wait, so a week-long wait ("12d 23h") never runs into the subject.
        line.append(Span(TextMeasure.padded(" " + String(repeating: " ", count: max(0, waitWidth - 2 - waitText.count)) + waitText, toWidth: waitWidth),
                         style: theme.style(waitStyle), field: .leftToRight))
        if showsStatus {
            line.append(Span(" " + TextMeasure.padded(conversation.status.label, toWidth: statusWidth - 1),
                             style: theme.style(statusStyle(conversation.status)), field: .leftToRight))
        }
        return line
    }

    static func wait(_ conversation: Conversation, now: Date) -> (String, String) {
        guard let waiting = conversation.waitDuration(at: now) else { return ("·", "dim") }
        let text = DurationText.short(waiting)
        if let due = conversation.responseDueAt, due < now { return (text, "queue.wait.overdue") }
        return (text, waiting >= 3600 ? "queue.wait.long" : "queue.row")
    }

    static func statusStyle(_ status: ConversationStatus) -> String {
        switch status {
        case .new: "queue.status.new"
        case .open: "queue.status.open"
        case .pendingCustomer, .pendingInternal: "queue.status.pending"
        case .resolved, .closed: "dim"
        }
    }
}
