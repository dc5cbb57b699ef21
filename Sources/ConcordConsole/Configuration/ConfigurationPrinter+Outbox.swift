import ConcordChannels
import Foundation

extension ConfigurationPrinter {
    /// `[outbox]` in force, in the form `OutboxConfigurationReader` reads; tokens are never printed
    /// (they are not in the configuration at all).
    static func outboxSection(_ delivery: DeliverySettings) -> String {
        var text = "\n[outbox]\n# How replies leave: email through this command, the rest through the providers' APIs.\n"
        text += "# Tokens come from the environment: CONCORD_TWILIO_AUTH_TOKEN, CONCORD_META_ACCESS_TOKEN, CONCORD_X_ACCESS_TOKEN, CONCORD_CHAT_SECRET.\n"
        text += "sendmail = [\(delivery.sendmail.map(quoted).joined(separator: ", "))]\n"
        text += delivery.emailFrom.map { "from = \(quoted($0.description))\n" } ?? "# from = \"Acme Support <support@example.com>\"  # default: the first of channels.own_email\n"
        text += delivery.chatURL.map { "chat_url = \(quoted($0))\n" } ?? "# chat_url = \"https://chat.example.com/concord/replies\"\n"
        text += "max_attempts = \(delivery.maxAttempts)\n"
        text += "first_retry = \(quoted(WallClockDuration.text(delivery.firstDelay)))  # doubles after each failed attempt\n"
        text += "max_retry = \(quoted(WallClockDuration.text(delivery.maxDelay)))\n"
        text += delivery.twilio.accountSID.map { "twilio.account_sid = \(quoted($0))\n" } ?? "# twilio.account_sid = \"AC...\"\n"
        text += delivery.twilio.from.map { "twilio.from = \(quoted($0))\n" } ?? "# twilio.from = \"+15550001111\"  # or a Messaging Service SID\n"
        text += "twilio.base_url = \(quoted(delivery.twilio.baseURL))\n"
        text += delivery.meta.whatsappPhoneNumberID.map { "meta.whatsapp_phone_number_id = \(quoted($0))\n" }
            ?? "# meta.whatsapp_phone_number_id = \"106540352242922\"\n"
        text += "meta.graph_url = \(quoted(delivery.meta.graphURL))\n"
        text += "meta.graph_version = \(quoted(delivery.meta.graphVersion))\n"
        text += "x.base_url = \(quoted(delivery.x.baseURL))\n"
        return text
    }
}
