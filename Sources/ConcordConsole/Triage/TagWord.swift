import Foundation

/// Tags as agents type them ("VIP", "#vip", " vip ") all mean the tag "vip".
enum TagWord {
    static func normalised(_ word: String) -> String {
        var tag = word.trimmingCharacters(in: .whitespaces).lowercased()
        while tag.hasPrefix("#") { tag.removeFirst() }
        return String(tag.map { $0 == " " || $0 == "," ? "-" : $0 })
    }
}
