import CGMime
import Foundation

extension MessageReader {
    /// Reads the top-level headers. Each field is read from the first header of its name (as
    /// Python's `email` package does; duplicates are reported by GMime's warnings), unfolded,
    /// made valid UTF-8, then decoded by GMime (RFC 2047 words, addresses, dates, message ids).
    mutating func readHeaders(into email: inout ParsedEmail) {
        let census = HeaderCensus(cg_object_headers(cg_message_object(message)))
        email.subject = subject(census)
        email.from = addresses("From", census).first
        email.to = addresses("To", census)
        email.cc = addresses("Cc", census)
        email.replyTo = addresses("Reply-To", census)
        email.date = date(census)
        email.messageID = messageID(census)
        email.inReplyTo = inReplyTo()
        email.references = headerText("References").map { referenceIDs(in: decodeUnstructured($0, what: "References")) } ?? []
    }

    // MARK: GMime's readings, where they are the reader's (see `HeaderCensus`)

    /// The decoded Subject, tabs as spaces.
    func subject(_ census: HeaderCensus) -> String? {
        // A subject without encoded words costs nothing to read from its raw value.
        if census.gmimeReadsAsWeDo("Subject"), census.mayHoldEncodedWords("Subject"),
           let decoded = g_mime_message_get_subject(message) {
            let subject = Self.spacedTabs(EmailText.trimmed(EmailText.fromGMime(decoded, what: "the Subject", diagnostics: diagnostics)))
            #if DEBUG
            crossCheck(subject, "Subject") { $0.decodedSubject() }
            #endif
            return subject
        }
        return decodedSubject()
    }

    /// The mailboxes of the first `name` header, groups flattened into their members.
    func addresses(_ name: String, _ census: HeaderCensus) -> [EmailAddress] {
        if census.gmimeReadsAsWeDo(name), let type = Self.addressTypes[name],
           let list = g_mime_message_get_addresses(message, type), internet_address_list_length(list) > 0 {
            var result: [EmailAddress] = []
            collect(list, into: &result, what: "the \(name) header")
            #if DEBUG
            crossCheck(result, name) { $0.addresses(name) }
            #endif
            return result
        }
        return addresses(name)
    }

    /// The Date, as GMime read it while parsing when it could.
    func date(_ census: HeaderCensus) -> Date? {
        if census.gmimeReadsAsWeDo("Date"), let dateTime = g_mime_message_get_date(message) {
            let date = Date(timeIntervalSince1970: TimeInterval(g_date_time_to_unix(dateTime)))
            #if DEBUG
            crossCheck(date, "Date") { $0.date() }
            #endif
            return date
        }
        return date()
    }

    /// The Message-ID, as GMime read it while parsing when it could.
    func messageID(_ census: HeaderCensus) -> String? {
        if census.gmimeReadsAsWeDo("Message-ID"), let decoded = g_mime_message_get_message_id(message) {
            let id = EmailText.trimmed(EmailText.fromGMime(decoded, what: "the Message-ID", diagnostics: diagnostics))
            if !id.isEmpty {
                #if DEBUG
                crossCheck(id, "Message-ID") { $0.messageID() }
                #endif
                return id
            }
        }
        return messageID()
    }

    private static let addressTypes: [String: GMimeAddressType] = [
        "From": GMIME_ADDRESS_TYPE_FROM, "To": GMIME_ADDRESS_TYPE_TO, "Cc": GMIME_ADDRESS_TYPE_CC,
        "Reply-To": GMIME_ADDRESS_TYPE_REPLY_TO,
    ]

    #if DEBUG
    /// Debug builds (every test) hold GMime's reading to the reader's own on every message
    /// they parse: the census must never let the two disagree.
    private func crossCheck<Value: Equatable>(_ value: Value, _ header: String, _ own: (MessageReader) -> Value) {
        var shadow = MessageReader(message: message, options: options, limits: limits, diagnostics: ParseDiagnostics())
        shadow.bodyCharset = bodyCharset
        let expected = own(shadow)
        assert(value == expected, "GMime read \(header) as \(value), the reader as \(expected)")
        assert(shadow.diagnostics.warnings.isEmpty, "the reader warned about \(header): \(shadow.diagnostics.warnings)")
    }
    #endif

    // MARK: The reader's own readings

    /// The Subject decoded from its raw value, tabs as spaces.
    func decodedSubject() -> String? {
        headerText("Subject").map { subject in Self.spacedTabs(decodeUnstructured(subject, what: "the Subject")) }
    }

    private static func spacedTabs(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "\t")) ? String(text.map { $0 == "\t" ? " " : $0 }) : text
    }

    /// The first `name` header's value, unfolded (line breaks removed, as RFC 5322 says),
    /// trimmed and made valid UTF-8; nil when the message has no such header.
    func headerText(_ name: String) -> String? {
        let object = cg_message_object(message)!
        guard let header = g_mime_header_list_get_header(cg_object_headers(object), name),
              let raw = g_mime_header_get_raw_value(header) else { return nil }
        let length = strlen(raw)
        var unfolded = [UInt8]()
        unfolded.reserveCapacity(length)
        var eightBit = false
        for index in 0..<length {
            let byte = UInt8(bitPattern: raw[index])
            if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") { continue }
            if byte >= 0x80 { eightBit = true }
            unfolded.append(byte)
        }
        let text = eightBit
            ? unfolded.withUnsafeBytes { CharsetDecoder.decodeHeader($0, preferred: bodyCharset, what: "the \(name) header", diagnostics: diagnostics) }
            : String(decoding: unfolded, as: UTF8.self)
        return EmailText.trimmed(text)
    }

    /// Decodes RFC 2047 encoded words ("=?utf-8?B?...?=") in unstructured text.
    func decodeUnstructured(_ text: String, what: String) -> String {
        guard EmailText.mayHoldEncodedWords(text) else { return text }
        let widened = EncodedWords.joinPaddedRuns(in: EncodedWords.widenCharsets(in: text))
        guard let decoded = g_mime_utils_header_decode_text(options, widened) else { return text }
        defer { g_free(decoded) }
        return EmailText.trimmed(EmailText.fromGMime(decoded, what: what, diagnostics: diagnostics))
    }

    /// The mailboxes of the first `name` header, groups flattened into their members.
    func addresses(_ name: String) -> [EmailAddress] {
        guard let text = headerText(name), !text.isEmpty else { return [] }
        let widened = EmailText.mayHoldEncodedWords(text) ? EncodedWords.joinPaddedRuns(in: EncodedWords.widenCharsets(in: text)) : text
        guard let list = internet_address_list_parse(options, widened) else {
            diagnostics.warn("unreadable \(name) header \"\(ParseDiagnostics.shorten(text))\"; ignored")
            return []
        }
        defer { cg_unref(list) }
        var result: [EmailAddress] = []
        collect(list, into: &result, what: "the \(name) header")
        return result
    }

    private func collect(_ list: UnsafeMutablePointer<InternetAddressList>, into result: inout [EmailAddress], what: String) {
        let count = internet_address_list_length(list)
        for index in 0..<count {
            guard let address = internet_address_list_get_address(list, index) else { continue }
            if let mailbox = cg_as_mailbox(address) {
                guard let addr = internet_address_mailbox_get_addr(mailbox) else { continue }
                let addressText = EmailText.trimmed(EmailText.fromGMime(addr, what: what, diagnostics: diagnostics))
                guard !addressText.isEmpty else { continue }
                let name = internet_address_get_name(address).map { EmailText.trimmed(EmailText.fromGMime($0, what: what, diagnostics: diagnostics)) }
                result.append(EmailAddress(name: EmailText.nonBlank(name), address: addressText))
            } else if let group = cg_as_group(address), let members = internet_address_group_get_members(group) {
                collect(members, into: &result, what: what)
            }
        }
    }

    /// The Date header (RFC 5322 and its obsolete forms: two-digit years, named zones, no
    /// weekday); nil with a warning when it is missing or unreadable.
    func date() -> Date? {
        guard let text = headerText("Date"), !text.isEmpty else {
            diagnostics.warn("no Date header")
            return nil
        }
        guard let dateTime = g_mime_utils_header_decode_date(text) else {
            diagnostics.warn("unreadable Date header \"\(ParseDiagnostics.shorten(text))\"")
            return nil
        }
        defer { g_date_time_unref(dateTime) }
        return Date(timeIntervalSince1970: TimeInterval(g_date_time_to_unix(dateTime)))
    }

    /// The Message-ID without angle brackets; a value that is not a proper msg-id is kept as
    /// written (minus brackets), because it still identifies the message for de-duplication.
    func messageID() -> String? {
        guard let text = headerText("Message-ID"), !text.isEmpty else { return nil }
        if let decoded = g_mime_utils_decode_message_id(text) {
            defer { g_free(decoded) }
            let id = EmailText.trimmed(EmailText.fromGMime(decoded, what: "the Message-ID", diagnostics: diagnostics))
            if !id.isEmpty { return id }
        }
        let bare = EmailText.withoutAngleBrackets(text)
        return bare.isEmpty ? nil : bare
    }

    /// The first message id of In-Reply-To. It is found inside encoded words and among the
    /// garbage some clients write around it ("Your message of Monday <id@host>"); a lone id
    /// without brackets is accepted with a warning; an empty header is nil.
    func inReplyTo() -> String? {
        guard let text = headerText("In-Reply-To"), !text.isEmpty else { return nil }
        let decoded = decodeUnstructured(text, what: "In-Reply-To")
        if let first = referenceIDs(in: decoded).first { return first }
        let bare = EmailText.withoutAngleBrackets(decoded)
        if !bare.isEmpty, !bare.contains(where: \.isWhitespace) {
            diagnostics.warn("In-Reply-To \"\(ParseDiagnostics.shorten(bare))\" has no angle brackets; used as it is")
            return bare
        }
        if !bare.isEmpty {
            diagnostics.warn("no message id in In-Reply-To \"\(ParseDiagnostics.shorten(bare))\"; ignored")
        }
        return nil
    }

    /// The message ids in a References-like value, in order, without angle brackets.
    func referenceIDs(in text: String) -> [String] {
        guard !text.isEmpty, let references = g_mime_references_parse(options, text) else { return [] }
        defer { g_mime_references_free(references) }
        let count = g_mime_references_length(references)
        var ids: [String] = []
        ids.reserveCapacity(Int(count))
        for index in 0..<count {
            guard let id = g_mime_references_get_message_id(references, index) else { continue }
            let value = EmailText.trimmed(EmailText.fromGMime(id, what: "References", diagnostics: diagnostics))
            if !value.isEmpty { ids.append(value) }
        }
        return ids
    }
}
