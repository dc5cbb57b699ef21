/// The sentences an automatic acknowledgement is built from, in one language: several of
/// each, so consecutive customers (and the same customer twice) do not get one canned line.
///
/// Placeholders: `{name}` is the customer as addressed in the language, `{dear}` the Russian
/// gendered "Уважаемый/Уважаемая" (sentences with it are used only when the gender is known),
/// `{promise}` the promised time from `PromisedTimeText`.
public struct AcknowledgementWording: Sendable, Hashable {
    public var greetings: [String]
    /// What reached us, per kind of channel: honest about the message being automatic where
    /// the channel allows a longer text.
    public var received: [AcknowledgementChannel: [String]]
    /// The promise of a written answer.
    public var writtenPromises: [String]
    /// The promise of a call back (after a missed call).
    public var callBackPromises: [String]
    public var closings: [String]
    /// How an email acknowledgement is signed.
    public var signature: String

    public init(greetings: [String], received: [AcknowledgementChannel: [String]], writtenPromises: [String],
                callBackPromises: [String], closings: [String], signature: String) {
        self.greetings = greetings
        self.received = received
        self.writtenPromises = writtenPromises
        self.callBackPromises = callBackPromises
        self.closings = closings
        self.signature = signature
    }

    /// Concord's own wording for `language`.
    public static func standard(for language: Language) -> AcknowledgementWording {
        switch language {
        case .en: english
        case .ko: korean
        case .zh: chinese
        case .ru: russian
        case .fa: persian
        }
    }
}
