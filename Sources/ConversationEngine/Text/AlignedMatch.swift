import Foundation

/// One match of an `AlignedPattern`, reading its named groups from the folded text.
struct AlignedMatch {
    let result: NSTextCheckingResult
    let text: AlignedText

    var range: NSRange { result.range }

    /// The folded text of a named group, or nil when the group did not take part.
    func group(_ name: String) -> String? {
        let range = result.range(withName: name)
        guard range.location != NSNotFound else { return nil }
        return text.folded(range)
    }

    /// Whether a named group took part in the match.
    func has(_ name: String) -> Bool { result.range(withName: name).location != NSNotFound }
}
