import ConversationEngine
import Foundation

/// How the outbox is delivered (`[outbox]` in the configuration): the sendmail-compatible
/// command for email, each provider's account and API base URL (tests point them at a local
/// server), and the retry schedule. Secrets are not here: they come from the environment
/// (`DeliveryCredentials`).
///
/// A channel whose settings are missing is simply not delivered (its replies wait, pending, on
/// the timeline); `unconfigured` says what to set.
public struct DeliverySettings: Sendable, Hashable {
    /// The command and its arguments; the message goes to its standard input. `-t` reads the
    /// recipients from the headers, `-oi` keeps a lone "." line from ending the message.
    public var sendmail: [String] = ["/usr/sbin/sendmail", "-t", "-oi"]
    /// The From of email replies; without it, the first of `channels.own_email`.
    public var emailFrom: EmailAddress?
    public var twilio = Twilio()
    public var meta = Meta()
    public var x = X()
    /// Where chat replies are posted (Concord's signed chat webhook, the mirror of the inbound one).
    public var chatURL: String?
    /// Attempts before an item is given up as failed.
    public var maxAttempts = 8
    /// The wait after the first failed attempt; it doubles after each one, up to `maxDelay`.
    public var firstDelay: TimeInterval = 30
    public var maxDelay: TimeInterval = 3_600
    /// How long a dispatcher holds an item it is delivering; after a crash the item is taken
    /// again once this has passed. Longer than any one attempt may take.
    public var lease: TimeInterval = 300
    /// The longest one HTTP request or one sendmail run may take.
    public var attemptTimeout: TimeInterval = 30

    public struct Twilio: Sendable, Hashable {
        public var accountSID: String?
        /// The number replies are sent from (E.164), or a Messaging Service SID ("MG...").
        public var from: String?
        public var baseURL = "https://api.twilio.com"
        public init() {}
    }

    public struct Meta: Sendable, Hashable {
        /// The WhatsApp Business phone number id replies are sent from.
        public var whatsappPhoneNumberID: String?
        public var graphURL = "https://graph.facebook.com"
        public var graphVersion = "v21.0"
        public init() {}
    }

    public struct X: Sendable, Hashable {
        public var baseURL = "https://api.x.com"
        public init() {}
    }

    public init() {}

    /// The wait before attempt `attempts + 1`, after `attempts` failed ones.
    public func delay(afterAttempts attempts: Int) -> TimeInterval {
        let doublings = Double(max(0, attempts - 1))
        return min(maxDelay, firstDelay * pow(2, min(doublings, 30)))
    }

    /// Why `channel` cannot be delivered with these settings and `credentials`, or nil when it can.
    public func unconfigured(_ channel: Channel, credentials: DeliveryCredentials,
                             executableExists: (String) -> Bool = DeliverySettings.executableExists) -> String? {
        switch channel {
        case .email:
            guard let command = sendmail.first, !command.isEmpty else { return "outbox.sendmail is empty" }
            return executableExists(command) ? nil : "\(command) was not found: install a sendmail-compatible MTA (msmtp, Postfix) or set outbox.sendmail"
        case .sms:
            if twilio.accountSID == nil || twilio.from == nil { return "set outbox.twilio.account_sid and outbox.twilio.from" }
            return credentials.twilioAuthToken == nil ? "set \(DeliveryCredentials.twilioAuthToken)" : nil
        case .whatsapp:
            if meta.whatsappPhoneNumberID == nil { return "set outbox.meta.whatsapp_phone_number_id" }
            return credentials.metaAccessToken == nil ? "set \(DeliveryCredentials.metaAccessToken)" : nil
        case .facebook, .instagram:
            return credentials.metaAccessToken == nil ? "set \(DeliveryCredentials.metaAccessToken) (the page's access token)" : nil
        case .x:
            return credentials.xAccessToken == nil ? "set \(DeliveryCredentials.xAccessToken)" : nil
        case .chat:
            if chatURL == nil { return "set outbox.chat_url" }
            return credentials.chatSecret == nil ? "set \(DeliveryCredentials.chatSecret)" : nil
        case .telegram:
            return "Concord does not send Telegram messages yet"
        case .phone, .note:
            return "\(channel.label) messages are not sent"
        }
    }

    /// Whether `command` names an executable file: a path as given, a bare name on `PATH`.
    public static func executableExists(_ command: String) -> Bool {
        if command.contains("/") { return FileManager.default.isExecutableFile(atPath: command) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(command)") }
    }
}
