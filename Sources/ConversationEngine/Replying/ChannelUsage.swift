import Foundation

/// How much of a channel's room a reply takes, counted the way the channel counts it, for
/// the status line while the agent writes and for refusing a reply the channel would refuse.
///
/// ```swift
/// let usage = ChannelUsage.measure("Your refund is on its way.", on: .sms)
/// usage.summary   // "1 segment · 26/160 GSM-7"
/// ```
public struct ChannelUsage: Sendable, Hashable {
    /// The length as the channel counts it: characters, twitter-text's weighted length, or
    /// for SMS septets (GSM-7) or UTF-16 code units (UCS-2).
    public var count: Int
    /// The most `count` may be; nil when the channel has no limit. For SMS, what the
    /// segments the text needs can hold (160 for one GSM-7 part, 153 for each of several).
    public var limit: Int?
    /// SMS only: the parts the text is sent as.
    public var segments: Int?
    /// SMS only: "GSM-7" or "UCS-2".
    public var encoding: String?
    /// Whether the channel would refuse the text (for SMS: more than
    /// `ChannelLimit.smsMaximumSegments` parts).
    public var isOver: Bool

    public init(count: Int, limit: Int?, segments: Int? = nil, encoding: String? = nil, isOver: Bool) {
        self.count = count
        self.limit = limit
        self.segments = segments
        self.encoding = encoding
        self.isOver = isOver
    }

    /// The usage of `text` on `channel`.
    /// - Parameter isPublic: for X, whether the reply is a public post (280) or a direct
    ///   message (10,000); nil counts it as a post.
    public static func measure(_ text: String, on channel: Channel, isPublic: Bool? = nil) -> ChannelUsage {
        guard let limit = ChannelLimit.of(channel, isPublic: isPublic) else {
            return ChannelUsage(count: text.count, limit: nil, isOver: false)
        }
        switch limit.counting {
        case .characters:
            let count = text.count
            return ChannelUsage(count: count, limit: limit.maximum, isOver: count > limit.maximum)
        case .twitterWeighted:
            let count = TwitterTextLength.weightedLength(text)
            return ChannelUsage(count: count, limit: limit.maximum, isOver: count > limit.maximum)
        case .smsSegments:
            return sms(text, maximumSegments: limit.maximum)
        }
    }

    /// SMS: GSM-7 when every character has a GSM-7 form, else UCS-2; parts are filled
    /// greedily, never splitting an escape pair or a surrogate pair across two parts.
    static func sms(_ text: String, maximumSegments: Int) -> ChannelUsage {
        var septets: [Int] = []
        septets.reserveCapacity(text.unicodeScalars.count)
        var isGSM = true
        for scalar in text.unicodeScalars {
            guard let size = GSM7Alphabet.septets(scalar) else {
                isGSM = false
                break
            }
            septets.append(size)
        }
        let units = isGSM ? septets : text.unicodeScalars.map { UTF16.width($0) }
        let single = isGSM ? 160 : 70
        let part = isGSM ? 153 : 67
        let count = units.reduce(0, +)
        var segments = 1
        if count > single {
            segments = 1
            var filled = 0
            for unit in units {
                if filled + unit > part {
                    segments += 1
                    filled = 0
                }
                filled += unit
            }
        }
        let capacity = segments == 1 ? single : segments * part
        return ChannelUsage(count: count, limit: capacity, segments: segments, encoding: isGSM ? "GSM-7" : "UCS-2",
                            isOver: segments > maximumSegments)
    }

    /// For the status line: "2 segments · 134/306 GSM-7" (SMS), "271/280", "1,204/2,000",
    /// "1,204 characters" (no limit).
    public var summary: String {
        let counted = Self.grouped(count)
        guard let limit else { return "\(counted) characters" }
        let fraction = "\(counted)/\(Self.grouped(limit))"
        if let segments, let encoding {
            return "\(segments) \(segments == 1 ? "segment" : "segments") · \(fraction) \(encoding)"
        }
        return fraction
    }

    /// 1204 -> "1,204": the same in every locale, like the rest of the status line.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
