import Foundation

/// The words that tell, in one language, whether a time phrase is a commitment ("we will",
/// "드리겠습니다", "会", "вернём", "خواهیم"), a report of the past ("we sent it 3 days ago",
/// "3일 전에 보냈습니다"), a request to the customer ("please reply within 7 days"), a
/// condition ("if you have not heard from us within 24 hours") or a refusal ("we cannot
/// promise it by Friday").
///
/// Most patterns are searched in the words around the phrase, never in the phrase itself, so
/// "周五之前" (by Friday) is not mistaken for "之前" (before, in the past).
struct CommitmentCues: Sendable {
    /// Words that commit to the future whatever else the clause says.
    let future: AlignedPattern
    /// Words that put the clause in the past.
    let past: AlignedPattern
    /// Present-tense words that read as the future when nothing says past ("arrives", "도착합니다").
    let present: AlignedPattern
    /// Words that refuse or doubt.
    let negation: AlignedPattern
    /// Words that ask the customer to do something.
    let request: AlignedPattern
    /// Requests that are really promises: "please allow 3–5 business days", "기다려 주세요".
    let allowance: AlignedPattern
    /// A condition before the phrase in its clause ("if", "如果", "если", "اگر").
    let conditionBefore: AlignedPattern
    /// A condition after the phrase in its clause (Korean "…시면").
    let conditionAfter: AlignedPattern
    /// Words right after a span that put it in the past ("ago", "전", "前", "назад", "پیش").
    let ago: AlignedPattern
    /// Words right before a span that make it a length already gone by ("for", "已经", "уже").
    let elapsedBefore: AlignedPattern
    /// Words that join two clauses without punctuation ("and", "-며", "并且", "и", "و"): "We
    /// received it on Monday and will refund within 5 days" is two statements.
    let conjunction: AlignedPattern

    static func cues(for language: Language) -> CommitmentCues {
        switch language {
        case .en: english
        case .ko: korean
        case .zh: chinese
        case .ru: russian
        case .fa: persian
        }
    }

    private static let never = "(?!)"

    private static let english = CommitmentCues(
        future: AlignedPattern(#"\b(?:will|shall|going\s+to|gonna|expect|aim\s+to|plan\s+to|(?:we|i)\s+(?:promise|guarantee)|should(?!\s+have\b)|can\s+expect|allow|takes?|usually|typically|normally)\b|'ll\b"#),
        past: AlignedPattern(#"\b(?:ago|yesterday|last\s+(?:week|month|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|already|was|were|had|did|has\s+been|have\s+been|sent|shipped|processed|refunded|issued|received|delivered|dispatched|replied|called|spoke|took|waited|paid|charged|ordered|placed|since|earlier|previously|went|came)\b|'ve\b"#),
        present: AlignedPattern(#"\b(?:arrives?|ships?|lands?|goes\s+out|leaves|is|are|gets?)\b"#),
        negation: AlignedPattern(#"\b(?:can(?:no|')t|cannot|unable\s+to|not\s+able\s+to|won't|will\s+not|no\s+guarantee|not\s+(?:be\s+)?(?:possible|guaranteed)|impossible|unlikely)\b"#),
        request: AlignedPattern(#"^\s*(?:please|kindly)\b|\b(?:could|can|would|will)\s+you\b|\bplease\s+(?:send|reply|respond|call|contact|let\s+us\s+know|provide|confirm|return|upload|check|make\s+sure|get\s+back)\b|\bmake\s+sure\s+(?:you|to)\b|\byou\s+(?:need|have)\s+to\b|\byou\s+must\b|\byou\s+(?:can|may|could)\b"#),
        allowance: AlignedPattern(#"\b(?:please|kindly)\s+(?:allow|expect|note|be\s+aware|bear\s+with|wait|give\s+us|keep\s+an\s+eye)\b|\b(?:can|may)\s+expect\b"#),
        conditionBefore: AlignedPattern(#"(?:^|\b)(?:if|unless|in\s+case|should\s+you|once\s+you|as\s+soon\s+as\s+you)\b"#),
        conditionAfter: AlignedPattern(never),
        ago: AlignedPattern(#"^\s*(?:ago|back|earlier|before\s+(?:now|today))\b"#),
        elapsedBefore: AlignedPattern(#"\b(?:for|last|past|over\s+the\s+(?:last|past)|been|already|waited|waiting)\s+(?:the\s+)?$"#),
        conjunction: AlignedPattern(#"\b(?:and|but|so|while|whereas|then)\b"#))

    private static let korean = CommitmentCues(
        future: AlignedPattern(#"겠|예정|것\s*(?:입니다|이에요|예요|같습니다)|게요|드릴게|소요|걸립|걸릴|예상|약속|보장|될\s*거|할\s*거"#),
        past: AlignedPattern(#"(?:았|었|였|했|됐|갔|왔|봤|렸|졌|쳤|셨|냈|겼|줬|웠|뒀|섰|켰)(?:습니다|어요|다|는데|고|으며|지만|으나|음)|어제|지난|이미|벌써|이전에"#),
        present: AlignedPattern(#"니다|요(?:\s|$|[.!])|드림"#),
        negation: AlignedPattern(#"않|(?<!잘)못\s*(?:하|합|드|할|해|됩|받)|불가|어렵|수\s*없|보장.{0,6}없"#),
        request: AlignedPattern(#"주세요|주십시오|주시기\s*바랍니다|부탁\s*드립니다|부탁드립니다|바랍니다|해\s*주시"#),
        allowance: AlignedPattern(#"기다려|양해|소요|예상"#),
        conditionBefore: AlignedPattern(#"만약|만일"#),
        conditionAfter: AlignedPattern(#"(?:면|경우(?:에)?(?:는)?)(?=\s|$|,)"#),
        ago: AlignedPattern(#"^\s*(?:전(?=에|\s|$|[,.!])|째|前)"#),
        elapsedBefore: AlignedPattern(#"(?:이미|벌써)\s*$"#),
        conjunction: AlignedPattern(#"(?:며|고|지만|는데|으나|니까)(?=\s)"#))

    private static let chinese = CommitmentCues(
        future: AlignedPattern(#"会|将|预计|争取|保证|承诺|一定|马上|尽快|安排|需要|大约|大概|左右|即可|就能|就会|可以|能够|有望"#),
        past: AlignedPattern(#"了|已经|已|刚刚|刚才|昨天|前天|曾经|过去"#),
        present: AlignedPattern(#"."#),
        negation: AlignedPattern(#"无法|不能|没法|不一定|不保证|不确定|难以|不会|未能"#),
        request: AlignedPattern(#"请您|请你|麻烦您|麻烦你|请(?!耐心)|务必"#),
        allowance: AlignedPattern(#"耐心|等待|稍等|预计|需要"#),
        conditionBefore: AlignedPattern(#"如果|若|要是|假如|万一|如未|如没|如在"#),
        conditionAfter: AlignedPattern(#"的话"#),
        ago: AlignedPattern(#"^\s*(?:前|之前|以前)"#),
        elapsedBefore: AlignedPattern(#"(?:已经|已|等了|过了|等待了)\s*$"#),
        conjunction: AlignedPattern(#"而且|并且|但是|然后|不过|但|并"#))

    private static let russian = CommitmentCues(
        future: AlignedPattern(#"(?<![\p{L}])(?:будет|будут|будем|вернём|вернем|свяжемся|перезвоним|ответим|отправим|сообщим|пришлём|пришлем|получите|поступ(?:ят|ит)|прид[её]т|придут|доставим|доставят|займ[её]т|занимает|обработаем|оформим|заменим|ожидайте|постараемся|планируем|сделаем|решим|рассмотрим|проверим|вышлем|переведём|переведем|зачисл\w*|ожидается|гарантируем|обещаем|обязательно|рассчитывать)(?![\p{L}])"#),
        past: AlignedPattern(#"(?<![\p{L}])(?:отправил\w*|вернул\w*|получил\w*|оформил\w*|перев[её]л\w*|доставил\w*|звонил\w*|ответил\w*|написал\w*|сообщил\w*|обработал\w*|оплатил\w*|заказал\w*|ждал\w*|прошл\w*|был[аио]?|вчера|уже|назад|произош\w*|прибыл\w*|пришл[аио]|пришёл|списал\w*)(?![\p{L}])"#),
        present: AlignedPattern(#"(?<![\p{L}])\w+(?:ет|ит|ут|ют|ат|ят)(?![\p{L}])"#),
        negation: AlignedPattern(#"(?<![\p{L}])(?:не\s+(?:можем|сможем|получится|гарантир\w*|обеща\w*|успе\w*)|невозможно|нельзя)(?![\p{L}])"#),
        request: AlignedPattern(#"(?<![\p{L}])(?:пожалуйста|просим\s+вас|прошу\s+вас|не\s+забудьте|пришлите|отправьте|ответьте|позвоните|сообщите|свяжитесь|напишите|предоставьте|подтвердите)(?![\p{L}])"#),
        allowance: AlignedPattern(#"(?<![\p{L}])(?:ожидайте|подождите|дождитесь|учтите)(?![\p{L}])"#),
        conditionBefore: AlignedPattern(#"(?<![\p{L}])(?:если|в\s+случае|когда\s+вы)(?![\p{L}])"#),
        conditionAfter: AlignedPattern(never),
        ago: AlignedPattern(#"^\s*(?:тому\s+)?назад"#),
        elapsedBefore: AlignedPattern(#"(?<![\p{L}])(?:уже|последние|прошедшие|прошло|прошли)\s*$"#),
        conjunction: AlignedPattern(#"(?<![\p{L}])(?:и|а|но|однако|поэтому|так что)(?![\p{L}])"#))

    private static let persian = CommitmentCues(
        future: AlignedPattern(#"(?<![\p{L}])(?:خواه(?:م|ی|د|یم|ید|ند)|قرار\s*است|طول\s*می\s*کش\w*|حداکثر|تضمین\s*می|قول\s*می|پیش\s*بینی|انتظار\s*می\s*رود)(?![\p{L}])"#),
        past: AlignedPattern(#"(?<![\p{L}])(?:(?:کرد|شد|بود|داد|گرفت|فرستاد|زد|آمد|رفت|رسید|داشت|ماند)(?:یم|ید|ند|م|ی)?|(?:کرده|شده|بوده|داده|گرفته|فرستاده|رسیده)\s*(?:است|بود|ایم|اند|اید|شد)|دیروز|قبلاً|قبلا|گذشته)(?![\p{L}])"#),
        present: AlignedPattern(#"(?<![\p{L}])(?:می\s*\p{L}+|است|هست|باشد|شود)"#),
        negation: AlignedPattern(#"(?<![\p{L}])(?:نمی\s*توان\w*|نخواه\w*|امکان\s*ندارد|ممکن\s*نیست|تضمین\s*نمی|قول\s*نمی|نمی\s*شود)"#),
        request: AlignedPattern(#"(?<![\p{L}])(?<!می\s)(?:لطفا|لطفاً|خواهشمند\w*|خواهش\s*می\s*کنیم|بفرستید|بفرمایید|بدهید|کنید)(?![\p{L}])"#),
        allowance: AlignedPattern(#"(?<![\p{L}])(?:صبر|منتظر|شکیبا|تحمل)"#),
        conditionBefore: AlignedPattern(#"(?<![\p{L}])(?:اگر|درصورتی\s*که|در\s*صورتی\s*که|چنانچه|در\s*صورت)(?![\p{L}])"#),
        conditionAfter: AlignedPattern(never),
        ago: AlignedPattern(#"^\s*(?:(?:پیش|قبل)(?!\s*از)|است\s*که|هست\s*که)"#),
        elapsedBefore: AlignedPattern(#"(?<![\p{L}])(?:از|الان|اکنون)\s*$"#),
        conjunction: AlignedPattern(#"(?<![\p{L}])(?:و|اما|ولی|سپس)(?![\p{L}])"#))
}
