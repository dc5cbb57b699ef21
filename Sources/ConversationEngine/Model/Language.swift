/// The languages Concord speaks everywhere: display, search, suggestions and names.
///
/// Anything else a customer prefers is treated as English for addressing and suggestions,
/// which is the safest default for a support team that answers in English.
public enum Language: String, Codable, Sendable, CaseIterable, Hashable {
    case en, ko, zh, ru, fa

    /// Maps a BCP 47 tag ("ko-KR", "zh_Hans", "fa-IR", "ru") onto a supported language.
    public init(bcp47 tag: String) {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "ko", "kor": self = .ko
        case "zh", "zho", "chi", "cmn", "yue": self = .zh
        case "ru", "rus": self = .ru
        case "fa", "fas", "per", "prs": self = .fa
        default: self = .en
        }
    }

    /// Persian is written right to left; the terminal layer reorders it for display.
    public var isRightToLeft: Bool { self == .fa }

    /// The language's own name, for the customer card.
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .ko: "한국어"
        case .zh: "中文"
        case .ru: "Русский"
        case .fa: "فارسی"
        }
    }

    /// The language's name in English, for messages to agents and supervisors ("nobody reads Persian").
    public var englishName: String {
        switch self {
        case .en: "English"
        case .ko: "Korean"
        case .zh: "Chinese"
        case .ru: "Russian"
        case .fa: "Persian"
        }
    }
}
