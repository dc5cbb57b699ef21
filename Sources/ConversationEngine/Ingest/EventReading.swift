/// What planning reads from an event's own words, needing nothing stored: the phone numbers
/// in its text, how the customer sounds and the time commitments of a reply.
///
/// Bulk ingest reads it on the parsing threads (`IngestPlanner.read(_:)`), so the single
/// writer only decides what needs the store; planning reads whatever is not given here.
public struct EventReading: Sendable, Hashable {
    /// Phone numbers written in an inbound event's text (merge evidence).
    public var phonesInText: [String]
    /// How the customer sounds in an inbound event (see `IngestPlanner.sentiment(of:)`).
    public var sentiment: Double?
    /// The promises of an outbound event, read on the calendar its conversation is expected to
    /// keep; nil when the event makes none by its nature (inbound, or not to be read).
    public var promises: PromiseReading?

    public init(phonesInText: [String], sentiment: Double?, promises: PromiseReading?) {
        self.phonesInText = phonesInText
        self.sentiment = sentiment
        self.promises = promises
    }
}

/// Promises read ahead of planning, before the conversation is known: they hold only if the
/// conversation turns out to keep the business calendar they were pinned on (the calendar
/// depends on its queue and priority), and are read again otherwise.
public struct PromiseReading: Sendable, Hashable {
    /// The calendar (and so the time zone) the due times were pinned on.
    public var calendar: BusinessCalendar
    public var promises: [ExtractedPromise]

    public init(calendar: BusinessCalendar, promises: [ExtractedPromise]) {
        self.calendar = calendar
        self.promises = promises
    }
}
