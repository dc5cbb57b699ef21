import Foundation

/// Turns the small HTML fragments chat tools send (Intercom bodies: "<p>Hi</p><p>Thanks</p>")
/// into readable plain text: block elements become line breaks, entities are decoded,
/// script and style content is dropped, everything else loses its tags.
///
/// One linear pass with no recursion, so hostile markup (unclosed tags, endless nesting)
/// costs time proportional to its length and nothing more. (Named apart from the email
/// side's `HTMLText`, which renders whole HTML mail bodies.)
enum MarkupText {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
    ]
    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'",
        "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "copy": "©", "reg": "®", "euro": "€", "middot": "·", "bull": "•",
    ]

    /// Whether `text` contains markup worth converting (a tag or an entity).
    static func looksLikeHTML(_ text: String) -> Bool {
        text.contains("<") && text.contains(">") || text.contains("&")
    }

    /// The text content of `html`, with paragraphs and line breaks as newlines and runs of
    /// blank lines collapsed.
    static func text(from html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        var output = String.UnicodeScalarView()
        var i = 0
        var skipUntil: String?  // inside <script> or <style>: the closing tag name
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "<" {
                guard let close = scalars[i...].firstIndex(of: ">") else {
                    if skipUntil == nil { output.append(contentsOf: scalars[i...]) }
                    break
                }
                let inside = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
                let (name, closing) = tagName(inside)
                i = close + 1
                if let skipping = skipUntil {
                    if closing && name == skipping { skipUntil = nil }
                    continue
                }
                if !closing && (name == "script" || name == "style") && !inside.hasSuffix("/") {
                    skipUntil = name
                    continue
                }
                if blockTags.contains(name) { output.append("\n") }
                continue
            }
            if skipUntil != nil { i += 1; continue }
            if scalar == "&", let semicolon = scalars[i...].prefix(12).firstIndex(of: ";") {
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<semicolon]))
                if let decoded = decodeEntity(name) {
                    output.append(contentsOf: decoded.unicodeScalars)
                    i = semicolon + 1
                    continue
                }
            }
            output.append(scalar)
            i += 1
        }
        return tidy(String(output))
    }

    private static func tagName(_ inside: String) -> (String, Bool) {
        var text = Substring(inside).drop(while: { $0 == " " })
        let closing = text.hasPrefix("/")
        if closing { text = text.dropFirst() }
        let name = text.prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
        return (name, closing)
    }

    private static func decodeEntity(_ name: String) -> String? {
        if let known = entities[name] { return known }
        let lower = name.lowercased()
        if let known = entities[lower] { return known }
        guard lower.hasPrefix("#") else { return nil }
        let digits = lower.dropFirst()
        let value: UInt32?
        if digits.hasPrefix("x") {
            value = digits.count <= 7 ? UInt32(digits.dropFirst(), radix: 16) : nil
        } else {
            value = digits.count <= 8 ? UInt32(digits) : nil
        }
        guard let value else { return nil }
        return String(Character(Unicode.Scalar(value) ?? "\u{FFFD}"))
    }

    /// Trims each line, drops leading and trailing blank lines and keeps at most one blank
    /// line between paragraphs.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                blank += 1
                continue
            }
            if !lines.isEmpty && blank > 1 { lines.append("") }
            blank = 0
            lines.append(trimmed)
        }
        return lines.joined(separator: "\n")
    }
}
