import ConversationEngine

/// Real-looking personal names per language, with Latin spellings for email addresses and
/// handles, and the parts `PersonName` needs (family/given, Russian patronymic, gender).
struct DemoNameBook: Sendable {
    struct Given: Sendable {
        let native: String
        let latin: String
        let gender: Gender
    }

    /// A family name; Russian ones have distinct feminine forms.
    struct Family: Sendable {
        let male: String
        let female: String
        let latinMale: String
        let latinFemale: String
        /// Relative frequency (Kim, Lee and Park are far more common than Namgung).
        let weight: Int

        init(_ native: String, _ latin: String, weight: Int = 1) {
            self.init(male: native, female: native, latinMale: latin, latinFemale: latin, weight: weight)
        }

        init(male: String, female: String, latinMale: String, latinFemale: String, weight: Int = 1) {
            self.male = male
            self.female = female
            self.latinMale = latinMale
            self.latinFemale = latinFemale
            self.weight = weight
        }
    }

    /// Russian patronymic forms derived from one father's name.
    struct Patronymic: Sendable {
        let male: String
        let female: String
    }

    let given: [Given]
    let family: [Family]
    let familyWeights: [Int]
    let patronymics: [Patronymic]

    init(given: [Given], family: [Family], patronymics: [Patronymic] = []) {
        self.given = given
        self.family = family
        self.familyWeights = family.map(\.weight)
        self.patronymics = patronymics
    }

    static func book(for language: Language) -> DemoNameBook {
        switch language {
        case .en: english
        case .ko: korean
        case .zh: chinese
        case .ru: russian
        case .fa: persian
        }
    }

    private static func people(_ gender: Gender, _ pairs: [(String, String)]) -> [Given] {
        pairs.map { Given(native: $0.0, latin: $0.1, gender: gender) }
    }

    static let english = DemoNameBook(
        given: people(.female, [("Sarah", "sarah"), ("Emily", "emily"), ("Jessica", "jessica"), ("Olivia", "olivia"),
                                ("Hannah", "hannah"), ("Rachel", "rachel"), ("Megan", "megan"), ("Laura", "laura"),
                                ("Chloe", "chloe"), ("Amy", "amy"), ("Grace", "grace"), ("Rebecca", "rebecca")])
            + people(.male, [("James", "james"), ("Michael", "michael"), ("David", "david"), ("Daniel", "daniel"),
                             ("Thomas", "thomas"), ("Matthew", "matthew"), ("Ryan", "ryan"), ("Andrew", "andrew"),
                             ("Christopher", "chris"), ("Benjamin", "ben"), ("Jack", "jack"), ("Nathan", "nathan")]),
        family: [Family("Smith", "smith", weight: 3), Family("Johnson", "johnson", weight: 2), Family("Brown", "brown", weight: 2),
                 Family("Taylor", "taylor", weight: 2), Family("Miller", "miller"), Family("Wilson", "wilson"),
                 Family("Davies", "davies"), Family("Evans", "evans"), Family("Thompson", "thompson"),
                 Family("Walker", "walker"), Family("Robinson", "robinson"), Family("Wright", "wright"),
                 Family("Clarke", "clarke"), Family("Hughes", "hughes"), Family("Patel", "patel"),
                 Family("Murphy", "murphy"), Family("Bennett", "bennett"), Family("Foster", "foster"),
                 Family("Hayes", "hayes"), Family("Collins", "collins")])

    static let korean = DemoNameBook(
        given: people(.female, [("민지", "minji"), ("서연", "seoyeon"), ("지은", "jieun"), ("수빈", "subin"),
                                ("하은", "haeun"), ("예린", "yerin"), ("유진", "yujin"), ("지현", "jihyun"),
                                ("은영", "eunyoung"), ("혜진", "hyejin"), ("소희", "sohee"), ("다은", "daeun")])
            + people(.male, [("민준", "minjun"), ("서준", "seojun"), ("도윤", "doyun"), ("지훈", "jihoon"),
                             ("현우", "hyunwoo"), ("성민", "sungmin"), ("준호", "junho"), ("태윤", "taeyoon"),
                             ("동현", "donghyun"), ("재원", "jaewon"), ("상훈", "sanghoon"), ("영수", "youngsoo")]),
        family: [Family("김", "kim", weight: 10), Family("이", "lee", weight: 8), Family("박", "park", weight: 5),
                 Family("최", "choi", weight: 3), Family("정", "jung", weight: 3), Family("강", "kang", weight: 2),
                 Family("조", "cho", weight: 2), Family("윤", "yoon", weight: 2), Family("장", "jang", weight: 2),
                 Family("임", "lim", weight: 2), Family("한", "han"), Family("오", "oh"), Family("서", "seo"),
                 Family("신", "shin"), Family("권", "kwon"), Family("황", "hwang"), Family("안", "ahn"),
                 Family("송", "song"), Family("류", "ryu"), Family("홍", "hong"), Family("남궁", "namgung")])

    static let chinese = DemoNameBook(
        given: people(.female, [("丽娜", "lina"), ("晓燕", "xiaoyan"), ("静", "jing"), ("敏", "min"),
                                ("婷婷", "tingting"), ("雪梅", "xuemei"), ("佳怡", "jiayi"), ("欣然", "xinran"),
                                ("秀英", "xiuying"), ("梦瑶", "mengyao"), ("雨桐", "yutong"), ("慧", "hui")])
            + people(.male, [("伟", "wei"), ("小明", "xiaoming"), ("强", "qiang"), ("磊", "lei"),
                             ("建国", "jianguo"), ("浩然", "haoran"), ("子轩", "zixuan"), ("志强", "zhiqiang"),
                             ("俊杰", "junjie"), ("宇航", "yuhang"), ("明辉", "minghui"), ("涛", "tao")]),
        family: [Family("王", "wang", weight: 7), Family("李", "li", weight: 7), Family("张", "zhang", weight: 6),
                 Family("刘", "liu", weight: 5), Family("陈", "chen", weight: 4), Family("杨", "yang", weight: 3),
                 Family("黄", "huang", weight: 2), Family("赵", "zhao", weight: 2), Family("吴", "wu", weight: 2),
                 Family("周", "zhou", weight: 2), Family("徐", "xu"), Family("孙", "sun"), Family("马", "ma"),
                 Family("朱", "zhu"), Family("胡", "hu"), Family("郭", "guo"), Family("何", "he"),
                 Family("林", "lin"), Family("罗", "luo"), Family("欧阳", "ouyang")])

    static let russian = DemoNameBook(
        given: people(.female, [("Анна", "anna"), ("Елена", "elena"), ("Ольга", "olga"), ("Наталья", "natalya"),
                                ("Екатерина", "ekaterina"), ("Мария", "maria"), ("Татьяна", "tatiana"), ("Ирина", "irina"),
                                ("Светлана", "svetlana"), ("Юлия", "yulia"), ("Дарья", "darya"), ("Ксения", "ksenia")])
            + people(.male, [("Алексей", "alexey"), ("Дмитрий", "dmitry"), ("Сергей", "sergey"), ("Андрей", "andrey"),
                             ("Иван", "ivan"), ("Михаил", "mikhail"), ("Николай", "nikolay"), ("Павел", "pavel"),
                             ("Артём", "artem"), ("Владимир", "vladimir"), ("Игорь", "igor"), ("Максим", "maxim")]),
        family: [
            Family(male: "Иванов", female: "Иванова", latinMale: "ivanov", latinFemale: "ivanova", weight: 2),
            Family(male: "Смирнов", female: "Смирнова", latinMale: "smirnov", latinFemale: "smirnova", weight: 2),
            Family(male: "Кузнецов", female: "Кузнецова", latinMale: "kuznetsov", latinFemale: "kuznetsova"),
            Family(male: "Попов", female: "Попова", latinMale: "popov", latinFemale: "popova"),
            Family(male: "Соколов", female: "Соколова", latinMale: "sokolov", latinFemale: "sokolova"),
            Family(male: "Лебедев", female: "Лебедева", latinMale: "lebedev", latinFemale: "lebedeva"),
            Family(male: "Козлов", female: "Козлова", latinMale: "kozlov", latinFemale: "kozlova"),
            Family(male: "Новиков", female: "Новикова", latinMale: "novikov", latinFemale: "novikova"),
            Family(male: "Морозов", female: "Морозова", latinMale: "morozov", latinFemale: "morozova"),
            Family(male: "Волков", female: "Волкова", latinMale: "volkov", latinFemale: "volkova"),
            Family(male: "Зайцев", female: "Зайцева", latinMale: "zaitsev", latinFemale: "zaitseva"),
            Family(male: "Павлов", female: "Павлова", latinMale: "pavlov", latinFemale: "pavlova"),
            Family(male: "Белов", female: "Белова", latinMale: "belov", latinFemale: "belova"),
            Family(male: "Ковалёв", female: "Ковалёва", latinMale: "kovalev", latinFemale: "kovaleva"),
            Family(male: "Григорьев", female: "Григорьева", latinMale: "grigoriev", latinFemale: "grigorieva"),
            Family(male: "Никитин", female: "Никитина", latinMale: "nikitin", latinFemale: "nikitina"),
            Family(male: "Покровский", female: "Покровская", latinMale: "pokrovsky", latinFemale: "pokrovskaya"),
        ],
        patronymics: [
            Patronymic(male: "Сергеевич", female: "Сергеевна"), Patronymic(male: "Александрович", female: "Александровна"),
            Patronymic(male: "Владимирович", female: "Владимировна"), Patronymic(male: "Николаевич", female: "Николаевна"),
            Patronymic(male: "Андреевич", female: "Андреевна"), Patronymic(male: "Игоревич", female: "Игоревна"),
            Patronymic(male: "Викторович", female: "Викторовна"), Patronymic(male: "Петрович", female: "Петровна"),
            Patronymic(male: "Олегович", female: "Олеговна"), Patronymic(male: "Юрьевич", female: "Юрьевна"),
        ])

    static let persian = DemoNameBook(
        given: people(.female, [("مریم", "maryam"), ("زهرا", "zahra"), ("فاطمه", "fatemeh"), ("سارا", "sara"),
                                ("نگار", "negar"), ("الهام", "elham"), ("شیرین", "shirin"), ("لیلا", "leila"),
                                ("پریسا", "parisa"), ("مهسا", "mahsa"), ("نازنین", "nazanin"), ("سمیرا", "samira")])
            + people(.male, [("علی", "ali"), ("محمد", "mohammad"), ("رضا", "reza"), ("حسین", "hossein"),
                             ("امیر", "amir"), ("مهدی", "mehdi"), ("سعید", "saeed"), ("بهروز", "behrouz"),
                             ("کاوه", "kaveh"), ("آرش", "arash"), ("حمید", "hamid"), ("پویا", "pouya")]),
        family: [Family("احمدی", "ahmadi", weight: 2), Family("محمدی", "mohammadi", weight: 2), Family("حسینی", "hosseini", weight: 2),
                 Family("رضایی", "rezaei"), Family("کریمی", "karimi"), Family("موسوی", "mousavi"), Family("جعفری", "jafari"),
                 Family("صادقی", "sadeghi"), Family("رحیمی", "rahimi"), Family("قاسمی", "ghasemi"), Family("نوری", "nouri"),
                 Family("طاهری", "taheri"), Family("اکبری", "akbari"), Family("شریفی", "sharifi"), Family("کاظمی", "kazemi"),
                 Family("تهرانی", "tehrani"), Family("مرادی", "moradi"), Family("یزدانی", "yazdani")])
}
