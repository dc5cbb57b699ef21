import ConversationEngine

/// What of a message is searchable: its subject, text, call transcript, attachment names and
/// the author's name, prepared by `SearchTextNormalizer`.
public enum SearchDocument {
    /// The index text of a stored message.
    public static func text(of message: Message) -> String {
        text(subject: message.subject, text: message.text, transcript: message.call?.transcript,
             attachments: message.attachments, author: message.author.name)
    }

    /// The index text the message made from `event` will have: the same as `text(of:)` on the
    /// stored message, computed before storing (bulk ingest does this on its parsing threads).
    public static func text(of event: InboundEvent) -> String {
        text(subject: event.subject.map(IngestPlanner.cleanSubject), text: event.text, transcript: event.call?.transcript,
             attachments: event.attachments, author: IngestPlanner.author(of: event).name)
    }

    private static func text(subject: String?, text: String, transcript: String?, attachments: [Attachment],
                             author: String) -> String {
        var parts: [String] = []
        if let subject, !subject.isEmpty { parts.append(subject) }
        parts.append(text)
        if let transcript, !transcript.isEmpty, transcript != text { parts.append(transcript) }
        parts.append(contentsOf: attachments.map(\.filename))
        if !author.isEmpty { parts.append(author) }
        return SearchTextNormalizer.indexText(parts.joined(separator: "\n"))
    }
}
