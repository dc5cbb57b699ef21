import ConversationEngine
import Foundation

/// Reads one Asterisk call-detail record: a row of `cdr_csv`'s Master.csv, or of a
/// `cdr_custom` file with a header row, into a phone event.
///
/// Master.csv has no header; its columns are accountcode, src, dst, dcontext, clid, channel,
/// dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition,
/// amaflags, then uniqueid and userfield when `loguniqueid`/`loguserfield` are on, then
/// peeraccount, linkedid and sequence with `newcdrcolumns`. A 17-column row is read as having
/// uniqueid when its 17th field looks like one ("1714640100.42"), else userfield. With a
/// header row (as `CallRecordFile` carries in each item) columns are found by name, so any
/// `cdr_custom` order works; "calldate" (the SQL backends' name) is accepted for start.
///
/// - Direction and customer: the end that is not the company (`ownPhoneNumbers`, or a 2–6
///   digit extension) is the customer: src for inbound calls, dst for outbound ones; when
///   neither end decides, `dcontext` does ("from-internal" is outbound, "from-trunk",
///   "from-pstn", "from-external", "from-did" inbound). Extension-to-extension calls give no
///   event. The caller's name from clid ("\"김민지\" <01012345678>") is the name hint of
///   inbound calls.
/// - Outcome: disposition ANSWERED is answered, or voicemail when lastapp is VoiceMail;
///   NO ANSWER, BUSY, FAILED and CONGESTION are missed. An inbound call "answered" only by
///   the PBX's own prompts (lastapp Playback, BackGround… with no dstchannel) is missed,
///   with a warning: nobody spoke to the customer. Checking one's mailbox (VoiceMailMain)
///   gives no event. Duration is billsec.
/// - Time: start. Asterisk writes local time without a zone (unless `usegmtime`): read in
///   `localTimeZone`, UTC when nil, with a warning.
/// - providerID: "asterisk:<uniqueid>" (with "#<sequence>" when logged, since one call can
///   have several records); without uniqueid, a hash of the row's fields.
public struct AsteriskCDRParser: SourceParser {
    /// The zone Asterisk wrote its times in; nil reads them as UTC (with a warning).
    public var localTimeZone: TimeZone?

    public init(localTimeZone: TimeZone? = nil) {
        self.localTimeZone = localTimeZone
    }

    /// Master.csv's columns in order, before the optional ones.
    static let baseColumns = [
        "accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel", "lastapp", "lastdata",
        "start", "answer", "end", "duration", "billsec", "disposition", "amaflags",
    ]
    /// Column names that mark a header row (Asterisk's own and the SQL backends').
    static let headerNames: Set<String> = [
        "accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel", "lastapp", "lastdata", "start",
        "answer", "end", "duration", "billsec", "disposition", "amaflags", "uniqueid", "userfield", "calldate",
        "linkedid", "sequence", "peeraccount", "source", "destination", "callerid",
    ]
    static let dispositions: Set<String> = ["ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"]

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let row = try CallRecordRow.read(item, format: "Asterisk CDR", isHeader: Self.isHeader,
                                         defaultColumns: Self.defaultColumns)
        var warnings = row.warnings

        let lastApp = row.value("lastapp", "last_app")?.lowercased() ?? ""
        if lastApp == "voicemailmain" {
            return ParsedSource(events: [], warnings: warnings + ["a mailbox check (VoiceMailMain) is not a customer call: skipped"])
        }
        let src = row.value("src", "source")
        let dst = row.value("dst", "destination")
        let context_ = row.value("dcontext", "context")?.lowercased() ?? ""
        let parties = PhoneParties(context: context, extensionsAreOwn: true)
        let resolution = parties.resolve(from: src, to: dst, hint: Self.directionHint(dcontext: context_))
        guard case .customer(let number, let direction, let resolved) = resolution else {
            return ParsedSource(events: [], warnings: warnings + ["internal call from \(src ?? "?") to \(dst ?? "?"): no customer, skipped"])
        }
        let field = direction == .inbound ? "src" : "dst"
        guard !number.isEmpty else { throw .missingField("\(field) (the customer's number)") }
        guard let identity = resolved else {
            throw .malformed("\(field) \"\(number.prefix(40))\" is not a phone number Concord can normalise"
                + (context.defaultRegion == nil ? " (national numbers need a default region)" : ""))
        }
        var hints = CustomerHintsBuilder()
        hints.add(identity)
        if direction == .inbound, let clid = row.value("clid", "callerid") {
            hints.setName(CallRecordRow.splitCallerID(clid).name)
        }

        let occurredAt = try EventTime.resolve(row.value("start", "calldate"), field: "start", item: item,
                                               localZone: localTimeZone, warnings: &warnings)
        let billsec = row.seconds("billsec") ?? 0
        let outcome: CallDetails.Outcome
        switch row.value("disposition")?.uppercased() {
        case "ANSWERED"?:
            if lastApp == "voicemail" {
                outcome = .voicemail
            } else if direction == .inbound, row.value("dstchannel") == nil, Self.promptApplications.contains(lastApp) {
                outcome = .missed
                warnings.append("answered only by the PBX (lastapp \(lastApp)), nobody on the line: recorded as missed")
            } else {
                outcome = .answered
            }
        case "NO ANSWER"?, "BUSY"?, "FAILED"?, "CONGESTION"?:
            outcome = .missed
        case let other?:
            throw .malformed("disposition \"\(other.prefix(32))\" is not ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION")
        case nil:
            outcome = lastApp == "voicemail" ? .voicemail : (billsec > 0 || row.value("answer") != nil ? .answered : .missed)
            warnings.append("no disposition: outcome \(outcome.rawValue) inferred from billsec and answer")
        }

        var uniqueID = row.value("uniqueid", "unique_id")
        if uniqueID == nil, let ambiguous = row.value("uniqueid-or-userfield"), Self.looksLikeUniqueID(ambiguous) {
            uniqueID = ambiguous
        }
        let providerID: String
        if let uniqueID {
            providerID = "asterisk:\(uniqueID)" + (row.value("sequence").map { "#\($0)" } ?? "")
        } else {
            providerID = "asterisk:\(row.contentID())"
            warnings.append("no uniqueid (enable loguniqueid): the id is a hash of the row")
        }
        let event = InboundEvent(
            channel: .phone, direction: direction, providerID: providerID, occurredAt: occurredAt, customer: hints.hints,
            text: "", call: CallDetails(direction: direction, durationSeconds: billsec, outcome: outcome))
        return ParsedSource(events: [event], warnings: warnings)
    }

    /// Dialplan applications that answer with a recording rather than a person.
    static let promptApplications: Set<String> = [
        "playback", "background", "waitexten", "read", "hangup", "congestion", "busy", "echo", "musiconhold", "wait",
        "answer", "progress", "ringing", "saydigits", "saynumber",
    ]

    /// Direction suggested by the destination context, when the numbers do not tell.
    static func directionHint(dcontext: String) -> Direction? {
        let inbound = ["from-trunk", "from-pstn", "from-external", "from-did", "inbound", "incoming", "from-sip-external", "ext-did"]
        let outbound = ["from-internal", "outbound", "outgoing", "from-users", "from-phones"]
        if inbound.contains(where: { dcontext.contains($0) }) { return .inbound }
        if outbound.contains(where: { dcontext.contains($0) }) { return .outbound }
        return nil
    }

    /// "1714640100.42", or "pbx1-1714640100.42" when Asterisk has a system name.
    static func looksLikeUniqueID(_ text: String) -> Bool {
        let tail = text.split(separator: "-").last ?? ""
        let parts = tail.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    static func isHeader(_ fields: [String]) -> Bool {
        CallRecordRow.columnNameMatches(fields, names: headerNames) >= 3
    }

    /// Column names for a header-less Master.csv row of `count` fields.
    static func defaultColumns(_ count: Int) throws(SourceParseError) -> [String] {
        guard count >= baseColumns.count else {
            throw .malformed("an Asterisk Master.csv row has at least \(baseColumns.count) columns, this one has \(count)"
                + " (a cdr_custom layout needs its header row)")
        }
        guard count <= baseColumns.count + 5 else {
            throw .malformed("an Asterisk Master.csv row has at most \(baseColumns.count + 5) columns, this one has \(count)"
                + " (a cdr_custom layout needs its header row)")
        }
        var names = baseColumns
        let optional = count - baseColumns.count
        let newColumns = optional >= 3 ? ["peeraccount", "linkedid", "sequence"] : []
        switch optional - newColumns.count {
        case 2: names += ["uniqueid", "userfield"]
        case 1: names += ["uniqueid-or-userfield"]
        default: break
        }
        return names + newColumns
    }
}
