import ConversationEngine

/// What of a message is searchable: its subject, text, call transcript, attachment names and
/// the author's name, prepared by `SearchTextNormalizer`.
enum SearchDocument {
    static func text(of message: Message) -> String {
        var parts: [String] = []
        if let subject = message.subject, !subject.isEmpty { parts.append(subject) }
        parts.append(message.text)
        if let transcript = message.call?.transcript, !transcript.isEmpty, transcript != message.text {
            parts.append(transcript)
        }
        parts.append(contentsOf: message.attachments.map(\.filename))
        if !message.author.name.isEmpty { parts.append(message.author.name) }
        return SearchTextNormalizer.indexText(parts.joined(separator: "\n"))
    }
}
