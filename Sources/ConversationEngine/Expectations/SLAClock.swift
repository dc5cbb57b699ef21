import Foundation

/// A conversation's SLA clocks, computed from its events every time rather than kept as
/// counters that drift: replaying the same events always gives the same due times, a late
/// import of an old message lands in its place, and a policy change applies at once.
///
/// - First response: from the customer's first message to the first answer by a person.
/// - Next response: from each later unanswered customer message to the next answer.
/// - Resolution: business time from the first customer message to resolution, not counting
///   the time the conversation was pending on the customer; a conversation reopened by the
///   customer continues where its clock stopped.
/// Pending on the customer pauses everything (nobody waits on the team); resolved or closed
/// stops every clock.
///
/// ```swift
/// let resolved = SLAPolicyBook.standard.resolve(channel: .email, priority: .normal)
/// let clock = SLAClock(events: messages.compactMap(SLAEvent.init(message:)), targets: resolved.targets,
///                      calendar: resolved.calendar)
/// clock.nextDue  // what the queue orders by
/// ```
public struct SLAClock: Sendable, Hashable {
    public var firstResponse: SLAMeasure?
    public var nextResponse: SLAMeasure?
    public var resolution: SLAMeasure?
    public let calendar: BusinessCalendar

    public init(events: [SLAEvent], targets: SLATargets, calendar: BusinessCalendar) {
        self.calendar = calendar
        var replay = Replay(targets: targets, calendar: calendar)
        for event in SLAEvent.ordered(events) { replay.apply(event) }
        (firstResponse, nextResponse, resolution) = replay.finish()
    }

    /// Every measure there is, first response first.
    public var measures: [SLAMeasure] { [firstResponse, nextResponse, resolution].compactMap { $0 } }

    /// The running measure that is due soonest: what the agent must beat next.
    public var nextDue: SLAMeasure? {
        measures.filter { if case .running = $0.state { true } else { false } }
            .min { ($0.dueAt ?? .distantFuture) < ($1.dueAt ?? .distantFuture) }
    }

    /// The worst risk of any measure at `now`.
    public func risk(at now: Date) -> SLAMeasure.Risk {
        measures.map { $0.risk(at: now, calendar: calendar) }.max() ?? .none
    }

    /// Whether any clock still runs or is paused (a resolved conversation has none).
    public var isRunning: Bool { measures.contains(where: \.isOpen) }

    /// The event replay: one pass, in time order.
    private struct Replay {
        let targets: SLATargets
        let calendar: BusinessCalendar
        var firstMessageAt: Date?
        var firstResponseAt: Date?
        var waitingSince: Date?
        var lastNextResponse: SLAMeasure?
        var status: ConversationStatus = .new
        /// Resolution time used before the current running segment.
        var resolutionUsed: TimeInterval = 0
        var segmentStart: Date?
        var resolvedAt: Date?

        init(targets: SLATargets, calendar: BusinessCalendar) {
            self.targets = targets
            self.calendar = calendar
        }

        mutating func apply(_ event: SLAEvent) {
            switch event.kind {
            case .customerMessage:
                if firstMessageAt == nil { firstMessageAt = event.at }
                if waitingSince == nil { waitingSince = event.at }
                if status == .pendingCustomer || !status.isActive { status = .open }
                resolvedAt = nil
                if segmentStart == nil { segmentStart = event.at }
            case .humanResponse:
                guard let waiting = waitingSince else { break }
                if firstResponseAt == nil {
                    firstResponseAt = event.at
                } else if let target = targets.nextResponse {
                    let due = calendar.adding(target, to: waiting)
                    lastNextResponse = SLAMeasure(kind: .nextResponse, target: target, startedAt: waiting, dueAt: due,
                                                  completedAt: event.at, state: event.at <= due ? .met : .missed)
                }
                waitingSince = nil
            case .automaticMessage:
                break
            case .status(let next):
                if next == .pendingCustomer || !next.isActive {
                    // Nobody waits on the team now; the resolution clock stops or pauses.
                    waitingSince = nil
                    if let start = segmentStart {
                        resolutionUsed += calendar.businessDuration(from: start, to: event.at)
                        segmentStart = nil
                    }
                    if !next.isActive { resolvedAt = event.at }
                } else if status == .pendingCustomer || !status.isActive, firstMessageAt != nil, segmentStart == nil {
                    // Reopened by an agent: the resolution clock runs again.
                    segmentStart = event.at
                    resolvedAt = nil
                }
                status = next
            }
        }

        func finish() -> (SLAMeasure?, SLAMeasure?, SLAMeasure?) {
            guard let opened = firstMessageAt else { return (nil, nil, nil) }
            var first: SLAMeasure?
            if let target = targets.firstResponse {
                let due = calendar.adding(target, to: opened)
                if let answered = firstResponseAt {
                    first = SLAMeasure(kind: .firstResponse, target: target, startedAt: opened, dueAt: due, completedAt: answered,
                                       state: answered <= due ? .met : .missed)
                } else if status.isActive, status != .pendingCustomer {
                    first = SLAMeasure(kind: .firstResponse, target: target, startedAt: opened, dueAt: due, state: .running)
                }
            }
            var next = lastNextResponse
            if let target = targets.nextResponse, let waiting = waitingSince, firstResponseAt != nil,
               status.isActive, status != .pendingCustomer {
                next = SLAMeasure(kind: .nextResponse, target: target, startedAt: waiting,
                                  dueAt: calendar.adding(target, to: waiting), state: .running)
            }
            var resolution: SLAMeasure?
            if let target = targets.resolution {
                if let start = segmentStart {
                    let left = target - resolutionUsed
                    let due = left > 0 ? calendar.adding(left, to: start) : start.addingTimeInterval(left)
                    resolution = SLAMeasure(kind: .resolution, target: target, startedAt: opened, dueAt: due, state: .running)
                } else if let resolvedAt {
                    resolution = SLAMeasure(kind: .resolution, target: target, startedAt: opened, dueAt: nil, completedAt: resolvedAt,
                                            state: resolutionUsed <= target ? .met : .missed)
                } else {
                    resolution = SLAMeasure(kind: .resolution, target: target, startedAt: opened, dueAt: nil,
                                            state: .paused(remaining: target - resolutionUsed))
                }
            }
            return (first, next, resolution)
        }
    }
}
