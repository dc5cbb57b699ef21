import Foundation

/// Recognises which provider wrote a payload from its shape, for the file splitters: files
/// mix payloads, and each item must go to the parser that can read it.
///
/// Recognition looks at the few members each provider always sends (Meta's `object`,
/// Chatwoot's `event`, Intercom's `type`, X's `data`…); a payload that fits none gets the
/// family's best guess from the caller, whose parser then fails with a precise reason, so
/// nothing is ever dropped silently.
enum PayloadShape {
    /// The format of a JSON payload, or nil when no provider's shape fits.
    static func format(of value: JSONValue) -> SourceFormat? {
        guard value.objectValue != nil else { return nil }
        if let object = value["object"]?.text {
            return object == "whatsapp_business_account" ? .whatsapp : .metaMessaging
        }
        if value["entry"] != nil { return .metaMessaging }
        if value["event"]?.text != nil { return .chatwoot }
        switch value["type"]?.text {
        case "notification_event"?, "conversation"?, "conversation_part"?: return .intercom
        default: break
        }
        if value["conversation_parts"] != nil { return .intercom }
        if value["dm_events"] != nil { return .xDirectMessages }
        if let data = value["data"], let first = data.elements.first {
            if first["event_type"] != nil || first["dm_conversation_id"] != nil || first["sender_id"] != nil {
                return .xDirectMessages
            }
            if first["text"] != nil || first["author_id"] != nil || first["conversation_id"] != nil { return .xTweets }
        }
        if let fields = FormFields(json: value), let format = format(of: fields) { return format }
        if value["customer"] != nil || (value["id"] != nil && value["time"] != nil) { return .concordChat }
        return nil
    }

    /// The format of Twilio form fields (a voice or a messaging webhook), or nil.
    static func format(of fields: FormFields) -> SourceFormat? {
        if fields["MessageSid"] != nil || fields["SmsMessageSid"] != nil || fields["SmsSid"] != nil { return .twilioSMS }
        if fields["CallSid"] != nil { return .twilioVoice }
        return nil
    }

    /// The format of one payload's bytes: JSON, or Twilio form fields.
    static func format(of data: Data) -> SourceFormat? {
        if let document = try? JSONReader.parse(data) { return format(of: document.value) }
        if FormFields.looksURLEncoded(data) { return format(of: FormFields(urlEncoded: data)) }
        return nil
    }
}
