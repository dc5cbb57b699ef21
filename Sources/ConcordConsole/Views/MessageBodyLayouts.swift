import ConcordTerminal
import ConversationEngine

/// Message bodies already wrapped for the timeline, kept in the console's state: wrapping
/// (and folding an email's quotes) is most of the work of laying out a timeline, and the
/// cursor keeps coming back to the same customers, the same messages, at the same width.
///
/// A body is looked up by message, width and fold setting, and checked against a digest of
/// what it was made from (text, transcript, attachments), so a message that changed is laid
/// out again; a new theme empties it. Bounded: past `capacity` it starts afresh.
public struct MessageBodyLayouts: Sendable {
    private struct Key: Hashable {
        let message: MessageID
        let width: Int
        let showsQuotedText: Bool
    }

    private struct Entry {
        let digest: Int
        let lines: [StyledLine]
    }

    private var entries: [Key: Entry] = [:]
    private var theme: Theme?

    public static let capacity = 4_000

    public init() {}

    /// How many bodies are kept (for tests).
    public var count: Int { entries.count }

    /// The lines of `message`'s body at `width`, made by `layout` unless kept from before.
    mutating func lines(for message: Message, width: Int, showsQuotedText: Bool, theme: Theme,
                        layout: () -> [StyledLine]) -> [StyledLine] {
        if self.theme != theme {
            entries.removeAll(keepingCapacity: true)
            self.theme = theme
        }
        let key = Key(message: message.id, width: width, showsQuotedText: showsQuotedText)
        let digest = Self.digest(of: message)
        if let entry = entries[key], entry.digest == digest { return entry.lines }
        let lines = layout()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = Entry(digest: digest, lines: lines)
        return lines
    }

    private static func digest(of message: Message) -> Int {
        var hasher = Hasher()
        hasher.combine(message.text)
        hasher.combine(message.channel)
        hasher.combine(message.call?.transcript)
        hasher.combine(message.attachments)
        return hasher.finalize()
    }
}
