/// The console's panes, in `Tab` order. Each is also a keymap context.
public enum Pane: String, CaseIterable, Sendable, Hashable {
    case queue, timeline, card, suggestions

    public var title: String {
        switch self {
        case .queue: "Queue"
        case .timeline: "Timeline"
        case .card: "Customer"
        case .suggestions: "Suggestions"
        }
    }

    var next: Pane {
        let all = Pane.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    var previous: Pane {
        let all = Pane.allCases
        return all[(all.firstIndex(of: self)! + all.count - 1) % all.count]
    }
}
