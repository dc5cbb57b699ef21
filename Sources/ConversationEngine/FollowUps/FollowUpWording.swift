/// The sentences of a follow-up in one language. `{subject}` is the conversation's subject.
public struct FollowUpWording: Sendable, Hashable {
    /// "Did it work?", per how the case was solved: on a call, in a chat, or in writing.
    public var spokenChecks: [String]
    public var chatChecks: [String]
    public var writtenChecks: [String]
    /// How to say it did not work: a reply reopens the conversation.
    public var reopen: [String]
    /// The survey question, answered with a digit 1–5.
    public var survey: String
    /// Introduces the one-click links in an email.
    public var links: String

    public static func standard(for language: Language) -> FollowUpWording {
        switch language {
        case .en: english
        case .ko: korean
        case .zh: chinese
        case .ru: russian
        case .fa: persian
        }
    }

    static let english = FollowUpWording(
        spokenChecks: ["We spoke on the phone about “{subject}”, and we want to be sure the fix really worked.",
                       "After our call about “{subject}”, we would like to check: is everything working now?"],
        chatChecks: ["We sorted out “{subject}” together in the chat, and we want to be sure it really worked.",
                     "After our chat about “{subject}”, we would like to check: is everything working now?"],
        writtenChecks: ["We marked your request “{subject}” as solved, and we want to be sure it really worked.",
                        "A quick check on “{subject}”: is everything working now?"],
        reopen: ["If it is not, just reply to this message and we will pick it up again straight away.",
                 "If anything is still wrong, reply here and the same team will carry on."],
        survey: "How happy are you with the help you got? Reply with a number from 1 (not at all) to 5 (very happy).",
        links: "Or answer with one click:")

    static let korean = FollowUpWording(
        spokenChecks: ["전화로 도와드린 “{subject}” 건이 잘 해결되었는지 확인차 연락드립니다.",
                       "지난 통화에서 안내해 드린 “{subject}” 건, 지금은 문제없이 잘 되시나요?"],
        chatChecks: ["채팅으로 도와드린 “{subject}” 건이 잘 해결되었는지 확인차 연락드립니다.",
                     "채팅에서 안내해 드린 “{subject}” 건, 지금은 문제없이 잘 되시나요?"],
        writtenChecks: ["“{subject}” 문의를 해결 완료로 처리했는데, 실제로 잘 해결되었는지 확인하고 싶습니다.",
                        "“{subject}” 건, 지금은 문제없이 잘 되시나요?"],
        reopen: ["아직 해결되지 않았다면 이 메시지에 답장해 주세요. 바로 다시 살펴보겠습니다.",
                 "문제가 남아 있다면 여기에 답장해 주시면 같은 팀이 이어서 도와드리겠습니다."],
        survey: "받으신 도움에 얼마나 만족하셨나요? 1(전혀 만족하지 않음)부터 5(매우 만족)까지 숫자로 답장해 주세요.",
        links: "또는 아래에서 한 번에 선택하실 수 있습니다:")

    static let chinese = FollowUpWording(
        spokenChecks: ["我们在电话里处理了“{subject}”的问题，想确认一下现在是否一切正常。",
                       "关于电话中解决的“{subject}”，现在使用是否顺利？"],
        chatChecks: ["我们在在线对话中处理了“{subject}”的问题，想确认一下现在是否一切正常。",
                     "关于在线对话中解决的“{subject}”，现在使用是否顺利？"],
        writtenChecks: ["您的请求“{subject}”已标记为已解决，我们想确认问题是否真的解决了。",
                        "想跟您确认一下：“{subject}”现在是否一切正常？"],
        reopen: ["如果问题仍未解决，直接回复此消息，我们会立即继续跟进。",
                 "如仍有问题，请在这里回复，原团队会接着为您处理。"],
        survey: "您对这次服务满意吗？请回复1到5之间的数字（1表示很不满意，5表示非常满意）。",
        links: "也可以直接点击选择：")

    static let russian = FollowUpWording(
        spokenChecks: ["Мы обсуждали по телефону «{subject}» и хотим убедиться, что всё действительно заработало.",
                       "После нашего разговора о «{subject}» хотим уточнить: сейчас всё в порядке?"],
        chatChecks: ["Мы решали «{subject}» в чате и хотим убедиться, что всё действительно заработало.",
                     "После нашей переписки в чате о «{subject}» хотим уточнить: сейчас всё в порядке?"],
        writtenChecks: ["Мы отметили ваш запрос «{subject}» как решённый и хотим убедиться, что всё действительно работает.",
                        "Коротко уточним по «{subject}»: сейчас всё в порядке?"],
        reopen: ["Если нет, просто ответьте на это сообщение, и мы сразу продолжим.",
                 "Если что-то ещё не так, напишите здесь, и та же команда продолжит работу."],
        survey: "Насколько вы довольны помощью? Ответьте цифрой от 1 (совсем плохо) до 5 (отлично).",
        links: "Или ответьте одним нажатием:")

    static let persian = FollowUpWording(
        spokenChecks: ["دربارهٔ «{subject}» تلفنی صحبت کردیم و می‌خواهیم مطمئن شویم که مشکل واقعاً حل شده است.",
                       "پس از تماس تلفنی دربارهٔ «{subject}»، آیا اکنون همه‌چیز درست کار می‌کند؟"],
        chatChecks: ["«{subject}» را در گفتگوی آنلاین با هم حل کردیم و می‌خواهیم مطمئن شویم که واقعاً حل شده است.",
                     "پس از گفتگوی آنلاین دربارهٔ «{subject}»، آیا اکنون همه‌چیز درست کار می‌کند؟"],
        writtenChecks: ["درخواست «{subject}» را حل‌شده علامت زدیم و می‌خواهیم مطمئن شویم که واقعاً حل شده است.",
                        "یک پرسش کوتاه دربارهٔ «{subject}»: آیا اکنون همه‌چیز درست است؟"],
        reopen: ["اگر نه، کافی است به همین پیام پاسخ دهید تا بی‌درنگ پیگیری کنیم.",
                 "اگر هنوز مشکلی هست، همین‌جا بنویسید تا همان تیم ادامه دهد."],
        survey: "چقدر از کمکی که گرفتید راضی هستید؟ با عددی از ۱ (اصلاً راضی نیستم) تا ۵ (بسیار راضی‌ام) پاسخ دهید.",
        links: "یا با یک کلیک پاسخ دهید:")
}
