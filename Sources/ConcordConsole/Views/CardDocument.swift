import Foundation
import ConcordTerminal
import ConversationEngine

/// The customer card's lines: who this is, how to address them, where they are in the world
/// right now, how long they have been a customer, and what was promised to them.
public enum CardDocument {
    static let labelWidth = 12

    public static func lines(detail: CustomerDetail?, now: Date, width: Int, presentation: Presentation) -> [StyledLine] {
        let theme = presentation.theme
        guard let detail else { return [StyledLine("No customer selected.", style: theme.style("dim"))] }
        let customer = detail.customer
        var lines: [StyledLine] = []
        lines.append(StyledLine(CustomerAddressing.address(customer), style: theme.style("card.name")))
        lines.append(StyledLine("\(customer.name.displayName) · \(customer.language.nativeName)", style: theme.style("card.value")))

        func row(_ label: String, _ value: String, style: String = "card.value") {
            // Values wrap in their own column, under the value rather than under the label.
            let labelText = TextMeasure.padded(label, toWidth: labelWidth)
            let wrapped = TextWrapper.wrap(value, width: max(1, width - labelWidth), style: theme.style(style))
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
        row("Contacts", "\(detail.contactsLast30Days) in the last 30 days")
        let active = detail.conversations.filter { $0.status.isActive }.count
        row("Cases", "\(active) open, \(detail.conversations.count) in total")

        if !detail.identities.isEmpty {
            lines.append(StyledLine())
            for identity in detail.identities {
                row(identityLabel(identity), identityValue(identity))
            }
        }

        let promises = detail.promises.filter { $0.state == .open } + detail.promises.filter { $0.state != .open }.suffix(3)
        if !promises.isEmpty {
            lines.append(StyledLine())
            lines.append(StyledLine("Promises", style: theme.style("card.label")))
            for promise in promises {
                let state = promise.state(at: now)
                let (mark, style) = switch state {
                case .open: ("○ open   ", "card.promise.open")
                case .broken: ("! overdue", "card.promise.overdue")
                case .kept: ("✓ kept   ", "card.promise.kept")
                }
                let due = "due \(presentation.clock.dayAndTime(promise.dueAt)) (\(DurationText.relative(promise.dueAt, to: now)))"
                let line = StyledLine([Span(mark + " ", style: theme.style(style)), Span(promise.text, style: theme.style("card.value"))])
                lines += TextWrapper.wrap(line, width: width)
                lines.append(StyledLine("           " + due, style: theme.style(state == .broken ? style : "dim")))
            }
        }

        let notes = customer.notes.trimmingCharacters(in: .whitespacesAndNewlines)
        if !notes.isEmpty {
            lines.append(StyledLine())
            lines.append(StyledLine("Notes", style: theme.style("card.label")))
            lines += TextWrapper.wrap(notes, width: width, style: theme.style("card.value"))
        }
        return lines
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
