import ConversationEngine

/// Finds placeholders a file uses that Concord cannot fill, so a typo such as
/// `{customer.adress}` fails the load instead of reaching a customer in braces.
enum PlaceholderCheck {
    /// The unknown placeholder names in `text`, as written (`{customer.adress}`), in order.
    /// Fragments are allowed only where `allowsFragments` (answers and fragments).
    static func unknownPlaceholders(in text: String, allowsFragments: Bool) -> [String] {
        var unknown: [String] = []
        for occurrence in Placeholder.occurrences(in: text) {
            let written = "{\(occurrence.name)}"
            switch Placeholder(name: occurrence.name) {
            case .fragment? where allowsFragments: continue
            case .fragment?, nil: if !unknown.contains(written) { unknown.append(written) }
            case _?: continue
            }
        }
        return unknown
    }

    /// Whether `name` can be part of an id: letters, digits, `_` and `-`.
    static func isValidName(_ name: String) -> Bool { Placeholder.isValidFragmentName(name) }
}
