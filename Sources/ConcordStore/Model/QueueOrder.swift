import Foundation
import ConversationEngine

extension QueueQuery.Ordering {
    /// Whether `a` comes before `b` in this order, exactly as both stores' ORDER BY puts them
    /// (no due time or wait sorts last, a missing sentiment counts as neutral, the id breaks
    /// ties): a live console places the few rows a change touched into the page it has instead
    /// of reading the whole page again. The conformance suite holds this to the stores' order.
    public func places(_ a: Conversation, before b: Conversation) -> Bool {
        switch self {
        case .dueFirst:
            Self.compare(a, b, [Self.due, Self.priorityDescending])
        case .priority:
            Self.compare(a, b, [Self.priorityDescending, Self.due])
        case .longestWait:
            Self.compare(a, b, [{ Self.ascending($0.waitingSince ?? .distantFuture, $1.waitingSince ?? .distantFuture) }])
        case .recent:
            Self.compare(a, b, [{ Self.ascending($1.lastActivityAt, $0.lastActivityAt) }])
        case .sentiment:
            Self.compare(a, b, [{ Self.ascending($0.sentiment ?? 0, $1.sentiment ?? 0) }, Self.due, Self.priorityDescending])
        }
    }

    /// The first key that tells the two apart decides; the id last.
    private static func compare(_ a: Conversation, _ b: Conversation,
                                _ keys: [(Conversation, Conversation) -> ComparisonResult]) -> Bool {
        for key in keys {
            switch key(a, b) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: continue
            }
        }
        return a.id < b.id
    }

    private static func due(_ a: Conversation, _ b: Conversation) -> ComparisonResult {
        ascending(a.responseDueAt ?? .distantFuture, b.responseDueAt ?? .distantFuture)
    }

    private static func priorityDescending(_ a: Conversation, _ b: Conversation) -> ComparisonResult {
        ascending(b.priority, a.priority)
    }

    private static func ascending<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
        a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
    }
}
