import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The timeline pane's content laid out as lines for one width: rebuilt only when the
/// customer, the focused conversation, the scope or the width changes, never per frame.
public struct TimelineDocument: Sendable, Hashable {
    public var lines: [StyledLine]
    public var width: Int
    /// The line range of the focused conversation's newest message, to scroll it into view.
    public var focusedLastEntry: Range<Int>?
    /// Whether every loaded message is laid out. Only the newest messages are laid out at
    /// first (enough to fill a few screens), so moving through the queue costs the same for
    /// a customer with five messages and one with five hundred; scrolling up lays out more.
    public var isComplete: Bool
    /// Where each laid-out message is, to bring a search hit into view.
    public var messageLines: [MessageID: Range<Int>] = [:]

    public static let empty = TimelineDocument(lines: [], width: 0, focusedLastEntry: nil, isComplete: true)

    /// Lays out the newest messages, at least `minimumLines` lines of them (all when the
    /// history is shorter), always including the focused conversation's newest message.
    /// - Parameters:
    ///   - showsQuotedText: emails in full; otherwise quoted history and signatures fold to one line.
    ///   - highlighted: a message to mark (the search hit the agent opened).
    public static func build(detail: CustomerSnapshot?, focused: ConversationID?, scope: Timeline.Scope, width: Int,
                             presentation: Presentation, minimumLines: Int = .max, showsQuotedText: Bool = false,
                             highlighted: MessageID? = nil) -> TimelineDocument {
        var bodies = MessageBodyLayouts()
        return build(detail: detail, focused: focused, scope: scope, width: width, presentation: presentation,
                     minimumLines: minimumLines, showsQuotedText: showsQuotedText, highlighted: highlighted, bodies: &bodies)
    }

    /// The same, reusing the bodies laid out before (the console keeps them in its state).
    public static func build(detail: CustomerSnapshot?, focused: ConversationID?, scope: Timeline.Scope, width: Int,
                             presentation: Presentation, minimumLines: Int = .max, showsQuotedText: Bool = false,
                             highlighted: MessageID? = nil, bodies: inout MessageBodyLayouts) -> TimelineDocument {
        guard let detail, width > 6 else { return TimelineDocument(lines: [], width: width, focusedLastEntry: nil, isComplete: true) }
        let theme = presentation.theme
        let entries = Timeline(messages: detail.messages, focusedConversation: focused, scope: scope).entries
        let focusedLast = entries.lastIndex { $0.isInFocusedConversation }

        // Newest first, until enough lines are laid out.
        var blocks: [Block] = []
        var lineCount = 0
        var index = entries.count - 1
        while index >= 0 {
            if lineCount >= minimumLines, focusedLast.map({ index < $0 }) ?? true { break }
            let previous = index > 0 ? entries[index - 1].message.conversationID : nil
            let block = lines(for: entries[index], startsConversation: previous != entries[index].message.conversationID,
                              isFirst: index == 0, detail: detail, width: width, presentation: presentation,
                              showsQuotedText: showsQuotedText, highlighted: entries[index].message.id == highlighted,
                              bodies: &bodies)
            blocks.append(block)
            lineCount += block.separator.count + block.entry.count
            index -= 1
        }
        let isComplete = index < 0
        var lines: [StyledLine] = []
        if !isComplete {
            lines.append(StyledLine("  ↑ earlier messages", style: theme.style("dim")))
        } else if detail.hasOlderMessages {
            lines.append(StyledLine("  Older messages: press g at the top to load them", style: theme.style("dim")))
        }
        var focusedLastEntry: Range<Int>?
        var messageLines: [MessageID: Range<Int>] = [:]
        for (offset, block) in blocks.reversed().enumerated() {
            lines.append(contentsOf: block.separator)
            let start = lines.count
            lines.append(contentsOf: block.entry)
            if index + 1 + offset == focusedLast { focusedLastEntry = start..<lines.count }
            messageLines[entries[index + 1 + offset].message.id] = start..<lines.count
        }
        var document = TimelineDocument(lines: lines, width: width, focusedLastEntry: focusedLastEntry, isComplete: isComplete)
        document.messageLines = messageLines
        return document
    }

    /// One entry's lines, and the conversation separator above it when it starts one.
    private struct Block {
        var separator: [StyledLine]
        var entry: [StyledLine]
    }

    private static func lines(for entry: TimelineEntry, startsConversation: Bool, isFirst: Bool, detail: CustomerSnapshot,
                              width: Int, presentation: Presentation, showsQuotedText: Bool, highlighted: Bool,
                              bodies: inout MessageBodyLayouts) -> Block {
        let theme = presentation.theme
        let message = entry.message
        var lines: [StyledLine] = []
        if startsConversation {
            if !isFirst { lines.append(StyledLine()) }
            lines.append(separator(for: detail.conversation(message.conversationID), id: message.conversationID,
                                   focused: entry.isInFocusedConversation, width: width, theme: theme))
        }
        let gutter = Span(entry.isInFocusedConversation ? "▌" : " ", style: theme.style("timeline.current"))
        var header = StyledLine([gutter])
        header.append(Span(ChannelTag.tag(message.channel), style: theme.style(ChannelTag.styleName(message.channel))))
        header.append(" ")
        header.append(Span(presentation.clock.dayAndTime(message.sentAt), style: theme.style("timeline.time")))
        header.append("  ")
        header.append(contentsOf: authorSpans(message, theme: theme))
        header.append(contentsOf: headlineSpans(message, theme: theme))
        var entryLines = [header.truncated(toWidth: width)]
        let body = bodies.lines(for: message, width: width - 4, showsQuotedText: showsQuotedText, theme: theme) {
            bodyLines(message, width: width - 4, theme: theme, showsQuotedText: showsQuotedText)
        }
        for line in body {
            entryLines.append(StyledLine([gutter, Span("   ")]) + line)
        }
        if !entry.isInFocusedConversation {
            entryLines = entryLines.map { $0.patchingStyles(with: theme.style("timeline.other")) }
        }
        if highlighted {
            entryLines[0] = entryLines[0].patchingStyles(with: theme.style("list.selected.unfocused"))
        }
        return Block(separator: lines, entry: entryLines)
    }

    private static func separator(for conversation: Conversation?, id: ConversationID, focused: Bool, width: Int,
                                  theme: Theme) -> StyledLine {
        var label = " #\(id)"
        if let conversation {
            // Priority and tags before the subject, so a long subject never hides them.
            if conversation.priority != .normal { label += " \(conversation.priority.label) ·" }
            if !conversation.tags.isEmpty { label += " " + conversation.tags.map { "#" + $0 }.joined(separator: " ") + " ·" }
            label += " \(conversation.subject) · \(conversation.status.label) "
        } else {
            label += " "
        }
        let style = theme.style(focused ? "timeline.current" : "dim")
        let lead = "──"
        let text = TextMeasure.truncated(lead + label, toWidth: width)
        let fill = String(repeating: "─", count: max(0, width - TextMeasure.width(of: text)))
        return StyledLine(text + fill, style: style)
    }

    private static func authorSpans(_ message: Message, theme: Theme) -> [Span] {
        switch message.direction {
        case .inbound: [Span("← \(message.author.name)", style: theme.style("timeline.inbound"))]
        case .outbound: [Span("→ \(message.author.name)", style: theme.style("timeline.outbound"))]
        case .internal: [Span("• \(message.author.name) (internal)", style: theme.style("timeline.internal"))]
        }
    }

    private static func headlineSpans(_ message: Message, theme: Theme) -> [Span] {
        var spans: [Span] = []
        if let call = message.call {
            let text = switch call.outcome {
            case .answered: "call answered, \(DurationText.call(call.durationSeconds))"
            case .missed: "missed call"
            case .voicemail: "voicemail, \(DurationText.call(call.durationSeconds))"
            }
            spans.append(Span(" · " + text, style: theme.style("timeline.call")))
        }
        if message.social?.visibility == .public {
            spans.append(Span(" · public", style: theme.style("status.alert")))
        }
        switch message.delivery {
        case .pending?: spans.append(Span(" · pending", style: theme.style("queue.wait.long")))
        case .failed?: spans.append(Span(" · NOT DELIVERED", style: theme.style("error")))
        case .sent?, nil: break
        }
        if let subject = message.subject, !subject.isEmpty, message.channel == .email {
            spans.append(Span(" · " + subject, style: theme.style("timeline.subject")))
        }
        return spans
    }

    private static func bodyLines(_ message: Message, width: Int, theme: Theme, showsQuotedText: Bool) -> [StyledLine] {
        var lines: [StyledLine] = []
        let text = String(Whitespace.trimmed(message.text))
        if !text.isEmpty {
            if showsQuotedText || message.channel != .email {
                lines += TextWrapper.wrap(text, width: width, style: theme.style("default"))
            } else {
                for part in QuotedTextFolder.fold(text) {
                    switch part {
                    case .text(let body): lines += TextWrapper.wrap(body, width: width, style: theme.style("default"))
                    case .quoted(let count):
                        lines += TextWrapper.wrap("⋯ \(count) quoted line\(count == 1 ? "" : "s") folded (z shows them)",
                                                  width: width, style: theme.style("dim"))
                    case .signature(let count):
                        lines += TextWrapper.wrap("⋯ signature, \(count) line\(count == 1 ? "" : "s") (z shows it)",
                                                  width: width, style: theme.style("dim"))
                    }
                }
            }
        }
        if let transcript = message.call?.transcript.map({ String(Whitespace.trimmed($0)) }),
           !transcript.isEmpty, transcript != text {
            lines += TextWrapper.wrap("Transcript: " + transcript, width: width, style: theme.style("timeline.call"))
        }
        for attachment in message.attachments {
            let size = ByteCountText.short(attachment.size)
            lines += TextWrapper.wrap("Attachment: \(attachment.filename) (\(attachment.contentType), \(size))",
                                      width: width, style: theme.style("dim"))
        }
        // What the dispatcher last said about it: why it is still pending, or why it failed.
        if let note = message.deliveryNote.map({ String(Whitespace.trimmed($0)) }), !note.isEmpty, message.delivery != .sent {
            let failed = message.delivery == .failed
            lines += TextWrapper.wrap((failed ? "Not delivered: " : "Delivery: ") + note, width: width,
                                      style: theme.style(failed ? "error" : "queue.wait.long"))
        }
        return lines
    }
}

private extension StyledLine {
    mutating func append(contentsOf spans: [Span]) {
        for span in spans { append(span) }
    }
}
