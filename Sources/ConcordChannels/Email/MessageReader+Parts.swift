import CGMime
import Foundation

extension MessageReader {
    /// What the part walk found: the body text and the attachments.
    struct Parts {
        var text = ""
        var attachments: [EmailAttachment] = []
    }

    private struct PendingPart {
        let object: UnsafeMutablePointer<GMimeObject>
        let depth: Int
        /// Whether the part may be the body (Python's `get_body` rules: not under an
        /// attachment, only the start part of a multipart/related, never inside an attached message).
        let bodyCandidate: Bool
    }

    /// Walks the MIME tree once, depth first in document order, with an explicit stack (no
    /// recursion, so nesting depth cannot exhaust the thread's stack). The body is chosen as
    /// Python's `email` package does with `get_body(preferencelist=("plain", "html"))`: the
    /// first text/plain candidate, else the first text/html candidate, so `concord parse email`
    /// agrees with it. Stops at `limits.maximumParts` parts and does not descend below
    /// `limits.maximumDepth`, saying so in the warnings.
    mutating func readParts() -> Parts {
        var result = Parts()
        guard let root = g_mime_message_get_mime_part(message) else { return result }
        var stack = [PendingPart(object: root, depth: 0, bodyCandidate: true)]
        var visited = 0
        var plainBody: UnsafeMutablePointer<GMimePart>?
        var htmlBody: UnsafeMutablePointer<GMimePart>?
        var warnedDepth = false

        while let entry = stack.popLast() {
            if visited == limits.maximumParts {
                diagnostics.warn("more than \(limits.maximumParts) MIME parts; stopped reading after \(limits.maximumParts)")
                break
            }
            visited += 1
            let object = entry.object
            let (type, subtype) = Self.mediaType(of: object)
            let disposition = g_mime_object_get_disposition(object).map { String(cString: $0).lowercased() }
            let isAttachment = disposition == "attachment"
            let candidate = entry.bodyCandidate && !isAttachment

            if let multipart = cg_as_multipart(object) {
                guard entry.depth < limits.maximumDepth else {
                    if !warnedDepth {
                        diagnostics.warn("MIME nesting deeper than \(limits.maximumDepth) levels; the parts below were not read")
                        warnedDepth = true
                    }
                    continue
                }
                let count = Int(g_mime_multipart_get_count(multipart))
                let startIndex = subtype == "related" ? Self.relatedStartIndex(multipart, count: count) : nil
                for index in stride(from: count - 1, through: 0, by: -1) {
                    guard let child = g_mime_multipart_get_part(multipart, Int32(index)) else { continue }
                    let childCandidate = candidate && (startIndex == nil || startIndex == index)
                    stack.append(PendingPart(object: child, depth: entry.depth + 1, bodyCandidate: childCandidate))
                }
                continue
            }
            if let messagePart = cg_as_message_part(object) {
                result.attachments.append(attachedMessage(messagePart, object: object))
                continue
            }
            guard let part = cg_as_part(object) else { continue }
            let filename = g_mime_part_get_filename(part).map { EmailText.fromGMime($0, what: "an attachment name", diagnostics: diagnostics) }
            if type == "text" {
                if bodyCharset == nil, let charset = g_mime_object_get_content_type_parameter(object, "charset").map({ String(cString: $0) }),
                   !CharsetDecoder.isUTF8OrASCII(charset) {
                    bodyCharset = charset
                }
                if candidate, subtype == "plain", plainBody == nil {
                    plainBody = part
                    continue
                }
                if candidate, subtype == "html", htmlBody == nil {
                    htmlBody = part
                    continue
                }
                if !isAttachment, filename == nil, subtype == "plain" || subtype == "html" {
                    continue // an alternative or an extra inline text, not a file
                }
            }
            result.attachments.append(EmailAttachment(filename: EmailText.nonBlank(filename), contentType: "\(type)/\(subtype)",
                                                      size: Int(cg_part_decoded_size(part))))
        }

        if let plainBody {
            result.text = decodeText(plainBody, what: "the text/plain body")
        } else if let htmlBody {
            result.text = HTMLText.plainText(fromHTML: decodeText(htmlBody, what: "the text/html body"))
        }
        result.text = EmailText.trimmed(EmailText.unixNewlines(result.text))
        return result
    }

    /// The lower-cased media type and subtype ("text", "plain"). GMime supplies text/plain
    /// for a part without a Content-Type, as RFC 2045 says.
    /// A syntactically invalid Content-Type ("<html>", "; name=x") is read as text/plain, as
    /// RFC 2045 section 5.2 recommends (GMime would make it application/octet-stream).
    static func mediaType(of object: UnsafeMutablePointer<GMimeObject>) -> (String, String) {
        guard let contentType = g_mime_object_get_content_type(object) else { return ("text", "plain") }
        let type = g_mime_content_type_get_media_type(contentType).map { String(cString: $0).lowercased() } ?? "text"
        let subtype = g_mime_content_type_get_media_subtype(contentType).map { String(cString: $0).lowercased() } ?? "plain"
        if type == "application", subtype == "octet-stream", let raw = g_mime_object_get_header(object, "Content-Type"),
           strchr(raw, Int32(UInt8(ascii: "/"))) == nil {
            return ("text", "plain")
        }
        return (type, subtype)
    }

    /// The index of a multipart/related's root part: the one whose Content-ID is the `start`
    /// parameter, else the first.
    private static func relatedStartIndex(_ multipart: UnsafeMutablePointer<GMimeMultipart>, count: Int) -> Int {
        let object = cg_multipart_object(multipart)!
        guard let start = g_mime_object_get_content_type_parameter(object, "start").map({ String(cString: $0) }) else { return 0 }
        let wanted = EmailText.withoutAngleBrackets(start)
        for index in 0..<count {
            guard let child = g_mime_multipart_get_part(multipart, Int32(index)),
                  let id = g_mime_object_get_content_id(child) else { continue }
            if String(cString: id) == wanted { return index }
        }
        return 0
    }

    /// An attached (forwarded) message, recorded as one file of type message/rfc822.
    private func attachedMessage(_ messagePart: UnsafeMutablePointer<GMimeMessagePart>,
                                 object: UnsafeMutablePointer<GMimeObject>) -> EmailAttachment {
        let name = (g_mime_object_get_content_disposition_parameter(object, "filename")
            ?? g_mime_object_get_content_type_parameter(object, "name"))
            .map { EmailText.fromGMime($0, what: "an attachment name", diagnostics: diagnostics) }
        let (type, subtype) = Self.mediaType(of: object)
        let size = g_mime_message_part_get_message(messagePart).map { cg_object_written_size(cg_message_object($0)) } ?? 0
        return EmailAttachment(filename: EmailText.nonBlank(name), contentType: "\(type)/\(subtype)", size: Int(size))
    }

    /// A text part's content, transfer-decoded and converted from its charset to a string,
    /// without NUL characters (a C string would stop at the first; nobody means them as text).
    private func decodeText(_ part: UnsafeMutablePointer<GMimePart>, what: String) -> String {
        let object = cg_part_object(part)!
        var source: UnsafeMutablePointer<GByteArray>?
        if g_mime_part_get_content_encoding(part) == GMIME_CONTENT_ENCODING_BASE64,
           let encoded = cg_part_encoded_bytes(part) {
            if Self.isPlainTextNotBase64(UnsafeRawBufferPointer(start: encoded.pointee.data, count: Int(encoded.pointee.len))) {
                diagnostics.warn("\(what) is declared base64 but is plain text; read as it is")
                source = encoded
            } else {
                g_byte_array_unref(encoded)
            }
        }
        guard let bytes = source ?? cg_part_decoded_bytes(part) else { return "" }
        defer { g_byte_array_unref(bytes) }
        let charset = g_mime_object_get_content_type_parameter(object, "charset").map { String(cString: $0) }
        let buffer = UnsafeRawBufferPointer(start: bytes.pointee.data, count: Int(bytes.pointee.len))
        let text = CharsetDecoder.decode(buffer, charset: charset, what: what, diagnostics: diagnostics)
        guard text.utf8.contains(0) else { return text }
        diagnostics.warn("removed NUL characters from \(what)")
        return String(decoding: text.utf8.filter { $0 != 0 }, as: UTF8.self)
    }

    /// Whether content labelled base64 is really plain text: base64 lines hold only the
    /// base64 alphabet, while words have spaces and punctuation between them. More than 2% of
    /// such bytes (ignoring line ends and trailing spaces) is not base64 that lost a character.
    static func isPlainTextNotBase64(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var significant = 0
        var foreign = 0
        var pendingSpaces = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                pendingSpaces = 0 // trailing spaces at a line end are harmless
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                pendingSpaces += 1
            default:
                foreign += pendingSpaces
                significant += pendingSpaces + 1
                pendingSpaces = 0
                let isAlphabet = (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
                    || byte == UInt8(ascii: "=")
                if !isAlphabet { foreign += 1 }
            }
        }
        return significant > 0 && foreign * 50 > significant
    }
}
