import Foundation

/// Everything a reply suggestion depends on, gathered by the caller (the CLI from its
/// arguments or the store, the console from the store), so `ReplySuggester` stays pure.
///
/// Only `text` and `now` are required: a bare message still gets its language, situations,
/// phrases without personal placeholders and ranked answers. Each fact added makes the
/// suggestion more personal (the customer's name in their own form of address, the promise's
/// due time on their clock) or more accurate (the wait, the tenure, an overdue promise).
public struct ReplySuggestionRequest: Sendable, Hashable {
    /// What the customer wrote: one message, or the unanswered run of their latest ones.
    public var text: String
    /// The customer's preferred language: breaks ties when the text's script is ambiguous.
    public var preferredLanguage: Language?
    /// Forces the reply language instead of detecting it from `text`.
    public var language: Language?
    /// The customer's name, addressed in the reply's language.
    public var customerName: PersonName?
    /// The customer's zone, for due times and ETAs stated on their clock.
    public var timeZone: TimeZone
    /// The message's context (channel, wait, tenure, overdue promises); nil reads the words alone.
    public var context: SituationContext?
    /// What this customer was told recently, so no phrase is repeated to them.
    public var history: PhraseHistory
    public var agentName: String?
    /// The open promise the reply may refer to (`{promise.due}`, `{promise.text}`).
    public var promise: Promise?
    public var eta: Date?
    /// The order reference; when nil, the first one the text mentions.
    public var order: String?
    public var now: Date
    /// Varies the choice among equally fitting phrases; the same seed gives the same choice.
    public var seed: UInt64

    public init(text: String, preferredLanguage: Language? = nil, language: Language? = nil, customerName: PersonName? = nil,
                timeZone: TimeZone = PlaceholderValues.utc, context: SituationContext? = nil, history: PhraseHistory = .none,
                agentName: String? = nil, promise: Promise? = nil, eta: Date? = nil, order: String? = nil, now: Date,
                seed: UInt64 = 0) {
        self.text = text
        self.preferredLanguage = preferredLanguage
        self.language = language
        self.customerName = customerName
        self.timeZone = timeZone
        self.context = context
        self.history = history
        self.agentName = agentName
        self.promise = promise
        self.eta = eta
        self.order = order
        self.now = now
        self.seed = seed
    }
}
