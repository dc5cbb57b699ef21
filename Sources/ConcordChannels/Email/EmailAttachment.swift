/// A file attached to a message, recorded but never inlined: what it is called, what it is,
/// and how big it is once its transfer encoding (base64, quoted-printable) is undone.
public struct EmailAttachment: Codable, Sendable, Hashable {
    /// The file name, decoded from RFC 2231 or RFC 2047; nil when the sender gave none.
    public var filename: String?
    /// The MIME type, lower-cased ("application/pdf", "message/rfc822").
    public var contentType: String
    /// Size in decoded bytes.
    public var size: Int

    public init(filename: String?, contentType: String, size: Int) {
        self.filename = filename
        self.contentType = contentType
        self.size = size
    }
}
