import Foundation

/// A one-line excerpt of a matching message around the first matched term, so a result list
/// shows why each message matched.
public enum SearchSnippet {
    /// The words of a query, case-folded, as they may appear in the text.
    public static func terms(of query: String) -> [String] {
        query.lowercased().split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }).map(String.init)
    }

    public static func make(from text: String, subject: String?, terms: [String], width: Int = 80) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        // A match only in the subject: the subject explains the hit better than the body's start.
        if let subject, !terms.isEmpty, !terms.contains(where: { flat.lowercased().contains($0) }),
           terms.contains(where: { subject.lowercased().contains($0) }) {
            return excerpt(subject, terms: terms, width: width)
        }
        return excerpt(flat, fallback: subject, terms: terms, width: width)
    }

    private static func excerpt(_ flat: String, fallback: String? = nil, terms: [String], width: Int) -> String {
        let lower = flat.lowercased()
        guard let hit = terms.lazy.compactMap({ lower.range(of: $0) }).first,
              lower.count == flat.count else {
            let fallback = flat.isEmpty ? (fallback ?? "") : flat
            return fallback.count > width ? String(fallback.prefix(width - 1)) + "…" : fallback
        }
        let offset = lower.distance(from: lower.startIndex, to: hit.lowerBound)
        let start = max(0, offset - width / 3)
        let startIndex = flat.index(flat.startIndex, offsetBy: start)
        let endIndex = flat.index(startIndex, offsetBy: min(width, flat.distance(from: startIndex, to: flat.endIndex)))
        var snippet = String(flat[startIndex..<endIndex])
        if start > 0 { snippet = "…" + snippet }
        if endIndex < flat.endIndex { snippet += "…" }
        return snippet
    }
}
