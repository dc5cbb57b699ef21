import Foundation

/// Writes the automatic acknowledgement of a new conversation: the customer by name, as their
/// language addresses people, what reached the team on that channel, and a realistic time for
/// a person's answer (DOMAIN principle 10: never a generic auto-reply).
///
/// ```swift
/// let promise = PromisedReplyTime(at: now, target: policy.targets.firstResponse, calendar: policy.calendar,
///                                 recent: recent, load: load, customerTimeZone: zone)
/// let ack = AcknowledgementComposer().compose(for: customer, on: .email, promise: promise,
///                                              at: now, seed: "conversation:42")
/// // "안녕하세요, 김민지 고객님.\n\n보내 주신 이메일이 … 내일 오전 10시까지 담당자가 직접 답변드리겠습니다. …"
/// ```
public struct AcknowledgementComposer: Sendable {
    /// Operator-written sentences per language that replace Concord's (`[acknowledgements.wording]`);
    /// each has `{name}` and `{promise}` and is picked by the seed like the built-in ones.
    public var overrides: [Language: [String]]

    public init(overrides: [Language: [String]] = [:]) {
        self.overrides = overrides
    }

    /// - Parameters:
    ///   - customer: who is acknowledged; their language and time zone decide the words and the clock.
    ///   - channel: where the customer wrote.
    ///   - promise: the reply time promised.
    ///   - now: when the acknowledgement is written ("today", "tomorrow" are relative to it).
    ///   - seed: picks among the variants; the conversation id keeps a conversation's wording stable.
    ///   - fallbackTimeZone: the clock used when the customer's time zone is unknown (the team's).
    public func compose(for customer: Customer, on channel: Channel, promise: PromisedReplyTime, at now: Date,
                        seed: String, fallbackTimeZone: TimeZone = TimeZone(identifier: "UTC")!) -> Acknowledgement {
        let language = customer.language
        let zone = customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? fallbackTimeZone
        let promiseText = PromisedTimeText.text(promise.wording, in: language, timeZone: zone, now: now)
        let kind = AcknowledgementChannel(channel) ?? .email
        let picker = VariantPicker(seed: seed)
        let name = Self.name(for: customer)
        let outgoing: Channel = kind == .phone ? .sms : channel

        func fill(_ template: String) -> String {
            template.replacingOccurrences(of: "{name}", with: name)
                .replacingOccurrences(of: "{dear}", with: customer.name.gender == .female ? "Уважаемая" : "Уважаемый")
                .replacingOccurrences(of: "{promise}", with: promiseText)
        }

        if let custom = overrides[language], let template = picker.pick(custom, part: "override") {
            return Acknowledgement(language: language, text: fill(template), promiseText: promiseText, promise: promise,
                                   channel: outgoing)
        }
        let wording = AcknowledgementWording.standard(for: language)
        let greetings = customer.name.gender == .unspecified ? wording.greetings.filter { !$0.contains("{dear}") } : wording.greetings
        let greeting = fill(picker.pick(greetings, part: "greeting") ?? "{name},")
        let received = fill(picker.pick(wording.received[kind] ?? [], part: "received") ?? "")
        let promiseLine = fill(picker.pick(kind == .phone ? wording.callBackPromises : wording.writtenPromises, part: "promise") ?? "{promise}")
        let closing = fill(picker.pick(wording.closings, part: "closing") ?? "")
        let space = language == .zh ? "" : " "
        let text: String = switch kind {
        case .email:
            "\(greeting)\n\n\(received)\(space)\(promiseLine)\n\n\(closing)\n\n\(wording.signature)"
        case .chat, .social:
            "\(greeting)\(space)\(received)\(space)\(promiseLine)\(space)\(closing)"
        case .sms, .phone:
            // Short: a text message is read on a lock screen.
            "\(greeting)\(space)\(received)\(space)\(promiseLine)"
        }
        return Acknowledgement(language: language, text: text, promiseText: promiseText, promise: promise, channel: outgoing)
    }

    /// The customer as the acknowledgement addresses them: `CustomerAddressing`'s form, with
    /// Korean service Korean's 고객님 ("김민지 고객님") in place of the plain 님.
    static func name(for customer: Customer) -> String {
        let address = CustomerAddressing.address(customer)
        if customer.language == .ko, address.hasSuffix(" 님") {
            return String(address.dropLast(2)) + " 고객님"
        }
        return address
    }
}
