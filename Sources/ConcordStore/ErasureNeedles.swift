import Foundation
import ConversationEngine

/// Finds a customer's identities in kept source bytes that no stored message links to (an
/// item in quarantine, a duplicate of one already ingested): the store cannot parse them, but
/// an email address, a phone number or a handle of the customer's, written out whole in the
/// bytes, marks them as holding the customer's data.
///
/// Matching is ASCII case-insensitive and on whole words (the byte before and after is not a
/// letter, digit or `_`, nor for addresses `.`, `+` or `-` joining more of one), so `mina@x.com`
/// is not found inside `ramina@x.com` and `+98912...` not inside a longer number. Phones are
/// looked for by their digits (`989121234567` matches "+989121234567", "%2B989121234567" and a
/// WhatsApp `wa_id`).
/// Values too short to tell apart from ordinary words are not looked for.
public struct ErasureNeedles: Sendable {
    private struct Needle: Sendable {
        var bytes: [UInt8]
        /// Whether `.`, `+` and `-` continue the value (addresses, handles, ids).
        var joinsPunctuation: Bool
    }

    private let needles: [Needle]

    public init(identities: [Identity]) {
        needles = identities.compactMap { identity -> Needle? in
            switch identity.kind {
            case .email:
                identity.value.contains("@") ? Needle(bytes: Self.lowered(identity.value), joinsPunctuation: true) : nil
            case .phone:
                Self.digits(identity.value).map { Needle(bytes: $0, joinsPunctuation: false) }
            case .handle:
                identity.value.utf8.count >= 4 ? Needle(bytes: Self.lowered(identity.value), joinsPunctuation: true) : nil
            case .external:
                identity.value.utf8.count >= 6 ? Needle(bytes: Self.lowered(identity.value), joinsPunctuation: true) : nil
            }
        }
    }

    /// Whether nothing will ever be found (the customer has no identity long enough to look for).
    public var isEmpty: Bool { needles.isEmpty }

    /// Whether any identity is written out whole in `data`.
    public func found(in data: Data) -> Bool {
        guard !needles.isEmpty, !data.isEmpty else { return false }
        let haystack = data.map(Self.lower)
        return needles.contains { occurs($0, in: haystack) }
    }

    private func occurs(_ needle: Needle, in haystack: [UInt8]) -> Bool {
        let pattern = needle.bytes
        guard let first = pattern.first, haystack.count >= pattern.count else { return false }
        var start = 0
        let last = haystack.count - pattern.count
        while start <= last {
            guard let index = haystack[start...last].firstIndex(of: first) else { return false }
            if haystack[index..<(index + pattern.count)].elementsEqual(pattern),
               isBoundary(haystack, before: index, needle: needle),
               isBoundary(haystack, after: index + pattern.count, needle: needle) {
                return true
            }
            start = index + 1
        }
        return false
    }

    /// Before a phone's digits, a URL-encoded "+" (`From=%2B98912...` in a Twilio form body) is no digit of it.
    private func isBoundary(_ haystack: [UInt8], before index: Int, needle: Needle) -> Bool {
        guard index > 0 else { return true }
        if !needle.joinsPunctuation, index >= 3, haystack[(index - 3)..<index].elementsEqual(Array("%2b".utf8)) { return true }
        return !continues(haystack[index - 1], needle: needle)
    }

    /// After a value, a `.` that ends a sentence ("write to mina@x.com.") is not more of it.
    private func isBoundary(_ haystack: [UInt8], after index: Int, needle: Needle) -> Bool {
        guard index < haystack.count else { return true }
        let byte = haystack[index]
        if byte == UInt8(ascii: "."), needle.joinsPunctuation {
            return index + 1 >= haystack.count || !Self.isWordByte(haystack[index + 1])
        }
        return !continues(byte, needle: needle)
    }

    private func continues(_ byte: UInt8, needle: Needle) -> Bool {
        if Self.isWordByte(byte) { return true }
        return needle.joinsPunctuation && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"))
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
        default: false
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func lowered(_ text: String) -> [UInt8] { text.utf8.map(lower) }

    /// The digits of an E.164 number, when there are enough of them to mean one number.
    private static func digits(_ phone: String) -> [UInt8]? {
        let digits = phone.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return digits.count >= 7 ? Array(digits) : nil
    }
}

extension ErasureNeedles {
    /// Whether any identity is written out whole in a kept source item's original bytes (its
    /// stored bytes when they cannot be decompressed, so a damaged item is still looked at).
    public func found(in bytes: RawBytes) -> Bool {
        found(in: (try? bytes.original()) ?? bytes.stored)
    }
}
