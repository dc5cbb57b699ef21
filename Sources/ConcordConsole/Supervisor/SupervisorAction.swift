import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Everything that can happen to the supervisor screen: keys, the clock, the terminal, other
/// processes' commits, and the results of the effects it asked for.
public enum SupervisorAction: Sendable {
    case started
    case key(Key)
    case command(SupervisorCommand)
    case resize(Size)
    case tick(Date)
    /// Another process committed a change (`Store.watchChanges`): read again now.
    case storeChanged
    case overviewLoaded(SupervisorOverview)
    case conversationsLoaded([QueueItem], total: Int, scope: QueueHealth.Scope)
    case timelineLoaded(SupervisorTimeline)
    /// A reassignment, priority change, queue move or broadcast was stored: what to say.
    case changed(String)
    /// The store refused a change (someone else changed the conversation first): why; the
    /// panes are read again so the next try starts from what is there now.
    case changeFailed(String)
    /// A read failed: why.
    case failed(String)
}
