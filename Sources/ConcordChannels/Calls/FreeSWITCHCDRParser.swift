import ConversationEngine
import Foundation

/// Reads one FreeSWITCH `mod_cdr_csv` record into a phone event.
///
/// Without a header the row follows the shipped "example" template (cdr_csv.conf.xml's
/// default-template): caller_id_name, caller_id_number, destination_number, context,
/// start_stamp, answer_stamp, end_stamp, duration, billsec, hangup_cause, uuid, bleg_uuid,
/// accountcode, read_codec, write_codec; the module's built-in template (13 columns, ending
/// at accountcode) and templates that append columns are read too. With a header row, the
/// columns are found by variable name (also written "${caller_id_number}"), and optional
/// `last_app` and `direction` columns are used when present.
///
/// - Direction and customer: as for Asterisk: the end that is not the company's number or an
///   extension; else context "public" (FreeSWITCH's context for calls from outside) means
///   inbound and "default" outbound. The caller_id_name of an inbound call is the name hint.
/// - Outcome: answered when the call has an answer_stamp or billable seconds, voicemail when
///   `last_app` is voicemail, otherwise missed (NO_ANSWER, USER_BUSY, ORIGINATOR_CANCEL…).
///   Duration is billsec.
/// - Time: start_stamp, local time without a zone: read in `localTimeZone` (UTC when nil, with
///   a warning).
/// - providerID: "freeswitch:<uuid>"; a row without one gets a hash of its fields. With
///   `legs="ab"` both legs of a bridged call are logged and are two events.
public struct FreeSWITCHCDRParser: SourceParser {
    /// The zone FreeSWITCH wrote its times in; nil reads them as UTC (with a warning).
    public var localTimeZone: TimeZone?

    public init(localTimeZone: TimeZone? = nil) {
        self.localTimeZone = localTimeZone
    }

    /// The "example" template's columns; the built-in default stops after accountcode.
    static let templateColumns = [
        "caller_id_name", "caller_id_number", "destination_number", "context", "start_stamp", "answer_stamp",
        "end_stamp", "duration", "billsec", "hangup_cause", "uuid", "bleg_uuid", "accountcode", "read_codec", "write_codec",
    ]
    static let headerNames: Set<String> = Set(
        (templateColumns + ["last_app", "direction", "sip_user_agent", "call_clientcode", "ani", "caller_id"])
            .map(CallRecordRow.normalise))

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let row = try CallRecordRow.read(item, format: "FreeSWITCH CDR", isHeader: Self.isHeader,
                                         defaultColumns: Self.defaultColumns)
        var warnings = row.warnings

        let callerNumber = row.value("caller_id_number", "ani")
        let destination = row.value("destination_number")
        let dialContext = row.value("context")?.lowercased() ?? ""
        var hint: Direction?
        switch row.value("direction")?.lowercased() {
        case "inbound"?: hint = .inbound
        case "outbound"?: hint = .outbound
        default: hint = dialContext == "public" ? .inbound : (dialContext == "default" ? .outbound : nil)
        }
        let parties = PhoneParties(context: context, extensionsAreOwn: true)
        guard case .customer(let number, let direction, let resolved) = parties.resolve(from: callerNumber, to: destination, hint: hint) else {
            return ParsedSource(events: [], warnings: warnings + ["internal call from \(callerNumber ?? "?") to \(destination ?? "?"): no customer, skipped"])
        }
        let field = direction == .inbound ? "caller_id_number" : "destination_number"
        guard !number.isEmpty else { throw .missingField("\(field) (the customer's number)") }
        guard let identity = resolved else {
            throw .malformed("\(field) \"\(number.prefix(40))\" is not a phone number Concord can normalise"
                + (context.defaultRegion == nil ? " (national numbers need a default region)" : ""))
        }
        var hints = CustomerHintsBuilder()
        hints.add(identity)
        if direction == .inbound { hints.setName(row.value("caller_id_name")) }

        let occurredAt = try EventTime.resolve(row.value("start_stamp"), field: "start_stamp", item: item,
                                               localZone: localTimeZone, warnings: &warnings)
        let billsec = row.seconds("billsec") ?? 0
        let outcome: CallDetails.Outcome
        if row.value("last_app")?.lowercased() == "voicemail" {
            outcome = .voicemail
        } else if billsec > 0 || row.value("answer_stamp") != nil {
            outcome = .answered
        } else {
            outcome = .missed
        }

        let providerID: String
        if let uuid = row.value("uuid") {
            providerID = "freeswitch:\(uuid)"
        } else {
            providerID = "freeswitch:\(row.contentID())"
            warnings.append("no uuid: the id is a hash of the row")
        }
        let event = InboundEvent(
            channel: .phone, direction: direction, providerID: providerID, occurredAt: occurredAt, customer: hints.hints,
            text: "", call: CallDetails(direction: direction, durationSeconds: billsec, outcome: outcome))
        return ParsedSource(events: [event], warnings: warnings)
    }

    static func isHeader(_ fields: [String]) -> Bool {
        CallRecordRow.columnNameMatches(fields, names: headerNames) >= 3
    }

    /// Column names for a header-less row of `count` fields.
    static func defaultColumns(_ count: Int) throws(SourceParseError) -> [String] {
        guard count >= 13 else {
            throw .malformed("a FreeSWITCH mod_cdr_csv row has at least 13 columns, this one has \(count)")
        }
        return Array(templateColumns.prefix(count))
    }
}
