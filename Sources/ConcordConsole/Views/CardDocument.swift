import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The customer card's lines: who this is, how to address them, where they are in the world
/// right now, how long they have been a customer, and what was promised to them.
public enum CardDocument {
    static let labelWidth = 12

    /// - Parameter selectedPromise: the promise the card's promise keys act on, highlighted.
    public static func lines(detail: CustomerSnapshot?, now: Date, width: Int, presentation: Presentation,
                             selectedPromise: PromiseID? = nil) -> [StyledLine] {
        let theme = presentation.theme
        guard let detail else { return [StyledLine("No customer selected.", style: theme.style("dim"))] }
        let customer = detail.customer
        var lines: [StyledLine] = []
        lines.append(StyledLine(CustomerAddressing.address(customer), style: theme.style("card.name")))
        lines.append(StyledLine("\(customer.name.displayName) · \(customer.language.nativeName)", style: theme.style("card.value")))

        func row(_ label: String, _ value: String, style: String = "card.value") {
            // Values wrap in their own column, under the value rather than under the label.
            let labelText = TextMeasure.padded(label, toWidth: labelWidth)
            let wrapped = TextWrapper.wrap(value, width: max(1, width - labelWidth), style: theme.style(style), alignsRightToLeft: false)
            for (index, part) in wrapped.enumerated() {
                let prefix = index == 0 ? Span(labelText, style: theme.style("card.label")) : Span(String(repeating: " ", count: labelWidth))
                lines.append(StyledLine([prefix]) + part)
            }
        }

        if let zoneName = customer.timeZone, let zone = TimeZone(identifier: zoneName) {
            let clock = ClockText(timeZone: zone)
            row("Local time", "\(clock.weekdayAndTime(now)) (\(clock.utcOffset(at: now)), \(zoneName))")
        }
        var tenure = "new"
        if let years = customer.tenureYears(at: now), let since = customer.customerSince {
            tenure = years == 0 ? "since \(presentation.clock.fullDate(since).prefix(7))" : "\(years) year\(years == 1 ? "" : "s")"
        }
        row("Customer", customer.loyalty == .none ? tenure : "\(tenure) · \(customer.loyalty.rawValue)")
        row("Contacts", "\(detail.recentContacts) in the last 30 days")
        let active = detail.conversations.filter { $0.status.isActive }.count
        row("Cases", "\(active) open, \(detail.conversations.count) in total")
        if let satisfaction = satisfactionText(detail.satisfaction) { row("Satisfied", satisfaction) }

        if !detail.identities.isEmpty {
            lines.append(StyledLine())
            for identity in detail.identities {
                row(identityLabel(identity), identityValue(identity))
            }
        }

        // Open promises first (the ones that can still be kept), then the last few settled ones.
        let promises = detail.listedPromises
        if !promises.isEmpty {
            lines.append(StyledLine())
            lines.append(StyledLine("Promises", style: theme.style("card.label")))
            for promise in promises {
                let (mark, style): (String, String) = switch (promise.state, promise.isOverdue(at: now)) {
                case (.open, true): ("! overdue ", "card.promise.overdue")
                case (.open, false): ("○ open    ", "card.promise.open")
                case (.broken, _): ("✗ broken  ", "card.promise.overdue")
                case (.kept, _): ("✓ kept    ", "card.promise.kept")
                }
                let markWidth = TextMeasure.width(of: mark)
                let textStyle = promise.id == selectedPromise ? "list.selected" : "card.value"
                let text = TextWrapper.wrap(promise.text, width: max(1, width - markWidth), style: theme.style(textStyle),
                                            alignsRightToLeft: false)
                for (index, part) in text.enumerated() {
                    let prefix = index == 0 ? Span(mark, style: theme.style(style)) : Span(String(repeating: " ", count: markWidth))
                    lines.append(StyledLine([prefix]) + part)
                }
                let sameYear = presentation.clock.fullDate(promise.dueAt).prefix(4) == presentation.clock.fullDate(now).prefix(4)
                let dueText = sameYear ? presentation.clock.dayAndTime(promise.dueAt) : presentation.clock.fullDate(promise.dueAt)
                let due = "due \(dueText), \(DurationText.relative(promise.dueAt, to: now))"
                let dueStyle = promise.isOverdue(at: now) ? style : "dim"
                for part in TextWrapper.wrap(due, width: max(1, width - markWidth), style: theme.style(dueStyle)) {
                    lines.append(StyledLine([Span(String(repeating: " ", count: markWidth))]) + part)
                }
            }
        }

        lines += mergeLines(detail, width: width, presentation: presentation)

        let notes = customer.notes.trimmingCharacters(in: .whitespacesAndNewlines)
        if !notes.isEmpty {
            lines.append(StyledLine())
            lines.append(StyledLine("Notes", style: theme.style("card.label")))
            lines += TextWrapper.wrap(notes, width: width, style: theme.style("card.value"))
        }
        return lines
    }

    /// Merge suggestions (the strongest first, with score and evidence: the agent decides) and
    /// the latest merge into this customer, which can be undone.
    static func mergeLines(_ detail: CustomerSnapshot, width: Int, presentation: Presentation) -> [StyledLine] {
        let theme = presentation.theme
        var lines: [StyledLine] = []
        let suggestions = detail.mergeSuggestions.prefix(3)
        if !suggestions.isEmpty {
            lines.append(StyledLine())
            lines.append(StyledLine([Span("Same person?", style: theme.style("card.label")),
                                     Span("  M merge · R not the same", style: theme.style("dim"))]))
            for (index, suggestion) in suggestions.enumerated() {
                let other = suggestion.customerA == detail.customer.id ? suggestion.customerB : suggestion.customerA
                let name = detail.suggestedCustomers[other]?.name.displayName ?? "customer \(other)"
                let mark = index == 0 ? "▸ " : "  "
                let head = "\(mark)\(name) (#\(other)) · score \(String(format: "%.2f", suggestion.score))"
                lines += TextWrapper.wrap(head, width: max(1, width), style: theme.style(index == 0 ? "card.value" : "dim"))
                for part in TextWrapper.wrap(suggestion.evidence, width: max(1, width - 4), style: theme.style("dim")) {
                    lines.append(StyledLine([Span("    ")]) + part)
                }
            }
        }
        if let merge = detail.merges.first(where: { $0.undoneAt == nil && $0.survivor == detail.customer.id }) {
            lines.append(StyledLine())
            let when = presentation.clock.dayAndTime(merge.mergedAt)
            let text = "Merged customer #\(merge.merged) in on \(when) (\(merge.conversations.count) conversation(s)) · U undoes it"
            lines += TextWrapper.wrap(text, width: max(1, width), style: theme.style("dim"))
        }
        return lines
    }

    /// "★★★★☆ 4 on 23 Nov · average 4.3 of 3": the latest answer first (how they feel now),
    /// then the average; nil for a customer who never answered a survey.
    static func satisfactionText(_ ratings: [SatisfactionRating]) -> String? {
        let summary = SatisfactionSummary(ratings)
        guard let latest = summary.latest, let average = summary.averageText else { return nil }
        let latestText = "\(SatisfactionSummary.stars(latest.score)) \(latest.score)"
        return summary.count == 1 ? latestText : "\(latestText) latest · average \(average) of \(summary.count)"
    }

    static func identityLabel(_ identity: Identity) -> String {
        switch identity.kind {
        case .email: "Email"
        case .phone: "Phone"
        case .handle: Channel(rawValue: identity.platform)?.label ?? identity.platform.capitalized
        case .external: identity.platform == "chat" ? "Chat id" : identity.platform.capitalized
        }
    }

    static func identityValue(_ identity: Identity) -> String {
        identity.kind == .handle ? "@" + identity.value : identity.value
    }
}
