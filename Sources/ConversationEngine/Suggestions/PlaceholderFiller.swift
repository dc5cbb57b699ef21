/// Fills `{placeholder}`s in a phrase or answer for one customer, in one language.
///
/// Fragments are filled recursively (a fragment may use `{eta}` or another fragment); a
/// fragment that refers back to itself is left unfilled and reported rather than looping.
public enum PlaceholderFiller {
    public static func fill(_ text: String, in language: Language, with values: PlaceholderValues) -> FilledText {
        var unfilled: [String] = []
        let filled = fill(text, language: language, values: values, open: [], unfilled: &unfilled)
        return FilledText(text: filled, unfilled: unfilled)
    }

    private static func fill(_ text: String, language: Language, values: PlaceholderValues,
                             open: Set<String>, unfilled: inout [String]) -> String {
        let occurrences = Placeholder.occurrences(in: text)
        guard !occurrences.isEmpty else { return text }
        var result = ""
        var cursor = text.startIndex
        for occurrence in occurrences {
            result += text[cursor..<occurrence.range.lowerBound]
            cursor = occurrence.range.upperBound
            let written = String(text[occurrence.range])
            guard let placeholder = Placeholder(name: occurrence.name), !open.contains(occurrence.name),
                  let value = values.rendered(placeholder, in: language) else {
                if !unfilled.contains(occurrence.name) { unfilled.append(occurrence.name) }
                result += written
                continue
            }
            if case .fragment = placeholder {
                result += fill(value, language: language, values: values, open: open.union([occurrence.name]), unfilled: &unfilled)
            } else {
                result += value
            }
        }
        result += text[cursor...]
        return result
    }
}
