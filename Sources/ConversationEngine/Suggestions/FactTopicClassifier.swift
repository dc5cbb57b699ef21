import Foundation

/// Tells what a time, an amount or a refund method in a sentence is about, from the words
/// around it: "refund" or "환불" before "within 5 business days" makes it a refund promise,
/// "call you back" before "tomorrow" a call back.
///
/// When a sentence names several things ("We'll refund within 5 business days and call you
/// tomorrow"), the word nearest to the phrase wins, with a slight preference for the side
/// where the language usually puts its verb or noun: before the time in English and Russian,
/// after it in Korean, Chinese and Persian. A word that only names the subject of the talk
/// ("about your refund", "환불 관련", "关于退款", "по поводу возврата", "درباره بازپرداخت")
/// yields to any other word, so "we'll get back to you about your refund within 24 hours" is
/// a reply promise, not a refund promise; a verb of arriving ("will arrive", "도착", "поступит")
/// is a delivery only when nothing else is named, since "your refund will arrive" is a refund.
enum FactTopicClassifier {
    /// The topic words of `region` (usually a sentence), found once and asked many times.
    static func mentions(in region: NSRange, text: AlignedText, language: Language) -> TopicMentions {
        TopicMentions(mentions: find(in: region, text: text, language: language), language: language)
    }

    /// The topic named last in `region`, preferring direct mentions over asides: what a
    /// following sentence with no topic word of its own is still talking about.
    static func lastTopic(in region: NSRange, text: AlignedText, language: Language) -> FactTopic? {
        mentions(in: region, text: text, language: language).last
    }

    // MARK: Mentions

    struct Mention {
        var topic: FactTopic
        var range: NSRange
        /// Named only as the subject of the talk ("about your refund").
        var isAside: Bool
        /// A verb of arriving ("will arrive", "도착", "поступит", "می‌رسد"): delivery only when
        /// nothing else is named, since a refund arrives too.
        var isArrival: Bool
    }

    private static func find(in region: NSRange, text: AlignedText, language: Language) -> [Mention] {
        guard let vocabulary = vocabularies[language] else { return [] }
        var result: [Mention] = []
        for match in vocabulary.words.matches(in: text, range: region) {
            let isArrival = match.has("arrival")
            guard let topic = isArrival ? .delivery : orderedTopics.first(where: { match.has($0.rawValue) }) else { continue }
            result.append(Mention(topic: topic, range: match.range, isAside: isAside(match.range, in: text, vocabulary: vocabulary),
                                  isArrival: isArrival))
        }
        return result
    }

    private static func isAside(_ range: NSRange, in text: AlignedText, vocabulary: Vocabulary) -> Bool {
        let before = NSRange(location: max(0, range.location - 24), length: range.location - max(0, range.location - 24))
        if vocabulary.asideBefore.occurs(in: text, range: before) { return true }
        let afterStart = range.location + range.length
        let after = NSRange(location: afterStart, length: min(16, text.fullRange.length - afterStart))
        return vocabulary.asideAfter.occurs(in: text, range: after)
    }

    private static let orderedTopics: [FactTopic] = [.refund, .replacement, .callback, .reply, .update, .delivery, .charge]

    private struct Vocabulary: Sendable {
        var words: AlignedPattern
        /// Words just before a topic word that make it an aside (anchored at the end).
        var asideBefore: AlignedPattern
        /// Words just after a topic word that make it an aside (anchored at the start).
        var asideAfter: AlignedPattern
    }

    /// One pattern for all topics of a language. In languages that space their words, every
    /// word must start a word ("پرداخت" inside "بازپرداخت" is not a payment): checked once for
    /// the whole alternation, which keeps the pattern cheap.
    private static func vocabulary(_ words: [FactTopic: String], arrival: String, before: String, after: String = "(?!)",
                                   spaced: Bool = true) -> Vocabulary {
        let groups = orderedTopics.compactMap { topic in words[topic].map { "(?<\(topic.rawValue)>\($0))" } } + ["(?<arrival>\(arrival))"]
        let alternation = "(?:" + groups.joined(separator: "|") + ")"
        return Vocabulary(words: AlignedPattern(spaced ? "(?<![\\p{L}\\p{N}])" + alternation : alternation),
                          asideBefore: AlignedPattern("(?:\(before))\\s*(?:your|the|my|our|this|that)?\\s*$"),
                          asideAfter: AlignedPattern("^\\s*(?:\(after))"))
    }

    private static let vocabularies: [Language: Vocabulary] = [
        .en: vocabulary([
            .refund: "refund\\w*|original\\s+(?:payment(?:\\s+method)?|card|form\\s+of\\s+payment)\\b|reimburs\\w*|(?:your|the)\\s+money\\b|money back\\b|credit(?:ed)? back\\b|pay(?:ing)? you back\\b|back (?:on|to) your (?:card|account)\\b",
            .replacement: "replacement\\w*|replac(?:e|ing)\\b|exchang\\w*|new one\\b",
            .callback: "call(?:ing)? you\\b|call(?:-| )?back\\b|ring you\\b|phone you\\b|give you a (?:call|ring)\\b",
            .reply: "get back to you\\b|repl(?:y|ies)\\b|respon(?:d|se)\\w*|hear (?:back )?from (?:us|me)\\b|answer\\w*|write (?:back|to you)\\b|email you\\b|contact you\\b|be in touch\\b",
            .update: "updat\\w*|let you know\\b|keep you (?:posted|informed|updated)\\b|inform you\\b|notify you\\b|status\\b|follow(?:-| )up\\b|news\\b",
            .delivery: "deliver\\w*|ship\\w*|dispatch\\w*|courier\\b|parcel\\b|package\\b|in transit\\b",
            .charge: "charg\\w*|paid\\b|payment\\b|price\\w*|costs?\\b|fees?\\b|bill(?:ed|ing)?\\b|invoice\\w*|total\\b|debited\\b",
        ], arrival: "arriv\\w*|reach(?:es)? you\\b|on its way\\b|should see it\\b", before: "\\b(?:about|regarding|concerning|re:|on|with an update on)"),
        .ko: vocabulary([
            .refund: "환불|원\\s*결제\\s*수단|기존\\s*결제\\s*수단|환급|반환|돌려\\s*드리|결제\\s*취소|취소\\s*처리",
            .replacement: "교환|교체|재발송|새\\s*제품|대체\\s*상품",
            .callback: "전화|콜백|통화",
            .reply: "답변|회신|답장|연락|응답",
            .update: "안내|알려\\s*드리|업데이트|진행\\s*상황|진행\\s*상태|소식",
            .delivery: "배송|배달|발송|출고|택배",
            .charge: "결제|청구|요금|가격|비용|수수료|납부",
        ], arrival: "도착|받아\\s*보실|받으실|수령", before: "(?!)", after: "관련|에\\s*대해|에\\s*대한|문의|건(?:은|에|으로)?\\s", spaced: false),
        .zh: vocabulary([
            .refund: "退款|原路|原支付(?:方式|渠道)?|原付款(?:方式)?|退钱|退还|退回|返还|退费|原路退回|退到|到账|款项",
            .replacement: "换货|更换|换新|补发|调换",
            .callback: "回电|回拨|致电|打电话|电话联系",
            .reply: "回复|答复|回覆|回信|联系您|联系你",
            .update: "进展|进度|更新|告知|通知您|通知你",
            .delivery: "发货|送达|到货|配送|快递|物流|寄出|寄送",
            .charge: "扣款|付款|支付|价格|费用|收费|账单|扣费",
        ], arrival: "送到|收到|到达", before: "关于|有关|针对|就", spaced: false),
        .ru: vocabulary([
            .refund: "возврат\\w*|тем\\s+же\\s+способом|возвращ\\w*|верн(?:ём|ем|ут|утся)\\b|компенс\\w*|деньг\\w*|средств[аоу]?\\b",
            .replacement: "замен\\w*|обмен\\w*",
            .callback: "перезвон\\w*|позвон\\w*|созвон\\w*",
            .reply: "ответ\\w*|свяж\\w*|напиш\\w*",
            .update: "сообщ\\w*|информир\\w*|новост\\w*|статус\\w*|уведом\\w*|в курсе",
            .delivery: "достав\\w*|отправ\\w*|посылк\\w*|курьер\\w*",
            .charge: "оплат\\w*|списа\\w*|стоимост\\w*|цен[аеуы]\\b|платеж\\w*|платёж\\w*|сч[её]т\\b",
        ], arrival: "прид[её]т|придут|поступ\\w*|прибуд\\w*|получите", before: "по поводу|насч[её]т|относительно|\\bо|\\bоб|\\bпо"),
        .fa: vocabulary([
            .refund: "بازپرداخت|روش\\s*پرداخت\\s*(?:اولیه|اصلی|قبلی)|استرداد|عودت|واریز\\s*(?:وجه|مجدد)|وجه|برگشت\\s*(?:وجه|پول|مبلغ)|بازگشت\\s*(?:وجه|پول|مبلغ)|بازگردان\\w*|برمی\\s*گردان\\w*",
            .replacement: "تعویض|جایگزین\\w*|کالای\\s*جدید",
            .callback: "تماس|زنگ\\s*می\\s*زنیم|زنگ\\s*خواهیم",
            .reply: "پاسخ\\w*|جواب\\w*",
            .update: "اطلاع\\w*|خبر\\w*|وضعیت|پیگیری\\w*",
            .delivery: "تحویل\\w*|ارسال\\w*|مرسوله|بسته|پیک",
            .charge: "پرداخت\\w*|هزینه\\w*|قیمت\\w*|صورتحساب|فاکتور|کسر",
        ], arrival: "می\\s*رسد|به\\s*دستتان|به\\s*دست\\s*شما|دریافت", before: "درباره|در\\s*مورد|بابت|راجع\\s*به"),
    ]
}
