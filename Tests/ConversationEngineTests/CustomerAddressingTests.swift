import Testing
@testable import ConversationEngine

@Suite("Addressing customers by name")
struct CustomerAddressingTests {
    @Test func koreanUsesFullNameAndNim() {
        let name = PersonName(displayName: "김민지", givenName: "민지", familyName: "김")
        #expect(CustomerAddressing.address(name, in: .ko) == "김민지 님")
        let compound = PersonNameParser.parse("남궁민수")
        #expect(compound.familyName == "남궁")
        #expect(CustomerAddressing.address(compound, in: .ko) == "남궁민수 님")
        // A Korean customer who signs in Latin letters keeps the name they use.
        #expect(CustomerAddressing.address(PersonName(displayName: "Minji Kim", givenName: "Minji", familyName: "Kim"), in: .ko)
                == "Minji Kim 님")
    }

    @Test func chineseUsesFamilyNameWithHonorificOrTheFullName() {
        #expect(CustomerAddressing.address(PersonName(displayName: "王小明", givenName: "小明", familyName: "王", gender: .male), in: .zh) == "王先生")
        #expect(CustomerAddressing.address(PersonName(displayName: "李静", givenName: "静", familyName: "李", gender: .female), in: .zh) == "李女士")
        #expect(CustomerAddressing.address(PersonName(displayName: "欧阳娜娜", givenName: "娜娜", familyName: "欧阳"), in: .zh) == "欧阳娜娜")
        #expect(PersonNameParser.parse("欧阳娜娜").familyName == "欧阳")
    }

    @Test func russianUsesFirstNameAndPatronymicWhenKnown() {
        let official = PersonNameParser.parse("Иванова Анна Сергеевна")
        #expect(official.givenName == "Анна")
        #expect(official.patronymic == "Сергеевна")
        #expect(official.familyName == "Иванова")
        #expect(official.gender == .female)
        #expect(CustomerAddressing.address(official, in: .ru) == "Анна Сергеевна")
        let natural = PersonNameParser.parse("Дмитрий Олегович Петров")
        #expect(CustomerAddressing.address(natural, in: .ru) == "Дмитрий Олегович")
        #expect(natural.gender == .male)
        #expect(CustomerAddressing.address(PersonNameParser.parse("Ольга Смирнова"), in: .ru) == "Ольга")
    }

    @Test func persianUsesAghayOrKhanomWithTheFamilyName() {
        #expect(CustomerAddressing.address(PersonName(displayName: "علی رضایی", givenName: "علی", familyName: "رضایی", gender: .male), in: .fa)
                == "آقای رضایی")
        #expect(CustomerAddressing.address(PersonName(displayName: "مریم احمدی", givenName: "مریم", familyName: "احمدی", gender: .female), in: .fa)
                == "خانم احمدی")
        // Gender unknown: the full name, never a guessed honorific.
        let parsed = PersonNameParser.parse("سارا محمدی")
        #expect(parsed.familyName == "محمدی")
        #expect(CustomerAddressing.address(parsed, in: .fa) == "سارا محمدی")
    }

    @Test func englishUsesTheFirstName() {
        #expect(CustomerAddressing.address(PersonNameParser.parse("Sarah Miller"), in: .en) == "Sarah")
        #expect(CustomerAddressing.address(PersonNameParser.parse("Miller, Sarah"), in: .en) == "Sarah")
        #expect(CustomerAddressing.address(PersonName(displayName: "sarah@example.com"), in: .en) == "sarah@example.com")
    }
}
