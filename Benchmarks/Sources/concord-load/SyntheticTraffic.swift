import Foundation
import ConversationEngine

/// Makes the benchmark's inputs: chat, SMS and email messages in five languages from seeded
/// customers and new ones, each with a provider id of its own (so a duplicate in the store can
/// only come from ingesting one twice). The same seed gives the same messages.
struct SyntheticTraffic {
    private var random: SplitMix64
    /// Customers that exist (seeded or created by an earlier message).
    private var known = 0
    /// Messages made so far: the number in every provider id.
    private(set) var made = 0
    /// Chat sessions still open, per customer (a follow-up line joins its session).
    private var sessions: [Int: Int] = [:]

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// The first message of `count` customers, dated over the last two days, and a follow-up for
    /// every third one: the store's working set before the consoles open.
    mutating func seedEvents(customers count: Int, now: Date) -> [InboundEvent] {
        var events: [InboundEvent] = []
        for _ in 0..<count {
            let customer = known
            known += 1
            let at = now.addingTimeInterval(-Double(random.next(below: 2 * 86_400)) - 600)
            events.append(message(from: customer, at: at))
            if customer % 3 == 0 { events.append(message(from: customer, at: at.addingTimeInterval(120))) }
        }
        return events
    }

    /// One live message: from a customer the store knows seven times in ten, else from a new one.
    mutating func next(at now: Date) -> InboundEvent {
        let customer: Int
        if known == 0 || random.next(below: 10) >= 7 {
            customer = known
            known += 1
        } else {
            customer = Int(random.next(below: UInt64(known)))
        }
        return message(from: customer, at: now)
    }

    private mutating func message(from customer: Int, at: Date) -> InboundEvent {
        made += 1
        let language = Self.languages[customer % Self.languages.count]
        let texts = Self.texts[language]!
        let text = texts[Int(random.next(below: UInt64(texts.count)))] + " (\(made))"
        let person = Self.person(customer, language)
        let providerID = "load-\(made)"
        // Each customer writes on one channel, as most do; which one follows from their number.
        switch (customer / Self.languages.count) % 3 {
        case 0:
            let session = sessions[customer] ?? made
            sessions[customer] = session
            let hints = CustomerHints(identities: [.external("visitor-\(customer)", system: "chat")!], name: person,
                                      language: language)
            return InboundEvent(channel: .chat, providerID: providerID, occurredAt: at, customer: hints, text: text,
                                thread: ThreadHints(chatSessionID: "load-chat-\(session)"))
        case 1:
            let hints = CustomerHints(identities: [.phone(Self.phone(customer, language))!], name: nil, language: language)
            return InboundEvent(channel: .sms, providerID: providerID, occurredAt: at, customer: hints, text: text)
        default:
            let domain = Self.domains[language]!
            let hints = CustomerHints(identities: [.email("customer\(customer)@\(domain)")!], name: person, language: language)
            let messageID = "\(providerID)@\(domain)"
            return InboundEvent(channel: .email, providerID: messageID, occurredAt: at, customer: hints,
                                subject: Self.subjects[language]! + " #\(customer)", text: text,
                                email: EmailHeaders(messageID: messageID))
        }
    }

    // MARK: - Words

    static let languages: [Language] = [.en, .ko, .zh, .ru, .fa]

    private static let texts: [Language: [String]] = [
        .en: ["Hi, my order has not arrived yet. Can you check where it is?",
              "I was charged twice this month, please refund one of the payments.",
              "Thanks for the quick help yesterday! One more question about my plan.",
              "The app keeps logging me out. This is the third time I write about it."],
        .ko: ["안녕하세요. 주문한 상품이 아직 도착하지 않았습니다.",
              "이번 달 요금이 두 번 청구되었어요. 확인 부탁드립니다.",
              "어제 도와주셔서 감사합니다. 요금제에 대해 하나 더 여쭤볼게요.",
              "앱에서 계속 로그아웃됩니다. 벌써 세 번째 문의입니다."],
        .zh: ["你好，我的订单还没有到，能帮我查一下吗？",
              "这个月被扣了两次款，请退还一笔。",
              "谢谢昨天的帮助！关于我的套餐还有一个问题。",
              "应用一直让我退出登录，这已经是第三次了。"],
        .ru: ["Здравствуйте, мой заказ до сих пор не пришёл. Где он?",
              "С меня дважды списали оплату в этом месяце, верните одну, пожалуйста.",
              "Спасибо за вчерашнюю помощь! Ещё вопрос по тарифу.",
              "Приложение постоянно выкидывает из аккаунта. Пишу уже третий раз."],
        .fa: ["سلام، سفارش من هنوز نرسیده است. لطفاً بررسی کنید.",
              "این ماه دو بار از حسابم پول کم شده است.",
              "از کمک دیروز ممنونم! یک سؤال دیگر دربارهٔ طرحم دارم.",
              "برنامه مدام مرا از حساب خارج می‌کند. این سومین بار است."],
    ]

    private static let subjects: [Language: String] = [
        .en: "Order question", .ko: "주문 문의", .zh: "订单咨询", .ru: "Вопрос по заказу", .fa: "سؤال دربارهٔ سفارش",
    ]

    private static let domains: [Language: String] = [
        .en: "example.com", .ko: "example.kr", .zh: "example.cn", .ru: "example.ru", .fa: "example.ir",
    ]

    private static func person(_ customer: Int, _ language: Language) -> PersonName {
        let names: [String] = switch language {
        case .en: ["Sarah Miller", "James Carter", "Emily Stone", "Daniel Brooks"]
        case .ko: ["김민지", "이서준", "박지우", "최하은"]
        case .zh: ["王小明", "李娜", "张伟", "刘洋"]
        case .ru: ["Анна Иванова", "Павел Орлов", "Мария Смирнова", "Игорь Волков"]
        case .fa: ["مریم احمدی", "علی رضایی", "زهرا کریمی", "رضا محمدی"]
        }
        return PersonName(displayName: names[(customer / languages.count) % names.count])
    }

    /// A mobile number in the customer's country, unique per customer.
    private static func phone(_ customer: Int, _ language: Language) -> String {
        let digits = String(format: "%07d", customer)
        return switch language {
        case .en: "+1 212 \(digits)"
        case .ko: "+82 10-\(digits)0"
        case .zh: "+86 138 \(digits)1"
        case .ru: "+7 916 \(digits)"
        case .fa: "+98 912 \(digits)"
        }
    }
}

/// A small, fast, seedable random number generator (SplitMix64), so inputs are reproducible.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: UInt64) -> UInt64 { next() % max(1, bound) }
}
