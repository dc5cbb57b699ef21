import Foundation

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmedSpaces: String { trimmingASCII { $0 == 0x20 || $0 == 0x09 } }

    /// The string without leading and trailing ASCII whitespace (space, tab, CR, LF).
    var trimmedWhitespace: String { trimmingASCII { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }

    /// Returns `self` without copying in the common case of nothing to trim: Foundation's
    /// `trimmingCharacters` always bridges, which dominated the cost of splitting large
    /// call-record files and reading ids.
    private func trimmingASCII(_ isTrimmed: (UInt8) -> Bool) -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !isTrimmed(first) && !isTrimmed(last) { return self }
        let view = utf8.drop(while: isTrimmed)
        var end = utf8.endIndex
        while end > view.startIndex, isTrimmed(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(self[view.startIndex..<end])
    }
}
