import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// One conversation opened read-only over the screen: its messages laid out as the agent
/// console's timeline lays them out, for the width they were laid out at. Nothing here can
/// reply, write a note or change the conversation.
public struct SupervisorTimeline: Sendable, Hashable {
    public var conversation: Conversation
    /// The customer with the conversation's newest messages (`messageLimit` at most).
    public var detail: CustomerSnapshot
    /// How many older messages of the conversation were left out.
    public var omitted: Int
    public var document = TimelineDocument.empty
    /// The first line shown; nil follows the newest message.
    public var top: Int?

    /// The most messages of one conversation the timeline reads.
    public static let messageLimit = 300

    public init(conversation: Conversation, detail: CustomerSnapshot, omitted: Int) {
        self.conversation = conversation
        self.detail = detail
        self.omitted = omitted
    }

    /// Lays the messages out for `width` (again only when the width changed).
    mutating func layOut(width: Int, presentation: Presentation) {
        guard document.width != width || document.lines.isEmpty else { return }
        var laidOut = TimelineDocument.build(detail: detail, focused: conversation.id, scope: .conversation, width: width,
                                             presentation: presentation)
        if omitted > 0 {
            laidOut.lines.insert(StyledLine("  \(omitted) earlier message\(omitted == 1 ? "" : "s") not shown",
                                            style: presentation.theme.style("dim")), at: 0)
        }
        document = laidOut
    }
}
