/// The one spelling of a conversation tag, so "VIP", " vip " and "#vip" are one tag and a
/// filter finds them all: trimmed, lower-cased, without a leading "#", spaces and commas
/// (which separate tags where they are stored) turned into hyphens.
public enum ConversationTags {
    /// The normalised tag, or nil when nothing is left of it.
    public static func normalized(_ raw: String) -> String? {
        var text = Whitespace.trimmed(raw).lowercased()
        while text.hasPrefix("#") { text.removeFirst() }
        var out = ""
        for character in text {
            let separator = character.isWhitespace || character == "," || character.isNewline
            if separator {
                if !out.isEmpty && out.last != "-" { out.append("-") }
            } else {
                out.append(character)
            }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? nil : out
    }

    /// `current` with `adding` added (at the end, in order) and `removing` removed, all
    /// normalised, each tag once.
    public static func applying(adding: [String], removing: [String], to current: [String]) -> [String] {
        let removed = Set(removing.compactMap(normalized))
        var seen = Set<String>()
        var out: [String] = []
        for tag in current.compactMap(normalized) + adding.compactMap(normalized) where !removed.contains(tag) {
            if seen.insert(tag).inserted { out.append(tag) }
        }
        return out
    }
}
