/// Metadata about an attached file. Attachments are recorded, never inlined, so the
/// timeline stays readable and the store stays small.
public struct Attachment: Codable, Sendable, Hashable {
    public var filename: String
    public var contentType: String
    public var size: Int

    public init(filename: String, contentType: String, size: Int) {
        self.filename = filename
        self.contentType = contentType
        self.size = size
    }
}
