import Foundation

/// Finds the refund methods a text names, in the five languages.
///
/// The words for a card or points mean a refund method only in a sentence about a refund
/// ("paid by card" is not one), so callers pass only such sentences.
enum RefundMethodScanner {
    struct Found {
        var range: NSRange
        var method: RefundMethod
    }

    static func methods(in text: AlignedText, range: NSRange, language: Language) -> [Found] {
        guard let pattern = patterns[language] else { return [] }
        return pattern.matches(in: text, range: range).compactMap { match in
            order.first { match.has($0.groupName) }.map { Found(range: match.range, method: $0) }
        }
    }

    /// Group names in the order the alternatives are tried: specific before general, so "the
    /// original card" is the original payment method rather than any card.
    private static let order: [RefundMethod] = [.originalPayment, .storeCredit, .bankTransfer, .card, .cash]

    private static func pattern(_ words: [RefundMethod: String]) -> AlignedPattern {
        AlignedPattern(order.compactMap { method in words[method].map { "(?<\(method.groupName)>\($0))" } }.joined(separator: "|"))
    }

    private static let patterns: [Language: AlignedPattern] = [
        .en: pattern([
            .originalPayment: #"\boriginal\s+(?:payment(?:\s+method)?|form\s+of\s+payment|method(?:\s+of\s+payment)?|card)\b|\bsame\s+(?:card|payment\s+method)\b|\bcard\s+you\s+(?:paid|used)\b|\bway\s+you\s+paid\b"#,
            .storeCredit: #"\bstore\s+credit\b|\baccount\s+credit\b|\bcredit\s+note\b|\bgift\s+card\b|\bvouchers?\b|\bcoupons?\b|\b(?:reward\s+|loyalty\s+)?points\b|\bwallet\b"#,
            .bankTransfer: #"\bbank\s+transfer\b|\bwire\s+transfer\b|\bbank\s+account\b|\bdirect\s+deposit\b|\bIBAN\b"#,
            .card: #"\b(?:credit|debit|bank)\s+card\b|\byour\s+card\b|\bcard\b"#,
            .cash: #"\bcash\b"#,
        ]),
        .ko: pattern([
            .originalPayment: #"원\s*결제\s*수단|기존\s*결제\s*수단|결제\s*수단으로|결제하신\s*(?:카드|수단)|원래\s*(?:카드|결제\s*수단)|결제\s*취소"#,
            .storeCredit: #"적립금|포인트|쿠폰|상품권|예치금|마일리지|캐시"#,
            .bankTransfer: #"계좌|무통장|송금"#,
            .card: #"카드"#,
            .cash: #"현금"#,
        ]),
        .zh: pattern([
            .originalPayment: #"原路|原支付(?:方式|渠道|账户)|原付款(?:方式|账户)|原卡"#,
            .storeCredit: #"积分|优惠券|代金券|礼品卡|购物金|账户余额|余额"#,
            .bankTransfer: #"银行转账|转账|汇款|银行账户"#,
            .card: #"银行卡|信用卡|储蓄卡|借记卡"#,
            .cash: #"现金"#,
        ]),
        .ru: pattern([
            .originalPayment: #"(?<![\p{L}])(?:на\s+(?:ту\s+же\s+)?карту,?\s+(?:с\s+которой|которой)|тем\s+же\s+способом|исходн\w+\s+способ\w*|способ\w*\s+оплаты|на\s+исходную\s+карту)"#,
            .storeCredit: #"(?<![\p{L}])(?:бонус\w*|балл\w*|купон\w*|промокод\w*|сертификат\w*|на\s+баланс\w*|депозит\w*)"#,
            .bankTransfer: #"(?<![\p{L}])(?:банковск\w+\s+перевод\w*|переводом|на\s+(?:ваш\s+)?(?:банковский\s+|расч[её]тный\s+)?сч[её]т|по\s+реквизитам)"#,
            .card: #"(?<![\p{L}])(?:карт[уаые]|картой|карточк\w*)(?![\p{L}])"#,
            .cash: #"(?<![\p{L}])наличн\w*"#,
        ]),
        .fa: pattern([
            .originalPayment: #"(?:همان|به)\s*(?:کارت|روش)\s*(?:پرداخت\s*)?(?:قبلی|اصلی|اولیه)|روش\s*پرداخت\s*(?:اولیه|اصلی|قبلی)|همان\s*کارتی|همان\s*روش"#,
            .storeCredit: #"اعتبار\s*(?:کیف\s*پول|حساب|خرید)?|کیف\s*پول|کد\s*تخفیف|بن\s*خرید|کوپن|امتیاز"#,
            .bankTransfer: #"حساب\s*بانکی|شماره\s*شبا|شبا|واریز\s*به\s*حساب|انتقال\s*بانکی|به\s*حساب\s*شما"#,
            .card: #"کارت"#,
            .cash: #"(?<![\p{L}])نقد\w*"#,
        ]),
    ]
}

extension RefundMethod {
    /// The regular-expression group name for the method (raw values hold underscores, which
    /// group names do not allow).
    var groupName: String { rawValue.replacingOccurrences(of: "_", with: "") }
}
