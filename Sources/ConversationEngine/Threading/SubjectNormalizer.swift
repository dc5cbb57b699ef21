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

    /// The topic key: prefixes removed (also "Re[2]:" and "Re:Re:"), "[list]" tags dropped,
    /// whitespace collapsed, lower-cased.
    public static func key(_ subject: String) -> String {
        var text = stripPrefixes(subject)
        text = text.replacingOccurrences(of: #"^\s*\[[^\]]{1,40}\]\s*"#, with: "", options: .regularExpression)
        text = stripPrefixes(text)
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    /// Whether the subject says it is a reply or a forward.
    public static func hasReplyPrefix(_ subject: String) -> Bool {
        stripPrefixes(subject) != subject.trimmingCharacters(in: .whitespaces)
    }

    /// The subject without reply/forward prefixes, keeping its case, for display.
    public static func stripPrefixes(_ subject: String) -> String {
        var text = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        var changed = true
        while changed {
            changed = false
            for prefix in prefixes {
                guard text.lowercased().hasPrefix(prefix) else { continue }
                var rest = text.dropFirst(prefix.count)
                // Optional counter such as "[2]" or "(2)".
                if let first = rest.first, first == "[" || first == "(" {
                    let close: Character = first == "[" ? "]" : ")"
                    if let end = rest.firstIndex(of: close), rest[rest.index(after: rest.startIndex)..<end].allSatisfy(\.isNumber) {
                        rest = rest[rest.index(after: end)...]
                    }
                }
                rest = rest.drop(while: { $0 == " " })
                guard let colon = rest.first, colon == ":" || colon == "：" || colon == "﹕" else { continue }
                text = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces)
                changed = true
                break
            }
        }
        return text
    }
}
