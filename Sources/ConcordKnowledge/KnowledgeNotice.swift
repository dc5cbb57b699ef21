/// Something worth telling the admin about a load that did not fail: a user's copy of an
/// answer that was not used because the shipped one is newer.
public struct KnowledgeNotice: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var key: String
    public var message: String

    public init(file: String, key: String, message: String) {
        self.file = file
        self.key = key
        self.message = message
    }

    public var description: String { "\(file): \(key): \(message)" }
}
