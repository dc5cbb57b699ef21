import Foundation

/// A supervisor's note to the agents ("billing system is down until 15:00, don't promise
/// refunds today"): every open console of the team shows it on its status line as it arrives.
public struct Broadcast: Sendable, Hashable, Codable {
    public var id: Int64
    public var at: Date
    /// The author's login.
    public var author: String
    public var authorName: String
    /// The team it is for (nil: every agent).
    public var team: String?
    public var text: String

    public init(id: Int64, at: Date, author: String, authorName: String, team: String?, text: String) {
        self.id = id
        self.at = at
        self.author = author
        self.authorName = authorName
        self.team = team
        self.text = text
    }
}
