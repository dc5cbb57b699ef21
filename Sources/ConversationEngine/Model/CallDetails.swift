/// What happened on a phone call, so the timeline can say "missed call" or "12 min, answered"
/// and show the voicemail or transcript.
public struct CallDetails: Codable, Sendable, Hashable {
    public enum Outcome: String, Codable, Sendable, CaseIterable, Hashable {
        case answered, missed, voicemail
    }

    /// Whether the customer called in or the company called out.
    public var direction: Direction
    public var durationSeconds: Int
    public var outcome: Outcome
    /// A voicemail or call transcript, when the phone system provides one.
    public var transcript: String?

    public init(direction: Direction, durationSeconds: Int, outcome: Outcome, transcript: String? = nil) {
        self.direction = direction
        self.durationSeconds = max(0, durationSeconds)
        self.outcome = outcome
        self.transcript = transcript
    }
}
