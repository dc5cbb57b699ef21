import Foundation

/// Reduces an email subject to the topic it names, so "Re: 回复: Fwd: Order 1234" and
/// "order 1234" compare equal when subject threading is the last resort.
public enum SubjectNormalizer {
    /// Reply and forward prefixes in the languages Concord serves and the mail clients they use.
    static let prefixes: [String] = [
        "re", "fw", "fwd", "aw", "wg", "sv", "vs", "antw", "rif", "tr", "res",
        "답장", "회신", "전달", "답변",
        "回复", "答复", "回覆", "转发", "轉寄", "转寄", "答覆",
        "ответ", "отв", "пересл", "переслано", "fw",
        "پاسخ", "ارسال مجدد", "هدایت", "جواب", "رد",
    ]

    /// The prefixes that mean "reply" (not "forward"): a reply to "Fwd: …" is "Re: Fwd: …",
    /// a reply to "회신: …" stays as it is.
    static let replyPrefixes: Set<String> = [
        "re", "aw", "sv", "vs", "antw", "rif", "res", "답장", "회신", "답변", "回复", "答复", "回覆", "答覆",
        "ответ", "отв", "پاسخ", "جواب", "رد",
    ]

    /// Whether the subject starts with a reply prefix ("Re:", "RE:", "Re[2]:", "회신:",
    /// "回复:", "Ответ:", "پاسخ:"), as opposed to a forward or none.
    public static func startsWithReplyPrefix(_ subject: String) -> Bool {
        let trimmed = Whitespace.trimmed(subject)
        guard droppingOnePrefix(trimmed) != nil else { return false }
        let head = trimmed.prefix(16).lowercased()
        // The longest prefix that matches decides ("отв" is also the start of "ответ").
        guard let matched = prefixes.filter({ head.hasPrefix($0) }).max(by: { $0.count < $1.count }) else { return false }
        return replyPrefixes.contains(matched)
    }

    /// The topic key: prefixes removed (also "Re[2]:" and "Re:Re:"), "[list]" tags dropped,
    /// whitespace collapsed, lower-cased.
    public static func key(_ subject: String) -> String {
        var text = Substring(stripPrefixes(subject))
        // A mailing-list tag such as "[support]" before the topic.
        if text.first == "[", let close = text.prefix(42).firstIndex(of: "]") {
            text = text[text.index(after: close)...]
            text = Substring(stripPrefixes(String(text)))
        }
        return Whitespace.collapsed(text).lowercased()
    }

    /// Whether the subject says it is a reply or a forward.
    public static func hasReplyPrefix(_ subject: String) -> Bool {
        let trimmed = Whitespace.trimmed(subject)
        return droppingOnePrefix(trimmed) != nil
    }

    /// The subject without reply/forward prefixes, keeping its case, for display.
    public static func stripPrefixes(_ subject: String) -> String {
        var text = Whitespace.trimmed(subject)
        while let rest = droppingOnePrefix(text) {
            text = rest
        }
        return String(text)
    }

    /// The first letters of every prefix, in both cases: most subjects start with none of
    /// them and are decided by one set lookup.
    private static let prefixInitials: Set<Character> = Set(prefixes.compactMap(\.first).flatMap { initial in
        [initial, Character(String(initial).uppercased())]
    })

    /// The lengths, in characters and in the order of `prefixes`, of the prefixes `text` starts
    /// with (ignoring case). An ASCII head is compared byte by byte with the ASCII prefixes (for
    /// ASCII, bytes are characters and no other prefix can match); any other is lower-cased and
    /// compared as characters.
    private static func matchingPrefixLengths(_ text: Substring) -> [Int] {
        let bytes = text.utf8.prefix(16)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let head = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return asciiPrefixes.filter { head.starts(with: $0) }.map(\.count)
        }
        // Only the head can hold a prefix; lower-case just that much, once.
        let head = text.prefix(16).lowercased()
        return prefixes.filter { head.hasPrefix($0) }.map(\.count)
    }

    /// The ASCII prefixes as bytes, in the order of `prefixes`.
    private static let asciiPrefixes: [[UInt8]] = prefixes.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// `text` without its first reply prefix and colon, or nil when it has none.
    private static func droppingOnePrefix(_ text: Substring) -> Substring? {
        guard let first = text.first, prefixInitials.contains(first) else { return nil }
        for length in matchingPrefixLengths(text) {
            var rest = text.dropFirst(length)
            // An optional counter such as "[2]" or "(2)".
            if let open = rest.first, open == "[" || open == "(" {
                let close: Character = open == "[" ? "]" : ")"
                if let end = rest.firstIndex(of: close), rest[rest.index(after: rest.startIndex)..<end].allSatisfy(\.isNumber) {
                    rest = rest[rest.index(after: end)...]
                }
            }
            rest = rest.drop(while: { $0 == " " })
            guard let colon = rest.first, colon == ":" || colon == "：" || colon == "﹕" else { continue }
            return rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
        }
        return nil
    }
}
