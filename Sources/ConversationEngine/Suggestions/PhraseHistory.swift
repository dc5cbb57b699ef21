import Foundation

/// What this customer has recently been told, so a suggestion never repeats itself: hearing
/// "I completely understand your frustration" three times in a week reads as a script, the
/// opposite of empathy (DOMAIN principle 6).
///
/// Both kinds of memory count: the ids of phrases inserted from suggestions, and the texts
/// of outbound messages, because agents edit inserted phrases and also type the same
/// sentences by hand.
public struct PhraseHistory: Sendable, Hashable {
    /// An outbound message sent to the customer.
    public struct SentText: Sendable, Hashable {
        public var sentAt: Date
        public var text: String

        public init(sentAt: Date, text: String) {
            self.sentAt = sentAt
            self.text = text
        }
    }

    /// A suggested phrase an agent used with the customer.
    public struct UsedPhrase: Sendable, Hashable {
        public var usedAt: Date
        public var phraseID: String

        public init(usedAt: Date, phraseID: String) {
            self.usedAt = usedAt
            self.phraseID = phraseID
        }
    }

    public var sentTexts: [SentText]
    public var usedPhrases: [UsedPhrase]
    /// How far back counts as "recently".
    public var window: TimeInterval

    /// Thirty days: long enough that a customer with a drawn-out case does not hear the same
    /// sentence again, short enough that a customer who returns next season can.
    public static let defaultWindow: TimeInterval = 30 * 86_400

    public init(sentTexts: [SentText] = [], usedPhrases: [UsedPhrase] = [], window: TimeInterval = Self.defaultWindow) {
        self.sentTexts = sentTexts
        self.usedPhrases = usedPhrases
        self.window = window
    }

    public static let none = PhraseHistory()

    /// The phrase ids used within the window before `now`.
    public func recentPhraseIDs(at now: Date) -> Set<String> {
        Set(usedPhrases.filter { isRecent($0.usedAt, now: now) }.map(\.phraseID))
    }

    /// The texts sent within the window before `now`.
    public func recentTexts(at now: Date) -> [String] {
        sentTexts.filter { isRecent($0.sentAt, now: now) }.map(\.text)
    }

    private func isRecent(_ date: Date, now: Date) -> Bool {
        date <= now && now.timeIntervalSince(date) <= window
    }
}
