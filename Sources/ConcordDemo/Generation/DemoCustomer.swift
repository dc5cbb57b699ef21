import ConversationEngine
import Foundation

/// One demo customer: who they are, how to reach them on each channel, and the hints every
/// event about them carries. Identities are built already normalised (and checked against
/// `IdentityNormalizer` in tests) because normalising a million events would dominate the run.
struct DemoCustomer: Sendable {
    let index: Int
    let locale: DemoLocale
    let language: Language
    let name: PersonName
    let gender: Gender
    /// How they sign messages.
    let signature: String
    /// How agents address them (CustomerAddressing).
    let address: String
    let zone: Int
    let clock: DemoClock
    let phoneDisplay: String
    let phone: Identity
    let email: Identity
    /// The domain their mail server puts in Message-IDs.
    let mailDomain: String
    /// Social platforms they use (x, facebook, instagram, telegram, whatsapp), with handles.
    let socials: [(channel: Channel, identity: Identity)]
    let customerSince: Int
    let tenureYears: Int
    let loyalty: LoyaltyTier
    let notes: String?
    /// Hints with a single identity, indexed like `Channel.allCases` (built once per customer).
    private let hintsByChannel: [CustomerHints]
    let allIdentities: [Identity]

    var timeZone: String { DemoWorld.zones[zone].identifier }
    /// Platinum, or gold for eight years and more: looked after by the VIP team.
    var isLoyal: Bool { loyalty == .platinum || (loyalty == .gold && tenureYears >= 8) }

    func hasSocial(_ channel: Channel) -> Bool { socials.contains { $0.channel == channel } }

    /// The identity a message on `channel` comes from (or goes to).
    func identity(for channel: Channel) -> Identity {
        switch channel {
        case .email, .chat, .note: return email
        case .phone, .sms, .whatsapp: return phone
        case .x, .facebook, .instagram, .telegram:
            return socials.first { $0.channel == channel }?.identity ?? email
        }
    }

    /// The customer's handle on a platform, for "@handle" in public replies.
    func handle(on channel: Channel) -> String { identity(for: channel).value }

    /// Event hints for `channel`; the very first event of a customer carries every identity,
    /// the way a logged-in web account links email, phone and social profiles.
    func hints(for channel: Channel, introducing: Bool) -> CustomerHints {
        var hints = hintsByChannel[Self.slot(of: channel)]
        if introducing {
            let primary = hints.identities[0]
            hints.identities = [primary] + allIdentities.filter { $0 != primary }
        }
        return hints
    }

    private static func slot(of channel: Channel) -> Int {
        switch channel {
        case .email: 0
        case .chat: 1
        case .phone: 2
        case .sms: 3
        case .x: 4
        case .facebook: 5
        case .instagram: 6
        case .whatsapp: 7
        case .telegram: 8
        case .note: 9
        }
    }

    // MARK: - Making customers

    // swiftlint:disable:next function_body_length
    init(index: Int, locale: DemoLocale, rng: inout DemoRandom, world: DemoWorld) {
        self.index = index
        self.locale = locale
        let language = locale.language
        self.language = language
        let book = DemoNameBook.book(for: language)
        let given = rng.pick(book.given)
        let family = book.family[rng.weighted(book.familyWeights)]
        let gender = given.gender
        self.gender = gender
        let familyName = gender == .female ? family.female : family.male
        let familyLatin = gender == .female ? family.latinFemale : family.latinMale
        var patronymic: String?
        let display: String
        switch language {
        case .ko, .zh:
            display = familyName + given.native
        case .ru:
            if !book.patronymics.isEmpty, rng.chance(0.7) {
                let p = rng.pick(book.patronymics)
                patronymic = gender == .female ? p.female : p.male
            }
            if let patronymic {
                display = rng.chance(0.5)
                    ? "\(familyName) \(given.native) \(patronymic)"
                    : "\(given.native) \(patronymic) \(familyName)"
            } else {
                display = "\(given.native) \(familyName)"
            }
        case .en, .fa:
            display = "\(given.native) \(familyName)"
        }
        let name = PersonName(displayName: display, givenName: given.native, familyName: familyName,
                              patronymic: patronymic, gender: gender)
        self.name = name
        self.address = CustomerAddressing.address(name, in: language)
        switch language {
        case .en: signature = given.native
        case .ko, .zh: signature = display
        case .ru, .fa: signature = "\(given.native) \(familyName)"
        }

        // A number unique to this customer, spread out so neighbours do not look sequential.
        let unique = index < 100_000 ? (index &* 7919 &+ 4099) % 100_000 : index
        let digits8 = (index &* 48_271 &+ 12_345_678) % 100_000_000
        let digits7 = (index &* 7919 &+ 1_234_567) % 10_000_000

        // Phone and time zone.
        var zone: Int
        let e164: String
        switch locale {
        case .us:
            let areas: [(code: String, zone: Int)] = [
                ("212", 0), ("646", 0), ("718", 0), ("617", 0), ("312", 1), ("773", 1),
                ("214", 1), ("303", 2), ("602", 3), ("213", 4), ("415", 4), ("206", 4),
            ]
            let slot = (index &* 7919 &+ 17) % (areas.count * 10_000)
            let area = areas[slot / 10_000]
            let line = DemoFormat.padded(slot % 10_000, width: 4)
            zone = area.zone
            phoneDisplay = "(\(area.code)) 555-\(line)"
            e164 = "+1\(area.code)555\(line)"
        case .gb:
            zone = DemoWorld.london
            let rest = DemoFormat.padded((index &* 7919 &+ 90_001) % 1_000_000, width: 6)
            phoneDisplay = "07700 \(rest)"
            e164 = "+447700\(rest)"
        case .kr:
            zone = DemoWorld.seoul
            let d = DemoFormat.padded(digits8, width: 8)
            phoneDisplay = "010-\(d.prefix(4))-\(d.suffix(4))"
            e164 = "+8210\(d)"
        case .cn:
            zone = DemoWorld.shanghai
            let prefix = rng.pick(["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152",
                                   "155", "158", "159", "177", "180", "185", "186", "187", "188", "189", "199"])
            let d = DemoFormat.padded(digits8, width: 8)
            phoneDisplay = rng.chance(0.6) ? "\(prefix) \(d.prefix(4)) \(d.suffix(4))" : "\(prefix)\(d)"
            e164 = "+86\(prefix)\(d)"
        case .ru:
            zone = DemoWorld.russianZones[rng.weighted(DemoWorld.russianZoneWeights)]
            let prefix = rng.pick(["903", "905", "909", "915", "916", "917", "919", "925", "926", "977", "985", "999"])
            let d = DemoFormat.padded(digits7, width: 7)
            let a = d.prefix(3), b = d.dropFirst(3).prefix(2), c = d.suffix(2)
            phoneDisplay = rng.chance(0.7) ? "+7 \(prefix) \(a)-\(b)-\(c)" : "8 (\(prefix)) \(a)-\(b)-\(c)"
            e164 = "+7\(prefix)\(d)"
        case .ir:
            zone = DemoWorld.tehran
            let prefix = rng.pick(["912", "935", "919", "901", "990", "921", "937", "938", "913", "917"])
            let d = DemoFormat.padded(digits7, width: 7)
            phoneDisplay = "0\(prefix) \(d.prefix(3)) \(d.suffix(4))"
            e164 = "+98\(prefix)\(d)"
        }
        self.zone = zone
        self.clock = DemoClock(offset: world.offsets[zone], weekend: locale == .ir ? [5] : [0, 6])
        self.phone = Identity(kind: .phone, value: e164)

        // Email.
        let first = given.latin
        let last = familyLatin
        let number = String(unique)
        let domains: [String]
        switch locale {
        case .us: domains = ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"]
        case .gb: domains = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"]
        case .kr: domains = ["naver.com", "naver.com", "gmail.com", "daum.net", "kakao.com"]
        case .cn: domains = ["qq.com", "qq.com", "163.com", "126.com", "gmail.com"]
        case .ru: domains = ["mail.ru", "yandex.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru"]
        case .ir: domains = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com"]
        }
        let domain = rng.pick(domains)
        let local: String
        if domain == "qq.com" {
            local = String(100_000_000 + (index &* 48_271 &+ 7_654_321) % 900_000_000)
        } else {
            switch rng.below(4) {
            case 0: local = "\(first).\(last)\(number)"
            case 1: local = "\(first)\(last)\(number)"
            case 2: local = "\(last).\(first)\(number)"
            default: local = "\(first)_\(last)\(number)"
            }
        }
        self.email = Identity(kind: .email, value: "\(local)@\(domain)")
        switch domain {
        case "gmail.com": mailDomain = "mail.gmail.com"
        case "outlook.com": mailDomain = "outlook.com"
        case "yahoo.com", "yahoo.co.uk": mailDomain = "mail.yahoo.com"
        default: mailDomain = domain
        }

        // Social platforms, by what is popular where the customer lives.
        let odds: [(Channel, Double)]
        switch locale {
        case .us: odds = [(.x, 0.55), (.facebook, 0.5), (.instagram, 0.5), (.whatsapp, 0.25)]
        case .gb: odds = [(.x, 0.45), (.facebook, 0.45), (.instagram, 0.5), (.whatsapp, 0.6)]
        case .kr: odds = [(.instagram, 0.65), (.x, 0.4), (.facebook, 0.2)]
        case .cn: odds = [(.instagram, 0.25), (.x, 0.2), (.whatsapp, 0.2), (.facebook, 0.15)]
        case .ru: odds = [(.telegram, 0.85), (.whatsapp, 0.55), (.instagram, 0.3), (.x, 0.1)]
        case .ir: odds = [(.telegram, 0.7), (.instagram, 0.7), (.whatsapp, 0.5), (.x, 0.3)]
        }
        var socials: [(channel: Channel, identity: Identity)] = []
        for (channel, odd) in odds where rng.chance(odd) {
            let handle: String
            switch channel {
            case .x: handle = rng.chance(0.5) ? "\(first)_\(last)\(number)" : "\(first)\(number)"
            case .instagram: handle = "\(first).\(last).\(number)"
            case .telegram: handle = "\(first)_\(number)"
            case .facebook: handle = "\(first).\(last).\(number)"
            default: handle = ""
            }
            if channel == .whatsapp {
                socials.append((channel, phone))
            } else {
                socials.append((channel, Identity(kind: .handle, platform: channel.rawValue, value: handle)))
            }
        }
        self.socials = socials

        // Tenure and loyalty: long-standing customers are mostly gold and platinum.
        let day = 86_400.0
        let tenureDays: Double
        switch rng.weighted([20, 38, 28, 14]) {
        case 0: tenureDays = rng.uniform(21, 120)
        case 1: tenureDays = rng.uniform(120, 3 * 365)
        case 2: tenureDays = rng.uniform(3 * 365, 7 * 365)
        default: tenureDays = rng.uniform(7 * 365, 12 * 365)
        }
        let startDay = (world.now - Int(tenureDays * day)) / 86_400
        self.customerSince = startDay * 86_400
        let years = Int(tenureDays / 365.25)
        self.tenureYears = years
        let loyalty: LoyaltyTier
        switch tenureDays / 365.25 {
        case ..<0.5: loyalty = rng.chance(0.3) ? .bronze : .none
        case ..<2: loyalty = [.none, .bronze, .bronze, .silver][rng.below(4)]
        case ..<5: loyalty = [.bronze, .silver, .silver, .gold][rng.below(4)]
        case ..<8: loyalty = [.silver, .silver, .gold, .gold, .platinum][rng.below(5)]
        default: loyalty = [.silver, .gold, .gold, .platinum, .platinum][rng.below(5)]
        }
        self.loyalty = loyalty
        let phrasebook = DemoPhrasebook.book(for: language)
        if rng.chance(0.3) {
            let pick = years >= 5 && rng.chance(0.5) ? 1 : rng.below(phrasebook.profileNotes.count)
            self.notes = phrasebook.profileNotes[pick].rendered(DemoSlotValues(), speaker: gender)
        } else {
            self.notes = nil
        }

        var identities = [email, phone]
        for social in socials where !identities.contains(social.identity) { identities.append(social.identity) }
        self.allIdentities = identities
        let since = Date(timeIntervalSince1970: TimeInterval(customerSince))
        let zoneName = DemoWorld.zones[zone].identifier
        let base = CustomerHints(identities: [], name: name, language: language, timeZone: zoneName,
                                 customerSince: since, loyalty: loyalty, notes: notes)
        var byChannel = [CustomerHints](repeating: base, count: Channel.allCases.count)
        for channel in Channel.allCases {
            let identity: Identity
            switch channel {
            case .email, .chat, .note: identity = email
            case .phone, .sms, .whatsapp: identity = phone
            case .x, .facebook, .instagram, .telegram:
                identity = socials.first { $0.channel == channel }?.identity ?? email
            }
            byChannel[Self.slot(of: channel)].identities = [identity]
        }
        self.hintsByChannel = byChannel
    }
}
