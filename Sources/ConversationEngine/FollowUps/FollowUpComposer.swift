import Foundation

/// Writes the follow-up of a resolved conversation in the customer's language: did the fix
/// work, how to say it did not (a reply reopens the case), and the 1–5 survey, with one-click
/// links in an email when the receiver's public URL is configured.
///
/// ```swift
/// let text = FollowUpComposer(settings: settings).compose(
///     for: customer, subject: "Router keeps dropping", fixedOn: .phone, sentOn: .email,
///     surveyToken: "k3J9…", seed: "follow-up:7")
/// ```
public struct FollowUpComposer: Sendable {
    public var settings: FollowUpSettings

    public init(settings: FollowUpSettings) {
        self.settings = settings
    }

    /// - Parameters:
    ///   - fixedOn: where the case was solved ("we spoke on the phone").
    ///   - sentOn: where the follow-up goes; email gets paragraphs, links and a signature.
    ///   - surveyToken: the token of the survey's one-click links; no survey when nil.
    public func compose(for customer: Customer, subject: String, fixedOn: Channel, sentOn: Channel, surveyToken: String?,
                        seed: String) -> String {
        let language = customer.language
        let wording = FollowUpWording.standard(for: language)
        let base = AcknowledgementWording.standard(for: language)
        let picker = VariantPicker(seed: seed)
        let name = AcknowledgementComposer.name(for: customer)
        let shortSubject = Whitespace.collapsed(subject)
        let topic = shortSubject.count > 60 ? String(shortSubject.prefix(59)) + "…" : shortSubject
        func fill(_ template: String) -> String {
            template.replacingOccurrences(of: "{name}", with: name)
                .replacingOccurrences(of: "{dear}", with: customer.name.gender == .female ? "Уважаемая" : "Уважаемый")
                .replacingOccurrences(of: "{subject}", with: topic)
        }
        let greetings = customer.name.gender == .unspecified ? base.greetings.filter { !$0.contains("{dear}") } : base.greetings
        let greeting = fill(picker.pick(greetings, part: "greeting") ?? "{name},")
        let checks = switch fixedOn {
        case .phone: wording.spokenChecks
        case .chat: wording.chatChecks
        default: wording.writtenChecks
        }
        let check = fill(picker.pick(checks, part: "check") ?? "")
        let reopen = fill(picker.pick(wording.reopen, part: "reopen") ?? "")
        let space = language == .zh ? "" : " "
        guard sentOn == .email else {
            var text = "\(greeting)\(space)\(check)\(space)\(reopen)"
            if surveyToken != nil { text += "\(space)\(wording.survey)" }
            return text
        }
        var text = "\(greeting)\n\n\(check)\(space)\(reopen)"
        if let token = surveyToken {
            text += "\n\n\(wording.survey)"
            let links = (1...5).reversed().compactMap { score in
                settings.surveyLink(token: token, score: score).map { "\(score) \(String(repeating: "★", count: score)) \($0)" }
            }
            if !links.isEmpty { text += "\n\(wording.links)\n" + links.joined(separator: "\n") }
        }
        return text + "\n\n\(base.signature)"
    }
}
