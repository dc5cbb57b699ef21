import Foundation

/// What one attempt to deliver an outbox item came to.
public enum DeliveryOutcome: Sendable, Hashable {
    /// The provider or the mail server took it; its id for the message when it gave one.
    case delivered(providerID: String?)
    /// It may work later (a timeout, a 503, a full disk at the MTA): try again, no sooner than
    /// `after` when the provider said so (Retry-After).
    case retry(reason: String, after: TimeInterval?)
    /// It will never work as it is (an invalid number, a blocked user, a refused address).
    case refused(reason: String)

    /// The outcome of an HTTP answer: 2xx delivered; 408, 425, 429 and 5xx retried (after
    /// Retry-After when given); any other status refused with the provider's own explanation.
    public static func http(status: Int, body: Data, retryAfter: String?, provider: String) -> DeliveryOutcome {
        let explanation = ProviderAnswer.explanation(in: body)
        if (200..<300).contains(status) { return .delivered(providerID: ProviderAnswer.messageID(in: body)) }
        let reason = "\(provider) answered HTTP \(status)" + (explanation.map { ": \($0)" } ?? "")
        if [408, 425, 429].contains(status) || status >= 500 {
            return .retry(reason: reason, after: retryAfter.flatMap { TimeInterval($0.trimmingCharacters(in: .whitespaces)) })
        }
        return .refused(reason: reason)
    }

    /// The outcome of a sendmail-compatible command's exit status (sysexits.h): 0 delivered;
    /// a usage, data, unknown user or host, or permission error refused; anything else
    /// (EX_TEMPFAIL, EX_UNAVAILABLE, a crash) retried. `stderr` explains it.
    public static func sendmail(status: Int32, stderr: String, command: String) -> DeliveryOutcome {
        if status == 0 { return .delivered(providerID: nil) }
        let said = stderr.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .suffix(2).joined(separator: " ")
        let reason = "\(command) exited with status \(status)" + (said.isEmpty ? "" : ": " + String(said.prefix(300)))
        // EX_USAGE 64, EX_DATAERR 65, EX_NOUSER 67, EX_NOHOST 68, EX_NOPERM 77.
        return [64, 65, 67, 68, 77].contains(status) ? .refused(reason: reason) : .retry(reason: reason, after: nil)
    }
}

/// Reads what a provider's JSON answer says: the message id it assigned, or its error text.
enum ProviderAnswer {
    static func messageID(in body: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return nil }
        if let sid = object["sid"] as? String { return sid }                                   // Twilio
        if let messages = object["messages"] as? [[String: Any]], let id = messages.first?["id"] as? String { return id } // WhatsApp
        if let id = object["message_id"] as? String { return id }                               // Messenger, Instagram
        if let data = object["data"] as? [String: Any] {                                        // X
            return (data["dm_event_id"] as? String) ?? (data["id"] as? String)
        }
        return object["id"] as? String
    }

    static func explanation(in body: Data) -> String? {
        guard !body.isEmpty else { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty || text.hasPrefix("<") ? nil : text
        }
        if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return message } // Meta
        if let errors = object["errors"] as? [[String: Any]], let message = errors.first?["message"] as? String { return message }
        for key in ["message", "detail", "title", "error"] {
            if let text = object[key] as? String { return text }
        }
        return nil
    }
}
