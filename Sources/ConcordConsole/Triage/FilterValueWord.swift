import ConversationEngine

/// Completion inside a `:filter` word: after "channel=" the channels, after "lang=" the
/// languages, after "status=" the statuses (each after any values already typed).
enum FilterValueWord {
    static func expansions(of word: String) -> [String] {
        guard let equals = word.firstIndex(of: "=") else { return [] }
        let key = word[..<equals].lowercased()
        let typed = word[word.index(after: equals)...]
        // "channel=sms,ch" completes the last value; the earlier ones stay.
        let head = typed.lastIndex(of: ",").map { String(word[...$0]) } ?? String(word[...equals])
        let values: [String] = switch key {
        case "channel", "channels": Channel.allCases.filter { $0 != .note }.map(\.rawValue)
        case "status", "statuses": StatusWord.completions
        case "lang", "language", "languages": Language.allCases.map(\.rawValue)
        default: []
        }
        return values.map { head + $0 }
    }
}
