import Foundation

/// A reply as the message a sendmail-compatible command delivers (`sendmail -t -oi`, msmtp,
/// Postfix): RFC 5322 headers with RFC 2047 encoded words for anything outside ASCII (a Korean
/// subject, a Persian display name), a UTF-8 plain-text body in base64, and the Message-ID,
/// In-Reply-To and References that make the customer's mail program thread it under their own.
///
/// Every header value comes from outside (an agent's subject, a customer's name), so line breaks
/// in them are replaced by spaces: a value can never start a header of its own.
public struct OutgoingEmail: Sendable, Hashable {
    public var from: EmailAddress
    public var to: EmailAddress
    public var subject: String
    public var body: String
    /// Without angle brackets, as the store keeps Message-IDs.
    public var messageID: String
    public var inReplyTo: String?
    public var references: [String]
    public var date: Date

    public init(from: EmailAddress, to: EmailAddress, subject: String, body: String, messageID: String,
                inReplyTo: String? = nil, references: [String] = [], date: Date) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.date = date
    }

    /// The message with `lineEnding` between lines: "\n" for a local sendmail command (which
    /// turns it into CRLF on the wire), "\r\n" for SMTP.
    public func rendered(lineEnding: String = "\n") -> Data {
        var headers = [
            "Date: " + Self.rfc5322Date(date),
            "From: " + Self.mailbox(from),
            "To: " + Self.mailbox(to),
            "Subject: " + Self.encodedWords(Self.oneLine(subject)),
            "Message-ID: <\(Self.oneLine(messageID))>",
        ]
        if let inReplyTo { headers.append("In-Reply-To: <\(Self.oneLine(inReplyTo))>") }
        if !references.isEmpty {
            // One id per folded line: a long thread stays within the line limit.
            headers.append("References: " + references.map { "<\(Self.oneLine($0))>" }.joined(separator: Self.fold))
        }
        headers += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n")
        let encoded = Data(normalised.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
            .split(separator: "\n").joined(separator: lineEnding)
        let headerText = headers.map { $0.replacingOccurrences(of: Self.fold, with: lineEnding + " ") }.joined(separator: lineEnding)
        return Data((headerText + lineEnding + lineEnding + encoded + lineEnding).utf8)
    }

    // MARK: - Header encoding

    /// Where a header is folded; replaced by the chosen line ending when rendered.
    static let fold = "\r\n "

    /// The text on one line: a line break (CRLF, LF or CR) becomes one space.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// `Name <address>`, the name quoted when it holds specials and encoded when it is not ASCII.
    static func mailbox(_ address: EmailAddress) -> String {
        let bare = oneLine(address.address).filter { $0 != "<" && $0 != ">" && !$0.isWhitespace }
        guard let name = address.name.map(oneLine), !name.trimmingCharacters(in: .whitespaces).isEmpty else { return bare }
        if !isPrintableASCII(name) {
            // An encoded name is folded before the address, so no line passes 78 characters.
            return encodedWords(name) + fold + "<\(bare)>"
        }
        if name.contains(where: { "()<>[]:;@\\,.\"".contains($0) }) {
            let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(quoted)\" <\(bare)>"
        }
        return "\(name) <\(bare)>"
    }

    static func isPrintableASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    }

    /// ASCII text as it is; anything else as `=?UTF-8?B?...?=` words split between characters
    /// (never inside one), each on a folded line of its own (RFC 2047).
    static func encodedWords(_ text: String) -> String {
        guard !isPrintableASCII(text) else { return text }
        // 39 bytes of UTF-8 make 52 base64 characters: with "=?UTF-8?B?" and "?=", 64, which
        // leaves room for "Subject: " on the first line. A word is ended, where the characters
        // allow, at a multiple of 3 bytes, so its base64 has no "=" padding: GMime (notmuch, mu,
        // Evolution) joins adjacent words before decoding and stops at the first padding.
        let characters = text.map { Array(String($0).utf8) }
        var words: [String] = []
        var start = 0
        while start < characters.count {
            var end = start, bytes = 0
            while end < characters.count, bytes + characters[end].count <= 39 || end == start {
                bytes += characters[end].count
                end += 1
            }
            if end < characters.count {
                var cut = end, length = bytes
                while cut > start + 1, length % 3 != 0, bytes - length < 12 {
                    cut -= 1
                    length -= characters[cut].count
                }
                if length % 3 == 0 { end = cut }
            }
            let chunk = Data(characters[start..<end].joined())
            words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
            start = end
        }
        return words.joined(separator: fold)
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
