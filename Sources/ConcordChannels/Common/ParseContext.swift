import Foundation

/// What a parser needs to know about the company it parses for: its own addresses and
/// numbers (to tell inbound from outbound and find the customer on the other side), and the
/// region to read national phone numbers in.
public struct ParseContext: Sendable, Hashable {
    /// The company's own email addresses, lower-cased (support@…, the agents' addresses).
    public var ownEmailAddresses: Set<String>
    /// The company's own phone numbers in E.164 (Twilio "To" numbers, call-centre lines).
    public var ownPhoneNumbers: Set<String>
    /// The company's own handles per platform raw value ("x": ["acme_support"]), lower-cased.
    public var ownHandles: [String: Set<String>]
    /// ISO 3166 region for national phone numbers ("KR", "RU", "IR", …); nil accepts only
    /// international numbers.
    public var defaultRegion: String?

    public init(ownEmailAddresses: Set<String> = [], ownPhoneNumbers: Set<String> = [], ownHandles: [String: Set<String>] = [:],
                defaultRegion: String? = nil) {
        self.ownEmailAddresses = ownEmailAddresses
        self.ownPhoneNumbers = ownPhoneNumbers
        self.ownHandles = ownHandles
        self.defaultRegion = defaultRegion
    }

    public static let standard = ParseContext()
}
