import Foundation
import GRDB

/// The tokens the SQLite store's full-text index makes of a text (`SearchIndex`: FTS5's
/// `unicode61 remove_diacritics 2`), for a store that keeps the tokens itself: the PostgreSQL
/// store writes them as its text-search vector and its queries, so both stores split
/// "refund@shop.com", "12.5" and "سَلام" alike and both fold "café" to "cafe", which
/// PostgreSQL's own parser does not.
///
/// SQLite itself tokenizes (`fts3tokenize`, the same unicode61 tables and options as FTS5's), so
/// the two stores cannot drift apart by Unicode version or by an edge of the rules.
public enum IndexTokenizer {
    /// One in-memory connection; tokenizing a message takes microseconds.
    private static let tokenizer = Result<DatabaseQueue, any Error> {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE tokens USING fts3tokenize('unicode61', 'remove_diacritics=2')")
        }
        return queue
    }

    /// The tokens of `text`, in order (case-folded, diacritics removed).
    public static func tokens(_ text: String) throws -> [String] {
        guard !text.isEmpty else { return [] }
        return try tokenizer.get().read { db in
            try String.fetchAll(db.cachedStatement(sql: "SELECT token FROM tokens WHERE input = ? ORDER BY position"),
                                arguments: [text])
        }
    }
}
