/// Every kind of source Concord can read. The raw value names the format in the store (next
/// to the kept raw bytes, so a quarantined item can be parsed again) and on the command line.
public enum SourceFormat: String, Codable, Sendable, CaseIterable, Hashable {
    /// One RFC 5322 message (from a Maildir file, an mbox, or stdin).
    case email
    /// A Chatwoot `message_created` webhook payload.
    case chatwoot
    /// An Intercom conversation (or conversation part) payload.
    case intercom
    /// One line of Concord's own chat JSON Lines schema.
    case concordChat = "concord-chat"
    /// One row of an Asterisk `cdr_csv` Master.csv (or a `cdr_custom` layout with a header).
    case asteriskCDR = "asterisk-cdr"
    /// One row of a FreeSWITCH `mod_cdr_csv` default template.
    case freeswitchCDR = "freeswitch-cdr"
    /// A Twilio voice status or recording callback (form fields).
    case twilioVoice = "twilio-voice"
    /// A Twilio messaging webhook (form fields).
    case twilioSMS = "twilio-sms"
    /// An X API v2 tweets payload (`data`, `includes.users`).
    case xTweets = "x-tweets"
    /// X direct-message events.
    case xDirectMessages = "x-dm"
    /// A Meta webhook for Messenger or Instagram (`entry[].messaging[]`).
    case metaMessaging = "meta-messaging"
    /// A WhatsApp Cloud API webhook (`entry[].changes[].value.messages[]`).
    case whatsapp
}
