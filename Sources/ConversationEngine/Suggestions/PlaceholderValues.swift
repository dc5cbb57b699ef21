import Foundation

/// What is known about this customer and this reply, for filling placeholders: the facts, not
/// their wording. The wording depends on the reply's language (the form of address, the
/// calendar, the digits), so `PlaceholderFiller` renders them per language.
///
/// A value left nil is reported as unfilled, and a phrase that needs it is not suggested:
/// "your parcel should arrive {eta}" with no ETA is worse than saying nothing.
public struct PlaceholderValues: Sendable, Hashable {
    /// The customer's name in parts, addressed per language by `CustomerAddressing`.
    public var customerName: PersonName?
    public var agentName: String?
    public var promiseDue: Date?
    public var promiseText: String?
    public var eta: Date?
    public var order: String?
    /// Shared answer sentences by name, for `{fragment.NAME}`.
    public var fragments: [String: AnswerFragment]
    /// The customer's zone: a due time is stated on the customer's clock, not the agent's.
    public var timeZone: TimeZone
    /// The moment of the reply; dates in another year than this one show their year.
    public var now: Date?

    public init(customerName: PersonName? = nil, agentName: String? = nil, promiseDue: Date? = nil,
                promiseText: String? = nil, eta: Date? = nil, order: String? = nil,
                fragments: [String: AnswerFragment] = [:], timeZone: TimeZone = Self.utc, now: Date? = nil) {
        self.customerName = customerName
        self.agentName = agentName
        self.promiseDue = promiseDue
        self.promiseText = promiseText
        self.eta = eta
        self.order = order
        self.fragments = fragments
        self.timeZone = timeZone
        self.now = now
    }

    /// The values for a reply to `customer`, in the customer's own time zone (UTC when it is
    /// unknown or not a valid IANA name), with the open promise's due time and wording.
    public init(customer: Customer, agent: Agent? = nil, promise: Promise? = nil, eta: Date? = nil,
                order: String? = nil, fragments: [String: AnswerFragment] = [:], now: Date? = nil) {
        self.init(customerName: customer.name, agentName: agent?.name, promiseDue: promise?.dueAt,
                  promiseText: promise?.text, eta: eta, order: order, fragments: fragments,
                  timeZone: customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? Self.utc, now: now)
    }

    public static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current

    /// The rendered value of `placeholder` in `language`, or nil when it is not known.
    /// Fragments are returned as written (they may hold placeholders of their own).
    func rendered(_ placeholder: Placeholder, in language: Language) -> String? {
        switch placeholder {
        case .customerAddress:
            return customerName.flatMap { nonEmpty(CustomerAddressing.address($0, in: language)) }
        case .customerName:
            return customerName.flatMap { nonEmpty($0.displayName) }
        case .agentName:
            return agentName.flatMap(nonEmpty)
        case .promiseDue:
            return promiseDue.map { LocalizedDateText.text(for: $0, in: language, timeZone: timeZone, relativeTo: now) }
        case .promiseText:
            return promiseText.flatMap(nonEmpty)
        case .eta:
            return eta.map { LocalizedDateText.text(for: $0, in: language, timeZone: timeZone, relativeTo: now) }
        case .order:
            return order.flatMap(nonEmpty)
        case .fragment(let name):
            return fragments[name]?.text(in: language)
        }
    }

    private func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
