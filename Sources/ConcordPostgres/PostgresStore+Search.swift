import Foundation
import ConcordStore
import ConversationEngine

/// Full-text search, with the same hits as `SQLiteStore+Search`: each message's vector holds the
/// tokens the SQLite index makes of the same index text, and the query is the same MATCH
/// expression's terms, as FTS5 tokenizes them (see `PostgresSearchText`). The newest matches
/// come first; the GIN index answers the words, the filters and the order come from messages.
extension PostgresStore {
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        guard query.limit > 0, let match = try PostgresSearchText.query(query.text) else { return [] }
        let terms = SearchSnippet.terms(of: query.text)
        let (filter, values) = Self.searchFilter(query)
        let rows = try read { session in
            try session.rows("""
                SELECT \(PostgresRowDecoding.messageColumns), cu.display_name AS customer_name
                FROM search_documents d JOIN messages m ON m.id = d.message_id JOIN customers cu ON cu.id = m.customer_id
                WHERE d.document @@ ?::tsquery\(filter) ORDER BY m.id DESC LIMIT ?
                """, [match] + values + [query.limit])
        }
        let hits = try rows.map { row in
            let message = try PostgresRowDecoding.message(row)
            let source = message.text.isEmpty ? (message.call?.transcript ?? "") : message.text
            return SearchHit(
                messageID: message.id, conversationID: message.conversationID, customerID: message.customerID,
                customerName: try row("customer_name"), channel: message.channel, direction: message.direction,
                sentAt: message.sentAt, subject: message.subject,
                snippet: SearchSnippet.make(from: source, subject: message.subject, terms: terms))
        }
        return hits.sorted { ($0.sentAt, $0.messageID) > ($1.sentAt, $1.messageID) }
    }

    public func searchCount(_ query: SearchQuery) throws -> Int {
        guard let match = try PostgresSearchText.query(query.text) else { return 0 }
        let (filter, values) = Self.searchFilter(query)
        return try read { session in
            Int(try session.value("""
                SELECT count(*) FROM search_documents d JOIN messages m ON m.id = d.message_id
                WHERE d.document @@ ?::tsquery\(filter)
                """, [match] + values, as: Int64.self) ?? 0)
        }
    }

    private static func searchFilter(_ query: SearchQuery) -> (String, [(any PostgresBindable)?]) {
        var filter = ""
        var values: [(any PostgresBindable)?] = []
        if let customer = query.customer {
            filter += " AND m.customer_id = ?"
            values.append(customer.rawValue)
        }
        if let channels = query.channels, !channels.isEmpty {
            filter += " AND m.channel IN (\(channels.map { _ in "?" }.joined(separator: ",")))"
            values += channels.map(\.rawValue).sorted().map { $0 as (any PostgresBindable)? }
        }
        return (filter, values)
    }
}
