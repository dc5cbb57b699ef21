import Foundation
import GRDB
import ConversationEngine

extension SQLiteStore {
    /// Full-text search over subjects, texts, transcripts, attachment and author names.
    ///
    /// Returns the most recently stored matches, newest first. The index is walked from the
    /// newest message in pages, so the cost is bounded by `limit` (and by how selective the
    /// customer and channel filters are), not by how common the words are.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        guard let match = SearchTextNormalizer.matchExpression(for: query.text), query.limit > 0 else { return [] }
        let terms = SearchSnippet.terms(of: query.text)
        var hits: [SearchHit] = []
        var before: Int64?
        let page = query.customer == nil && query.channels == nil ? query.limit : max(200, query.limit * 4)
        while hits.count < query.limit {
            let ids = try searchIndex.matches(match, limit: page, before: before)
            guard let oldest = ids.last else { break }
            hits += try messages(ids, query: query).map { row in
                let message = row.message
                let source = message.text.isEmpty ? (message.call?.transcript ?? "") : message.text
                return SearchHit(
                    messageID: message.id, conversationID: message.conversationID, customerID: message.customerID,
                    customerName: row.customerName, channel: message.channel, direction: message.direction,
                    sentAt: message.sentAt, subject: message.subject,
                    snippet: SearchSnippet.make(from: source, subject: message.subject, terms: terms))
            }
            if ids.count < page { break }
            before = oldest
        }
        return Array(hits.prefix(query.limit)).sorted { ($0.sentAt, $0.messageID) > ($1.sentAt, $1.messageID) }
    }

    public func searchCount(_ query: SearchQuery) throws -> Int {
        guard let match = SearchTextNormalizer.matchExpression(for: query.text) else { return 0 }
        guard query.customer != nil || query.channels != nil else { return try searchIndex.count(match) }
        var count = 0
        var before: Int64?
        while true {
            let ids = try searchIndex.matches(match, limit: 5000, before: before)
            guard let oldest = ids.last else { return count }
            count += try messages(ids, query: query, countOnly: true).count
            before = oldest
        }
    }

    private struct MatchedRow {
        var message: Message
        var customerName: String
    }

    /// The messages with these ids that pass the query's filters, newest first.
    private func messages(_ ids: [Int64], query: SearchQuery, countOnly: Bool = false) throws -> [MatchedRow] {
        var clauses = ["m.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))"]
        var arguments: [(any DatabaseValueConvertible)?] = ids
        if let customer = query.customer {
            clauses.append("m.customer_id = ?")
            arguments.append(customer.rawValue)
        }
        if let channels = query.channels, !channels.isEmpty {
            clauses.append("m.channel IN (\(channels.map { _ in "?" }.joined(separator: ",")))")
            arguments += channels.map(\.rawValue).sorted()
        }
        let columns = countOnly ? "m.id" : "\(RowDecoding.messageColumns), cu.display_name AS customer_name"
        let sql = """
            SELECT \(columns) FROM messages m JOIN customers cu ON cu.id = m.customer_id
            WHERE \(clauses.joined(separator: " AND ")) ORDER BY m.id DESC
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                countOnly ? MatchedRow(message: Self.placeholder, customerName: "")
                          : MatchedRow(message: RowDecoding.message(row), customerName: row["customer_name"])
            }
        }
    }

    private static let placeholder = Message(
        id: MessageID(0), conversationID: ConversationID(0), customerID: CustomerID(0), channel: .note, direction: .internal,
        author: .system(), sentAt: Date(timeIntervalSince1970: 0), text: "", dedupeKey: "")
}
