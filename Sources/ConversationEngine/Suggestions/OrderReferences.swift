import Foundation

/// Order, ticket and case numbers a text mentions ("order #1042", "주문번호 1042", "订单号1042",
/// "заказ № 1042", "سفارش ۱۰۴۲"), so facts about two different orders are never compared.
enum OrderReferences {
    static func find(in text: AlignedText, language: Language) -> Set<String> {
        var found = Set<String>()
        for pattern in [shared] + (own[language].map { [$0] } ?? []) {
            for match in pattern.matches(in: text) {
                if let reference = match.group("ref") ?? match.group("ref2") { found.insert(reference.uppercased()) }
            }
        }
        return found
    }

    private static let shared = AlignedPattern(#"(?:#|№)\s?(?<ref>[A-Za-z0-9-]*\d[A-Za-z0-9-]{2,})|\b(?:order|ticket|case|invoice|ref(?:erence)?)\s*(?:no\.?|number|#|:)?\s*(?<ref2>[A-Za-z]*-?\d[A-Za-z0-9-]{2,})"#)

    private static let own: [Language: AlignedPattern] = [
        .ko: AlignedPattern(#"주문\s*(?:번호)?\s*[:#]?\s*(?<ref>\d{3,})"#),
        .zh: AlignedPattern(#"订单\s*(?:号|编号)?\s*[:#]?\s*(?<ref>\d{3,})"#),
        .ru: AlignedPattern(#"(?<![\p{L}])заказ\w*\s*(?:номер\s*)?(?<ref>\d{3,})"#),
        .fa: AlignedPattern(#"سفارش\s*(?:شماره\s*)?[:#]?\s*(?<ref>\d{3,})"#),
    ]
}
