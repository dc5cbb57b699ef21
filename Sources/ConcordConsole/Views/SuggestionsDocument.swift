import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The suggestions pane: who to reply to and how long they have waited, the reply draft with
/// its consistency warnings, what is going on for the customer (situations with the words and
/// facts that gave them away), then numbered phrases and answers in the customer's language.
///
/// Numbers run through the phrases (in reply order: empathy, apology, expectation, loyalty
/// thanks, follow-up) and on through the answers, so the digit keys 1–9 insert any of them.
/// Every outside string (names, the draft, phrases from user phrasebooks) goes through
/// `TextWrapper`, which sanitises it and measures wide and combining characters.
public enum SuggestionsDocument {
    /// Drawn after the draft's last character while the editor is open.
    static let caret = "▏"

    /// The line holding the editor's caret, so the view can keep it in sight.
    public static func caretLine(in lines: [StyledLine]) -> Int? {
        lines.lastIndex { line in line.spans.last?.text == caret }
    }

    /// Situations beyond these are rarely what the reply should be about.
    static let maximumSituations = 4

    /// The pane's lines for `width` columns. When `height` rows cannot hold them all, the
    /// compact form drops blank lines, the last-contact line, the phrases heading and all but
    /// the two most certain situations, so the numbered suggestions fit at 80x24.
    public static func lines(_ state: ConsoleState, width: Int, height: Int = 0) -> [StyledLine] {
        let full = lines(state, width: width, compact: false)
        guard height > 0, full.count > height else { return full }
        return lines(state, width: width, compact: true)
    }

    private static func lines(_ state: ConsoleState, width: Int, compact: Bool) -> [StyledLine] {
        let theme = state.presentation.theme
        guard let detail = state.detail else { return [StyledLine("No customer selected.", style: theme.style("dim"))] }
        let suggestions = state.suggestionsConversation == state.focusedConversation ? state.suggestions : nil
        let language = suggestions?.language ?? detail.customer.language
        let address = suggestions?.address ?? CustomerAddressing.address(detail.customer.name, in: language)
        var lines = TextWrapper.wrap(StyledLine([
            Span("Reply to ", style: theme.style("suggest.title")), Span(address, style: theme.style("card.name")),
            Span(" · \(language.nativeName)", style: theme.style("dim")),
        ]), width: width)
        lines += facts(state, detail: detail, width: width, compact: compact)
        func gap() { if !compact { lines.append(StyledLine()) } }

        if let draft = state.draft, !draft.draft.text.isEmpty || state.isEditingDraft {
            gap()
            lines += draftLines(draft, editing: state.isEditingDraft, state: state, width: width)
        }
        guard state.focusedConversation != nil else { return lines }
        guard let suggestions else {
            gap()
            lines.append(StyledLine("Reading the messages…", style: theme.style("dim")))
            return lines
        }
        if !suggestions.situations.isEmpty {
            gap()
            // One line each, the most certain first: the evidence is cut to fit (`concord suggest` shows it all).
            for situation in suggestions.situations.prefix(compact ? 2 : maximumSituations) {
                let label = "\(situation.id.rawValue.replacingOccurrences(of: "_", with: " ")) \(Int((situation.confidence * 100).rounded()))%"
                let evidence = situation.evidence.map { "“\($0)”" }.joined(separator: " ")
                lines.append(StyledLine([Span(label + " ", style: theme.style("suggest.text")),
                                         Span(TerminalSanitizer.sanitize(evidence), style: theme.style("dim"))])
                    .truncated(toWidth: width))
            }
        }
        gap()
        if suggestions.count == 0 {
            lines.append(StyledLine("No phrases or answers for this message.", style: theme.style("dim")))
            return lines
        }
        if !compact {
            lines.append(StyledLine([Span("Phrases & answers", style: theme.style("suggest.title")),
                                     Span(" · number inserts", style: theme.style("dim"))]))
        }
        for phrase in suggestions.phrases {
            let prefix = [Span("\(phrase.number) ", style: theme.style("input.prompt")),
                          Span(kindLabel(phrase.kind) + " ", style: theme.style("card.label"))]
            lines += hanging(prefix, phrase.text, style: theme.style("suggest.text"), indent: 2, width: width)
        }
        for (index, answer) in suggestions.answers.enumerated() {
            let prefix = [Span("\(suggestions.number(ofAnswerAt: index)) ", style: theme.style("input.prompt")),
                          Span("Answer ", style: theme.style("card.label"))]
            lines += hanging(prefix, answer.title, style: theme.style("suggest.text"), indent: 2, width: width)
        }
        return lines
    }

    /// The wait against the reply target and where the customer last wrote, in two short lines.
    private static func facts(_ state: ConsoleState, detail: CustomerSnapshot, width: Int, compact: Bool) -> [StyledLine] {
        let theme = state.presentation.theme
        let now = state.now
        var lines: [StyledLine] = []
        guard let conversation = state.focusedConversation.flatMap(detail.conversation) else { return lines }
        if let waiting = conversation.waitDuration(at: now) {
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
        let messages = detail.messages.filter { $0.conversationID == conversation.id && $0.direction != .internal }
        if !compact, let last = messages.last(where: { $0.direction == .inbound }) {
            var text = "Last: \(last.channel.label), \(DurationText.short(now.timeIntervalSince(last.sentAt))) ago"
            let channels = orderedChannels(messages)
            if channels.count > 1 { text += " · case on \(channels.map(\.label).joined(separator: ", "))" }
            lines += TextWrapper.wrap(text, width: width, style: theme.style("dim"))
        }
        return lines
    }

    /// The draft as written (one line per line typed, wrapped), a caret while editing, and the
    /// consistency warnings with the earlier words they quote and where those were said.
    private static func draftLines(_ model: DraftModel, editing: Bool, state: ConsoleState, width: Int) -> [StyledLine] {
        let theme = state.presentation.theme
        let keymap = state.presentation.keymap
        let hint = editing
            ? keymap.keys(for: ConsoleCommand.finishDraft.rawValue, in: "draft").first.map { " · editing, \(KeyHints.display($0)) to finish" }
            : keymap.keys(for: ConsoleCommand.editDraft.rawValue, in: Pane.suggestions.rawValue).first.map { " · \(KeyHints.display($0)) to edit" }
        var lines = [StyledLine([Span("Draft", style: theme.style("suggest.title")), Span(hint ?? "", style: theme.style("dim"))])]
        lines += routeLines(model, state: state, width: width)
        var body = StyledLine(model.draft.text, style: theme.style("input"))
        if editing { body.append(Span(caret, style: theme.style("input.prompt"))) }
        lines += TextWrapper.wrap(body, width: width)
        let current = model.checkedText == model.draft.text
        for warning in current ? model.warnings : [] {
            lines += hanging([Span("! ", style: theme.style("error"))], warning.message, style: theme.style("error"), indent: 2, width: width)
            if !warning.quote.isEmpty {
                var source: [String] = []
                if let channel = warning.earlierChannel { source.append(channel.label) }
                if let at = warning.earlierAt { source.append(state.presentation.clock.dayAndTime(at)) }
                if let agent = warning.earlierAgent { source.append(agent) }
                let said = "“\(warning.quote)”" + (source.isEmpty ? "" : " (\(source.joined(separator: ", ")))")
                lines += hanging([Span("  ")], said, style: theme.style("dim"), indent: 2, width: width)
            }
        }
        return lines
    }

    /// Where the reply goes and how much of the channel's limit it uses: "by SMS to +8210… ·
    /// 2 segments · 134/306 GSM-7", in the error colour once it is over.
    private static func routeLines(_ model: DraftModel, state: ConsoleState, width: Int) -> [StyledLine] {
        let theme = state.presentation.theme
        guard let route = state.replyRoute else { return [] }
        let usage = route.usage(of: model.draft.text)
        var line = StyledLine([Span("by \(route.label) to \(route.recipient.value)", style: theme.style("card.value"))])
        if usage.limit != nil {
            line.append(Span(" · ", style: theme.style("dim")))
            line.append(Span(usage.summary, style: theme.style(usage.isOver ? "error" : "dim")))
        }
        let keymap = state.presentation.keymap
        var keys: [String] = []
        if state.replyRoutes.count > 1,
           let key = keymap.keys(for: ConsoleCommand.nextRoute.rawValue, in: state.isEditingDraft ? "draft" : Pane.suggestions.rawValue).first {
            keys.append("\(KeyHints.display(key)) channel")
        }
        if let key = keymap.keys(for: ConsoleCommand.sendReply.rawValue, in: state.isEditingDraft ? "draft" : Pane.suggestions.rawValue).first {
            keys.append("\(KeyHints.display(key)) send")
        }
        if !keys.isEmpty { line.append(Span(" · " + keys.joined(separator: " · "), style: theme.style("dim"))) }
        return TextWrapper.wrap(line, width: width)
    }

    /// `prefix` then `text` wrapped beside it, continuation lines indented by `indent` columns.
    private static func hanging(_ prefix: [Span], _ text: String, style: Style, indent: Int, width: Int) -> [StyledLine] {
        let prefixWidth = prefix.reduce(0) { $0 + TextMeasure.width(of: $1.text) }
        guard width > prefixWidth + 4 else {
            return TextWrapper.wrap(StyledLine(prefix) + StyledLine(text, style: style), width: max(1, width))
        }
        // One line of text (controls made visible), so wrapped lines map one to one onto its characters.
        let safe = TerminalSanitizer.sanitize(text)
        let first = TextWrapper.wrap(safe, width: width - prefixWidth, style: style)
        guard let head = first.first else { return [StyledLine(prefix)] }
        var lines = [StyledLine(prefix) + head]
        // What did not fit on the first line is wrapped again at the indented width.
        let consumed = head.spans.reduce(0) { $0 + $1.text.count }
        let rest = safe.dropFirst(consumed).drop(while: \.isWhitespace)
        if !rest.isEmpty {
            let pad = String(repeating: " ", count: indent)
            for part in TextWrapper.wrap(String(rest), width: max(1, width - indent), style: style) {
                lines.append(StyledLine([Span(pad)]) + part)
            }
        }
        return lines
    }

    static func kindLabel(_ kind: PhraseKind) -> String {
        switch kind {
        case .empathy: "Empathy"
        case .apology: "Apology"
        case .expectation: "Expect"
        case .loyalty: "Thanks"
        case .followUp: "Follow-up"
        }
    }

    /// Channels in order of first use.
    private static func orderedChannels(_ messages: [Message]) -> [Channel] {
        var seen = Set<Channel>()
        return messages.compactMap { seen.insert($0.channel).inserted ? $0.channel : nil }
    }
}
