import Foundation
@testable import ConversationEngine

/// Builds events for tests with readable defaults.
enum EventFactory {
    static let base = Date(timeIntervalSince1970: 1_790_000_000)

    static func at(_ minutes: Double) -> Date { base.addingTimeInterval(minutes * 60) }

    static func email(from address: String, name: String? = nil, id: String, inReplyTo: String? = nil,
                      references: [String] = [], subject: String = "Order 1042", text: String = "Hello",
                      minutes: Double = 0, direction: Direction = .inbound) -> InboundEvent {
        InboundEvent(
            channel: .email, direction: direction, providerID: id, occurredAt: at(minutes),
            customer: CustomerHints(identities: [Identity.email(address)!], name: name.map { PersonNameParser.parse($0) }),
            author: direction == .outbound ? .agent("Dana") : nil,
            subject: subject, text: text,
            email: EmailHeaders(messageID: id, inReplyTo: inReplyTo, references: references))
    }

    static func sms(from number: String, id: String, text: String = "Any news?", minutes: Double = 0) -> InboundEvent {
        InboundEvent(channel: .sms, providerID: id, occurredAt: at(minutes),
                     customer: CustomerHints(identities: [Identity.phone(number)!]), text: text)
    }

    static func call(from number: String, id: String, outcome: CallDetails.Outcome, seconds: Int = 0,
                     transcript: String? = nil, minutes: Double = 0, direction: Direction = .inbound) -> InboundEvent {
        InboundEvent(channel: .phone, direction: direction, providerID: id, occurredAt: at(minutes),
                     customer: CustomerHints(identities: [Identity.phone(number)!]), text: "",
                     call: CallDetails(direction: direction, durationSeconds: seconds, outcome: outcome, transcript: transcript))
    }

    static func whatsapp(from number: String, id: String, text: String = "Hi", minutes: Double = 0) -> InboundEvent {
        InboundEvent(channel: .whatsapp, providerID: id, occurredAt: at(minutes),
                     customer: CustomerHints(identities: [Identity.phone(number)!]), text: text,
                     social: SocialDetails(visibility: .private))
    }

    static func chat(visitor: String, session: String, id: String, text: String, minutes: Double = 0,
                     direction: Direction = .inbound) -> InboundEvent {
        InboundEvent(channel: .chat, direction: direction, providerID: id, occurredAt: at(minutes),
                     customer: CustomerHints(identities: [Identity.external(visitor, system: "chat")!]),
                     author: direction == .outbound ? .agent("Dana") : nil,
                     text: text, thread: ThreadHints(chatSessionID: session))
    }
}
