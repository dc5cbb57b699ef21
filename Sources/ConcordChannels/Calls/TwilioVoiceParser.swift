import ConversationEngine
import Foundation

/// Reads a Twilio Programmable Voice webhook: a call status callback (or `<Dial>` action
/// callback), a `<Record>` action or recording status callback, or a transcription callback.
/// The body is the form Twilio posts (`application/x-www-form-urlencoded`), or the same fields
/// as a flat JSON object.
///
/// One call can produce several callbacks, and ingest keeps the first event it sees for a
/// `providerID` (re-ingesting is a no-op, never an update). So the ids say what each event is:
///
/// | callback | event | providerID |
/// |---|---|---|
/// | status / `<Dial>` action, final CallStatus | the call: answered or missed | "twilio:<CallSid>" |
/// | status with CallStatus queued, initiated, ringing, in-progress | none (warning): the call is not over | – |
/// | `<Record>` action or recording callback (RecordingSid) | the voicemail the caller left | "twilio:<CallSid>/<RecordingSid>" |
/// | recording of the conversation itself (RecordingSource DialVerb, OutboundAPI, Conference…) | none (warning): the call's own event covers it | – |
/// | transcription callback (TranscriptionText) | the voicemail's transcript | "twilio:<CallSid>/<RecordingSid>/transcription" |
///
/// A completed call and its voicemail are therefore two events (the call, then the message
/// left on it), and a recorded conversation is one. The transcript is its own event because
/// it arrives after the recording callback and a later event can never amend an earlier one.
///
/// - Outcome: `DialCallStatus` (what the agent's phone did) when present, else `CallStatus`:
///   completed is answered, busy, failed, no-answer and canceled are missed; an outbound call
///   `AnsweredBy` a machine is voicemail. Twilio reports a call that only reached your IVR as
///   completed: point the `<Dial action>` at Concord to know whether an agent answered.
/// - Customer: the end (`From`, `To`) that is not one of the company's numbers or a
///   `client:`/`sip:` endpoint, else by `Direction` (inbound: From; outbound-api and
///   outbound-dial: To). A forwarded `<Dial>` leg (ParentCallSid, outbound-dial, From the
///   caller) gives no event: its parent call is the customer's call. `CallerName` is the name
///   hint of inbound calls.
/// - Time: the call's start, `Timestamp` (RFC 2822) minus `CallDuration` for completed calls;
///   `RecordingStartTime` for recordings; the item's `receivedAt` when the body has no time.
public struct TwilioVoiceParser: SourceParser {
    static let finalStatuses: Set<String> = ["completed", "busy", "failed", "no-answer", "canceled"]
    static let pendingStatuses: Set<String> = ["queued", "initiated", "ringing", "in-progress"]
    static let conversationRecordingSources: Set<String> = [
        "dialverb", "conference", "outboundapi", "trunking", "startcallrecordingapi", "startconferencerecordingapi",
    ]

    public init() {}

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let fields = try Self.fields(of: item, what: "a Twilio voice callback")
        var warnings = fields.warnings
        guard let callSid = fields["CallSid"] else {
            if fields["MessageSid"] != nil || fields["SmsSid"] != nil {
                throw .unsupported("a Twilio messaging webhook, not a voice callback: ingest it as SMS")
            }
            throw .missingField("CallSid")
        }

        if fields["TranscriptionText"] != nil || fields["TranscriptionSid"] != nil || fields["TranscriptionStatus"] != nil {
            return try transcription(fields, callSid: callSid, item: item, context: context, warnings: &warnings)
        }
        if fields["RecordingSid"] != nil || fields["RecordingUrl"] != nil {
            return try recording(fields, callSid: callSid, item: item, context: context, warnings: &warnings)
        }
        return try status(fields, callSid: callSid, item: item, context: context, warnings: &warnings)
    }

    // MARK: - Callback kinds

    private func status(_ fields: FormFields, callSid: String, item: SourceItem, context: ParseContext,
                        warnings: inout [String]) throws(SourceParseError) -> ParsedSource {
        guard let callStatus = fields["CallStatus"]?.lowercased() else { throw .missingField("CallStatus") }
        let dialStatus = fields["DialCallStatus"]?.lowercased()
        if dialStatus == nil, Self.pendingStatuses.contains(callStatus) {
            return ParsedSource(events: [], warnings: warnings + ["call \(callSid) is \(callStatus): the call is recorded when it ends"])
        }
        guard dialStatus != nil || Self.finalStatuses.contains(callStatus) else {
            throw .malformed("CallStatus \"\(callStatus.prefix(32))\" is not a Twilio call status")
        }
        if fields["ParentCallSid"] != nil, fields["Direction"]?.lowercased() == "outbound-dial",
           !PhoneParties(context: context).isCompany(fields["From"]) {
            return ParsedSource(events: [], warnings: warnings + ["a forwarded leg of call \(fields["ParentCallSid"] ?? ""): the parent call is the customer's call"])
        }
        guard case .customer(_, let direction, let hints) = try customer(fields, context: context) else {
            return ParsedSource(events: [], warnings: warnings + ["call \(callSid) is between company numbers: no customer, skipped"])
        }

        var outcome: CallDetails.Outcome
        var duration = 0
        switch dialStatus ?? callStatus {
        case "completed", "answered":
            outcome = .answered
            duration = fields["DialCallDuration"].flatMap { Int($0) } ?? fields["CallDuration"].flatMap { Int($0) } ?? 0
        case "busy", "failed", "no-answer", "canceled":
            outcome = .missed
        default:
            if Self.pendingStatuses.contains(dialStatus ?? "") {
                return ParsedSource(events: [], warnings: warnings + ["dial of call \(callSid) is \(dialStatus ?? ""): not over yet"])
            }
            throw .malformed("DialCallStatus \"\((dialStatus ?? "").prefix(32))\" is not a Twilio call status")
        }
        if let answeredBy = fields["AnsweredBy"]?.lowercased() {
            if answeredBy.hasPrefix("machine") || answeredBy == "fax" {
                outcome = direction == .outbound ? .voicemail : outcome
            }
        }

        var occurredAt = try EventTime.resolve(fields["Timestamp"], field: "Timestamp", item: item, warnings: &warnings)
        if callStatus == "completed", fields["Timestamp"] != nil, let callDuration = fields["CallDuration"].flatMap({ Int($0) }),
           callDuration > 0, callDuration < 86_400 * 7 {
            occurredAt = occurredAt.addingTimeInterval(TimeInterval(-callDuration))
        }
        let event = InboundEvent(
            channel: .phone, direction: direction, providerID: "twilio:\(callSid)", occurredAt: occurredAt,
            customer: hints, text: "",
            call: CallDetails(direction: direction, durationSeconds: max(0, duration), outcome: outcome))
        return ParsedSource(events: [event], warnings: warnings)
    }

    private func recording(_ fields: FormFields, callSid: String, item: SourceItem, context: ParseContext,
                           warnings: inout [String]) throws(SourceParseError) -> ParsedSource {
        let recordingSid = fields["RecordingSid"] ?? fields["RecordingUrl"].flatMap(MediaFiles.lastPathComponent(of:)) ?? "recording"
        if let status = fields["RecordingStatus"]?.lowercased(), status != "completed" {
            return ParsedSource(events: [], warnings: warnings + ["recording \(recordingSid) is \(status): no voicemail to record"])
        }
        if let source = fields["RecordingSource"]?.lowercased(), Self.conversationRecordingSources.contains(source) {
            return ParsedSource(events: [], warnings: warnings + ["recording \(recordingSid) records the call itself (\(fields["RecordingSource"] ?? "")): the call's own callback is its event"])
        }
        guard case .customer(_, let direction, let hints) = try customer(fields, context: context, purpose: "recording") else {
            return ParsedSource(events: [], warnings: warnings + ["recording \(recordingSid) is between company numbers: skipped"])
        }
        let time = fields["RecordingStartTime"] ?? fields["Timestamp"]
        let occurredAt = try EventTime.resolve(time, field: "RecordingStartTime", item: item, warnings: &warnings)
        let duration = fields["RecordingDuration"].flatMap { Int($0) } ?? 0
        let attachment = MediaFiles.attachment(url: fields["RecordingUrl"], contentType: "audio/wav",
                                               fallbackName: recordingSid)
        let event = InboundEvent(
            channel: .phone, direction: direction, providerID: "twilio:\(callSid)/\(recordingSid)", occurredAt: occurredAt,
            customer: hints, text: "",
            call: CallDetails(direction: direction, durationSeconds: max(0, duration), outcome: .voicemail),
            attachments: [attachment])
        return ParsedSource(events: [event], warnings: warnings)
    }

    private func transcription(_ fields: FormFields, callSid: String, item: SourceItem, context: ParseContext,
                               warnings: inout [String]) throws(SourceParseError) -> ParsedSource {
        let recordingSid = fields["RecordingSid"] ?? fields["TranscriptionSid"] ?? "recording"
        if let status = fields["TranscriptionStatus"]?.lowercased(), status != "completed" {
            return ParsedSource(events: [], warnings: warnings + ["transcription of \(recordingSid) \(status): no transcript to add"])
        }
        guard let transcript = fields.raw("TranscriptionText")?.trimmingCharacters(in: .whitespacesAndNewlines),
              !transcript.isEmpty else {
            return ParsedSource(events: [], warnings: warnings + ["transcription of \(recordingSid) is empty: nothing to add"])
        }
        guard case .customer(_, let direction, let hints) = try customer(fields, context: context, purpose: "transcription") else {
            return ParsedSource(events: [], warnings: warnings + ["transcription of \(recordingSid) is between company numbers: skipped"])
        }
        let occurredAt = try EventTime.resolve(fields["RecordingStartTime"] ?? fields["Timestamp"], field: "Timestamp",
                                               item: item, warnings: &warnings)
        let duration = fields["RecordingDuration"].flatMap { Int($0) } ?? 0
        let event = InboundEvent(
            channel: .phone, direction: direction, providerID: "twilio:\(callSid)/\(recordingSid)/transcription",
            occurredAt: occurredAt, customer: hints, text: "",
            call: CallDetails(direction: direction, durationSeconds: max(0, duration), outcome: .voicemail, transcript: transcript))
        return ParsedSource(events: [event], warnings: warnings)
    }

    // MARK: - Helpers

    private enum Party {
        case customer(number: String, direction: Direction, hints: CustomerHints)
        case internalOnly
    }

    private func customer(_ fields: FormFields, context: ParseContext, purpose: String = "call") throws(SourceParseError) -> Party {
        // "outbound-api", "outbound-dial", and "trunking-originating" (a PBX calling out through Twilio).
        let hint: Direction? = fields["Direction"].map {
            let name = $0.lowercased()
            return name.hasPrefix("outbound") || name.hasSuffix("originating") ? .outbound : .inbound
        }
        let parties = PhoneParties(context: context)
        let from = fields["From"] ?? fields["Caller"]
        let to = fields["To"] ?? fields["Called"]
        guard from != nil || to != nil else {
            throw .missingField("From (this \(purpose) callback names no caller: point the <Record> action or transcribeCallback, which carry From and To, at Concord)")
        }
        guard case .customer(let number, let direction, let resolved) = parties.resolve(from: from, to: to, hint: hint) else {
            return .internalOnly
        }
        let field = direction == .inbound ? "From" : "To"
        guard !number.isEmpty else { throw .missingField("\(field) (the customer's number)") }
        guard let identity = resolved else {
            throw .malformed("\(field) \"\(number.prefix(40))\" is not a phone number Concord can normalise")
        }
        var hints = CustomerHintsBuilder()
        hints.add(identity)
        if direction == .inbound { hints.setName(fields["CallerName"]) }
        return .customer(number: number, direction: direction, hints: hints.hints)
    }

    /// The fields of a Twilio webhook body: form-encoded, or a flat JSON object.
    static func fields(of item: SourceItem, what: String) throws(SourceParseError) -> FormFields {
        let firstByte = item.data.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF })
        if firstByte == UInt8(ascii: "{") {
            let document = try JSONReader.parseObject(item.data, what: what)
            guard let fields = FormFields(json: document.value) else { throw .malformed("\(what) must be a JSON object") }
            return FormFields(values: fields.values, warnings: document.warnings)
        }
        guard firstByte != nil else { throw .malformed("\(what) is empty") }
        guard FormFields.looksURLEncoded(item.data) else {
            throw .malformed("\(what) is neither form-encoded fields (CallSid=…&From=…) nor a JSON object")
        }
        return FormFields(urlEncoded: item.data)
    }
}
