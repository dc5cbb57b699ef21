import Foundation
import ConcordStore

/// A message's text-search vector and a query's tsquery, written out from the tokens the SQLite
/// store's index makes (`IndexTokenizer`), so both stores find the same messages.
///
/// Both are literals cast by the server (`?::tsvector`, `?::tsquery`): PostgreSQL's parser
/// (`to_tsvector`) would split "refund@shop.com", "12.5" and "foo/bar" otherwise than FTS5,
/// keep "café" apart from "cafe" and drop "²". The vector keeps PostgreSQL's limits, as
/// `to_tsvector` does: a word of at most 2,047 bytes (longer ones are cut, in queries too),
/// 256 positions a word, positions up to 16,383 (later words all stand at 16,383, so a Chinese
/// phrase past the 16,000th word of a message is not found), about a megabyte of distinct words.
public enum PostgresSearchText {
    static let maximumWordBytes = 2047
    static let maximumPositions = 256
    static let lastPosition = 16383
    static let maximumDistinctBytes = 1_000_000

    /// The `tsvector` literal of a message's index text (`SearchTextNormalizer.indexText`).
    public static func vector(_ indexText: String) throws -> String {
        var positions: [String: [Int]] = [:]
        var order: [String] = []
        var distinctBytes = 0
        for (index, token) in try IndexTokenizer.tokens(indexText).enumerated() {
            let word = cut(token)
            if positions[word] == nil {
                distinctBytes += word.utf8.count + 1
                if distinctBytes > maximumDistinctBytes { break }
                order.append(word)
                positions[word] = []
            }
            let position = min(index + 1, lastPosition)
            if positions[word]!.count < maximumPositions && positions[word]!.last != position {
                positions[word]!.append(position)
            }
        }
        return order.map { quoted($0) + ":" + positions[$0]!.map(String.init).joined(separator: ",") }.joined(separator: " ")
    }

    /// The `tsquery` literal of what the user typed, as FTS5 reads the SQLite store's MATCH
    /// expression (`SearchTextNormalizer.queryTerms`): each word a phrase of its tokens, the
    /// last a prefix; each run of Chinese or Japanese characters a phrase of its bigrams; all
    /// required. Nil when the query holds nothing to search or a term holds no token (FTS5's
    /// empty phrase, which matches nothing).
    public static func query(_ text: String) throws -> String? {
        var parts: [String] = []
        for term in SearchTextNormalizer.queryTerms(for: text) {
            let words: [String]
            switch term {
            case .prefix(let word):
                let tokens = try IndexTokenizer.tokens(word).map(cut)
                guard let last = tokens.last else { return nil }
                words = tokens.dropLast().map(quoted) + [quoted(last) + ":*"]
            case .phrase(let bigrams):
                let tokens = try IndexTokenizer.tokens(bigrams.joined(separator: " ")).map(cut)
                guard !tokens.isEmpty else { return nil }
                words = tokens.map(quoted)
            }
            parts.append(words.count == 1 ? words[0] : "(" + words.joined(separator: " <-> ") + ")")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " & ")
    }

    /// A word cut to the longest lexeme PostgreSQL takes, at a character boundary.
    private static func cut(_ word: String) -> String {
        guard word.utf8.count > maximumWordBytes else { return word }
        var result = String.UnicodeScalarView()
        var bytes = 0
        for scalar in word.unicodeScalars {
            bytes += UTF8.width(scalar)
            if bytes > maximumWordBytes { break }
            result.append(scalar)
        }
        return String(result)
    }

    /// A lexeme as the tsvector and tsquery input syntax quotes it.
    private static func quoted(_ lexeme: String) -> String {
        "'" + lexeme.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
