import ConversationEngine

/// A demo agent with what the writer needs beyond the public profile: the grammatical gender
/// of their own sentences (Russian verbs) and how they sign for customers in another language.
struct DemoStaff: Sendable {
    let profile: DemoAgentProfile
    let gender: Gender
    /// The name in Latin letters, for customers who do not read the agent's script.
    let latinName: String
    /// The short form used in chat ("I'm Olga"), in the agent's own script.
    let shortName: String
    /// How the agent's name is written for customers of another language, where it is not
    /// simply the Latin spelling (林娜 is 임나 to Korean customers): (full, short).
    let localNames: [Language: (full: String, short: String)]

    /// How the agent presents themself to a customer writing `language`.
    func signature(for language: Language) -> String {
        if language == profile.languages.first { return profile.name }
        return localNames[language]?.full ?? latinName
    }

    /// How the agent introduces themself in a chat or a message to a customer writing `language`.
    func shortSignature(for language: Language) -> String {
        if language == profile.languages.first { return shortName }
        return localNames[language]?.short ?? latinName.split(separator: " ").first.map(String.init) ?? latinName
    }

    private init(_ login: String, _ name: String, _ languages: [Language], _ role: Agent.Role, _ team: String,
                 _ gender: Gender, latin: String, short: String, local: [Language: (full: String, short: String)] = [:]) {
        self.profile = DemoAgentProfile(login: login, name: name, languages: languages, role: role, team: team)
        self.gender = gender
        self.latinName = latin
        self.shortName = short
        self.localNames = local
    }

    /// Ten people, names from all five languages: mostly agents, two supervisors and one admin,
    /// across the support, billing, social and vip teams. Every language has at least two speakers.
    static let roster: [DemoStaff] = [
        DemoStaff("sarah", "Sarah Mitchell", [.en], .agent, "support", .female,
                  latin: "Sarah Mitchell", short: "Sarah"),
        DemoStaff("tom", "Tom Becker", [.en, .ru], .agent, "billing", .male,
                  latin: "Tom Becker", short: "Tom", local: [.ru: ("Том Беккер", "Том")]),
        DemoStaff("jiwoo", "박지우", [.ko, .en], .agent, "support", .female,
                  latin: "Jiwoo Park", short: "박지우"),
        DemoStaff("hyunwoo", "이현우", [.ko, .en, .zh], .supervisor, "vip", .male,
                  latin: "Hyunwoo Lee", short: "이현우", local: [.zh: ("李贤宇", "李贤宇")]),
        DemoStaff("chenwei", "陈伟", [.zh, .en], .agent, "billing", .male,
                  latin: "Wei Chen", short: "陈伟"),
        DemoStaff("linna", "林娜", [.zh, .en, .ko], .agent, "social", .female,
                  latin: "Na Lin", short: "林娜", local: [.ko: ("임나", "임나")]),
        DemoStaff("olga", "Ольга Смирнова", [.ru, .en], .supervisor, "support", .female,
                  latin: "Olga Smirnova", short: "Ольга"),
        DemoStaff("dmitry", "Дмитрий Орлов", [.ru, .en], .agent, "billing", .male,
                  latin: "Dmitry Orlov", short: "Дмитрий"),
        DemoStaff("neda", "ندا رحیمی", [.fa, .en], .agent, "social", .female,
                  latin: "Neda Rahimi", short: "ندا"),
        DemoStaff("reza", "رضا کاظمی", [.fa, .en, .ru], .admin, "vip", .male,
                  latin: "Reza Kazemi", short: "رضا", local: [.ru: ("Реза Каземи", "Реза")]),
    ]

    /// For each language and team, the roster indices that can take the work, best first:
    /// native speakers of the team, then other speakers of the team, then anyone who speaks it
    /// (front-line agents before supervisors and the admin).
    static func candidates(language: Language, team: String) -> [Int] {
        let teamIndex = teams.firstIndex(of: team) ?? 0
        return candidateTable[DemoProduct.index(of: language) * teams.count + teamIndex]
    }

    static let teams = ["support", "billing", "social", "vip"]

    /// `rankedCandidates` for every language and team, computed once.
    private static let candidateTable: [[Int]] = Language.allCases.sorted { DemoProduct.index(of: $0) < DemoProduct.index(of: $1) }
        .flatMap { language in teams.map { rankedCandidates(language: language, team: $0) } }

    private static func rankedCandidates(language: Language, team: String) -> [Int] {
        func rank(_ staff: DemoStaff) -> Int {
            var score = 0
            if staff.profile.team != team { score += 4 }
            if staff.profile.languages.first != language { score += 2 }
            if staff.profile.role != .agent { score += 1 }
            return score
        }
        let speakers = roster.indices.filter { roster[$0].profile.languages.contains(language) }
        let best = speakers.map { rank(roster[$0]) }.min() ?? 0
        return speakers.filter { rank(roster[$0]) == best }
    }
}
