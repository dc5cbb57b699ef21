import Foundation

/// Finds the links in a text the way social networks recognise them, for counting a link as
/// its shortened length: "http://" and "https://" links, and bare domains with a well-known
/// top-level domain ("example.com", "shop.co.kr/returns").
enum LinkFinder {
    /// Top-level domains a bare domain is recognised by (the generic ones and the countries
    /// Concord's customers write from); a link with a scheme needs none.
    static let topLevelDomains: Set<String> = [
        "com", "net", "org", "info", "biz", "io", "co", "me", "app", "dev", "shop", "store", "online", "site", "edu", "gov",
        "jp", "kr", "cn", "tw", "hk", "ru", "ir", "uk", "de", "fr", "it", "es", "nl", "eu", "us", "ca", "au", "in", "ua",
        "by", "kz", "ae", "tr", "br", "ly", "to", "tv", "ai",
    ]

    /// The ranges of the links in `text`, in order.
    static func links(in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            // Links start at a word boundary.
            if index == text.startIndex || !isLinkCharacter(text[text.index(before: index)]) {
                if let end = linkEnd(in: text, from: index) {
                    found.append(index..<end)
                    index = end
                    continue
                }
            }
            index = text.index(after: index)
        }
        return found
    }

    private static func isLinkCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-_.@/".contains(character))
    }

    /// Where a link starting at `start` ends, or nil when none starts there.
    private static func linkEnd(in text: String, from start: String.Index) -> String.Index? {
        let head = text[start...]
        let lower = head.prefix(8).lowercased()
        var hostStart = start
        var hasScheme = false
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            hostStart = text.index(start, offsetBy: scheme.count)
            hasScheme = true
            break
        }
        // The host: labels of letters, digits and hyphens, at most 63 each.
        var end = hostStart
        var labels: [Substring] = []
        var labelStart = hostStart
        while end < text.endIndex {
            let character = text[end]
            if character.isASCII && (character.isLetter || character.isNumber || character == "-") {
                end = text.index(after: end)
            } else if character == ".", end > labelStart {
                labels.append(text[labelStart..<end])
                end = text.index(after: end)
                labelStart = end
            } else {
                break
            }
        }
        if end > labelStart { labels.append(text[labelStart..<end]) } else if end > hostStart, text[text.index(before: end)] == "." {
            end = text.index(before: end)
        }
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.count <= 63 }),
              let tld = labels.last, tld.allSatisfy(\.isLetter) else { return nil }
        guard hasScheme || topLevelDomains.contains(tld.lowercased()) else { return nil }
        // A path, query or port: anything up to a space, without trailing punctuation.
        if end < text.endIndex, "/:?#".contains(text[end]) {
            while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
            while end > start, ".,;:!?)'\"".contains(text[text.index(before: end)]) { end = text.index(before: end) }
        }
        return end
    }
}
