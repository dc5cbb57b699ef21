import Foundation
import GRDB
import ConversationEngine

extension SQLiteStore {
    /// Full-text search over subjects, texts, transcripts and attachment names.
    ///
    /// Returns the most recently stored matches (the index is walked from the newest row, so
    /// the cost is bounded by `limit`, not by how common the word is), newest first.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        guard let (clauses, filterArguments) = Self.searchFilter(query) else { return [] }
        var arguments = filterArguments
        arguments.append(query.limit)
        let sql = """
            SELECT \(RowDecoding.messageColumns), cu.display_name AS customer_name
            FROM message_search s
            JOIN messages m ON m.id = s.rowid
            JOIN customers cu ON cu.id = m.customer_id
            WHERE \(clauses.joined(separator: " AND "))
            ORDER BY s.rowid DESC
            LIMIT ?
            """
        let terms = SearchSnippet.terms(of: query.text)
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let message = RowDecoding.message(row)
                let source = message.text.isEmpty ? (message.call?.transcript ?? "") : message.text
                return SearchHit(
                    messageID: message.id, conversationID: message.conversationID, customerID: message.customerID,
                    customerName: row["customer_name"], channel: message.channel, direction: message.direction,
                    sentAt: message.sentAt, subject: message.subject,
                    snippet: SearchSnippet.make(from: source, subject: message.subject, terms: terms))
            }
            .sorted { ($0.sentAt, $0.messageID) > ($1.sentAt, $1.messageID) }
        }
    }

    public func searchCount(_ query: SearchQuery) throws -> Int {
        guard let (clauses, arguments) = Self.searchFilter(query) else { return 0 }
        let join = clauses.count > 1 ? "JOIN messages m ON m.id = s.rowid" : ""
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM message_search s \(join) WHERE \(clauses.joined(separator: " AND "))",
                             arguments: StatementArguments(arguments)) ?? 0
        }
    }

    /// The WHERE clauses and arguments of a search, or nil when the text holds nothing to search.
    static func searchFilter(_ query: SearchQuery) -> ([String], [(any DatabaseValueConvertible)?])? {
        guard let match = SearchTextNormalizer.matchExpression(for: query.text) else { return nil }
        var clauses = ["message_search MATCH ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [match]
        if let customer = query.customer {
            clauses.append("m.customer_id = ?")
            arguments.append(customer.rawValue)
        }
        if let channels = query.channels, !channels.isEmpty {
            clauses.append("m.channel IN (\(channels.map { _ in "?" }.joined(separator: ",")))")
            arguments += channels.map(\.rawValue).sorted()
        }
        return (clauses, arguments)
    }
}
