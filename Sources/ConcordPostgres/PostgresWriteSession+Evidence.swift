import Foundation
import ConcordStore
import ConversationEngine

extension PostgresWriteSession {
    /// Turns the planner's evidence into merge suggestions: identities of two customers on one
    /// message, a phone number in the text that belongs to someone else, the same name at the
    /// same company domain.
    func recordEvidence(_ plan: IngestPlan, customer: CustomerID, message: MessageID, at: Date) throws {
        for other in plan.mergeCandidates where other != customer {
            try suggestMerge(customer, other, score: MergeEvidence.Score.sharedMessage,
                             evidence: "identities of both customers arrived on message \(message)", at: at)
        }
        for probe in plan.evidence {
            switch probe {
            case .phoneInText(let number):
                let owner = try session.value(
                    "SELECT customer_id FROM identities WHERE kind = 'phone' AND platform = '' AND value = ?", [number], as: Int64.self)
                if let owner, owner != customer.rawValue {
                    try suggestMerge(customer, CustomerID(owner), score: MergeEvidence.Score.phoneInText,
                                     evidence: "phone \(number), written in message \(message), belongs to the other customer",
                                     at: at)
                }
            case .nameAtCompanyDomain(let name, let domain):
                let others = try session.rows("""
                    SELECT DISTINCT c.id FROM customers c JOIN identities i ON i.customer_id = c.id
                    WHERE lower(c.display_name) = lower(?) AND c.merged_into IS NULL AND c.id <> ?
                      AND i.kind = 'email' AND i.value LIKE ? ESCAPE '\\'
                    LIMIT 5
                    """, [name, customer.rawValue, "%@" + Self.likeEscaped(domain)])
                for other in others {
                    try suggestMerge(customer, CustomerID(try other(0) as Int64), score: MergeEvidence.Score.nameAndCompanyDomain,
                                     evidence: "same name \"\(name)\" and an address at \(domain)", at: at)
                }
            }
        }
    }

    /// `text` for a LIKE pattern with `\` as the escape character.
    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    func suggestMerge(_ a: CustomerID, _ b: CustomerID, score: Double, evidence: String, at: Date) throws {
        let (first, second) = a < b ? (a, b) : (b, a)
        try session.execute("""
            INSERT INTO merge_suggestions (customer_a, customer_b, score, evidence, state, created_at)
            VALUES (?, ?, ?, ?, 'open', ?) ON CONFLICT DO NOTHING
            """, [first.rawValue, second.rawValue, score, evidence, at])
    }
}
