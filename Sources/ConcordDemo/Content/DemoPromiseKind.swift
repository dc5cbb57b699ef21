/// The commitments demo agents make, with how their due time is computed.
///
/// Due times follow the words: "tomorrow before noon" is noon in the customer's time zone,
/// "5 business days" skips the customer's weekend (Friday in Iran, Saturday and Sunday elsewhere).
enum DemoPromiseKind: Int, CaseIterable, Sendable {
    case refund5bd, callbackTomorrow, reply24h, update48h, replacement3bd, callback2h, invoice2bd

    /// Short promises can be shown overdue (and broken) inside one story without gaps long
    /// enough to split the conversation.
    var isShort: Bool { maximumDuration <= 48 * 3600 }

    /// A call is the natural way to keep it.
    var isCallback: Bool { self == .callbackTomorrow || self == .callback2h }

    /// The earliest the promise can fall due after it was made (seconds).
    var minimumDuration: Int {
        switch self {
        case .refund5bd: 5 * 86_400 - 6 * 3600
        case .callbackTomorrow: 12 * 3600
        case .reply24h: 24 * 3600
        case .update48h: 48 * 3600
        case .replacement3bd: 3 * 86_400 - 6 * 3600
        case .callback2h: 2 * 3600
        case .invoice2bd: 2 * 86_400 - 6 * 3600
        }
    }

    /// The latest the promise can fall due after it was made (seconds), weekends included.
    var maximumDuration: Int {
        switch self {
        case .refund5bd: 9 * 86_400
        case .callbackTomorrow: 36 * 3600
        case .reply24h: 24 * 3600
        case .update48h: 48 * 3600
        case .replacement3bd: 7 * 86_400
        case .callback2h: 2 * 3600
        case .invoice2bd: 6 * 86_400
        }
    }
}
