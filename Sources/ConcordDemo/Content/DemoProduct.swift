import ConversationEngine

/// Something the demo shop sells, named in every language, with a price.
///
/// Korean names carry their particle forms and Russian names their accusative, precomputed
/// once, so sentences like "{product_obj} 반품했고" and "вернула {product_obj}" are correct.
struct DemoProduct: Sendable {
    /// Names indexed like `Language.allCases`: en, ko, zh, ru, fa.
    let names: [String]
    /// The Russian accusative, where it differs from the nominative.
    let russianAccusative: String?
    /// Connects to an app (fits the setup-help topic).
    let isSmart: Bool
    /// Price in US cents; other currencies are derived with shop-style rounding.
    let usCents: Int

    func name(in language: Language) -> String { names[Self.index(of: language)] }

    /// `[product, object form, subject form, topic form]` for a language.
    func forms(in language: Language) -> [String] {
        let base = name(in: language)
        switch language {
        case .ko:
            return [base,
                    DemoFormat.particle(after: base, consonant: "을", vowel: "를"),
                    DemoFormat.particle(after: base, consonant: "이", vowel: "가"),
                    DemoFormat.particle(after: base, consonant: "은", vowel: "는")]
        case .ru:
            return [base, russianAccusative ?? base, base, base]
        default:
            return [base, base, base, base]
        }
    }

    static func index(of language: Language) -> Int {
        switch language {
        case .en: 0
        case .ko: 1
        case .zh: 2
        case .ru: 3
        case .fa: 4
        }
    }

    static let catalog: [DemoProduct] = [
        DemoProduct(names: ["wireless earbuds", "무선 이어폰", "无线耳机", "беспроводные наушники", "هدفون بی‌سیم"],
                    russianAccusative: nil, isSmart: true, usCents: 12_999),
        DemoProduct(names: ["air purifier", "공기청정기", "空气净化器", "очиститель воздуха", "دستگاه تصفیهٔ هوا"],
                    russianAccusative: nil, isSmart: true, usCents: 19_999),
        DemoProduct(names: ["robot vacuum", "로봇청소기", "扫地机器人", "робот-пылесос", "جاروبرقی رباتیک"],
                    russianAccusative: nil, isSmart: true, usCents: 34_999),
        DemoProduct(names: ["espresso machine", "커피머신", "咖啡机", "кофемашина", "دستگاه اسپرسوساز"],
                    russianAccusative: "кофемашину", isSmart: false, usCents: 44_999),
        DemoProduct(names: ["smartwatch", "스마트워치", "智能手表", "умные часы", "ساعت هوشمند"],
                    russianAccusative: nil, isSmart: true, usCents: 24_999),
        DemoProduct(names: ["smart thermostat", "스마트 온도조절기", "智能温控器", "умный термостат", "ترموستات هوشمند"],
                    russianAccusative: nil, isSmart: true, usCents: 12_999),
        DemoProduct(names: ["electric kettle", "전기포트", "电热水壶", "электрочайник", "کتری برقی"],
                    russianAccusative: nil, isSmart: false, usCents: 4_999),
        DemoProduct(names: ["noise-cancelling headphones", "노이즈 캔슬링 헤드폰", "降噪耳机", "наушники с шумоподавлением", "هدفون نویزکنسلینگ"],
                    russianAccusative: nil, isSmart: true, usCents: 29_999),
        DemoProduct(names: ["baby monitor", "베이비 모니터", "婴儿监视器", "видеоняня", "دوربین اتاق کودک"],
                    russianAccusative: "видеоняню", isSmart: true, usCents: 15_999),
        DemoProduct(names: ["4K monitor", "4K 모니터", "4K显示器", "монитор 4K", "مانیتور 4K"],
                    russianAccusative: nil, isSmart: false, usCents: 39_999),
        DemoProduct(names: ["smart speaker", "스마트 스피커", "智能音箱", "умная колонка", "اسپیکر هوشمند"],
                    russianAccusative: "умную колонку", isSmart: true, usCents: 9_999),
        DemoProduct(names: ["blender", "블렌더", "破壁机", "блендер", "مخلوط‌کن"],
                    russianAccusative: nil, isSmart: false, usCents: 8_999),
    ]

    static let smartIndices: [Int] = catalog.indices.filter { catalog[$0].isSmart }
}
