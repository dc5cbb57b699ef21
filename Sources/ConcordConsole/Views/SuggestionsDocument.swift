import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The suggestions pane. Until empathy phrases and approved answers are available it gives
/// the agent the facts a good reply starts from: the customer's last contact, how long they
/// have waited, and which channels they have tried.
public enum SuggestionsDocument {
    public static func lines(detail: CustomerSnapshot?, focused: ConversationID?, now: Date, width: Int,
                             presentation: Presentation) -> [StyledLine] {
        let theme = presentation.theme
        guard let detail else { return [StyledLine("No customer selected.", style: theme.style("dim"))] }
        var lines: [StyledLine] = []
        let address = CustomerAddressing.address(detail.customer)
        lines.append(StyledLine([Span("Reply to ", style: theme.style("suggest.title")), Span(address, style: theme.style("card.name"))]))

        if let last = detail.messages.last(where: { $0.direction == .inbound }) {
            lines.append(StyledLine())
            lines.append(StyledLine("Last contact", style: theme.style("suggest.title")))
            let when = "\(last.channel.label) · \(DurationText.short(now.timeIntervalSince(last.sentAt))) ago"
            lines.append(StyledLine(when, style: theme.style("suggest.text")))
            let summary = last.summaryLine
            if !summary.isEmpty {
                lines += TextWrapper.wrap("“\(summary)”", width: width, style: theme.style("suggest.text"))
            }
        }

        if let conversation = focused.flatMap(detail.conversation) {
            if let waiting = conversation.waitDuration(at: now) {
                lines.append(StyledLine())
                var text = "Waiting \(DurationText.short(waiting))"
                var style = "suggest.text"
                if let due = conversation.responseDueAt {
                    if due < now {
                        text += " · reply overdue by \(DurationText.short(now.timeIntervalSince(due)))"
                        style = "queue.wait.overdue"
                    } else {
                        text += " · reply due in \(DurationText.short(due.timeIntervalSince(now)))"
                    }
                }
                lines += TextWrapper.wrap(text, width: width, style: theme.style(style))
            }
            let channels = orderedChannels(detail.messages.filter { $0.conversationID == conversation.id && $0.direction != .internal })
            if channels.count > 1 {
                lines += TextWrapper.wrap("This case spans \(channels.count) channels: \(channels.map(\.label).joined(separator: ", "))",
                                          width: width, style: theme.style("suggest.text"))
            }
        }
        let monthAgo = now.addingTimeInterval(-30 * 86_400)
        let recentChannels = orderedChannels(detail.messages.filter { $0.direction == .inbound && $0.sentAt >= monthAgo })
        if !recentChannels.isEmpty {
            lines += TextWrapper.wrap("Channels used in 30 days: \(recentChannels.map(\.label).joined(separator: ", "))",
                                      width: width, style: theme.style("dim"))
        }
        return lines
    }

    /// Channels in order of first use.
    private static func orderedChannels(_ messages: [Message]) -> [Channel] {
        var seen = Set<Channel>()
        return messages.compactMap { seen.insert($0.channel).inserted ? $0.channel : nil }
    }
}
