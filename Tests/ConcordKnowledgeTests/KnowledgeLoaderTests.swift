import Foundation
import Testing
@testable import ConcordKnowledge
import ConversationEngine

/// A `concord` configuration directory in a temporary folder, removed when the test ends.
final class UserKnowledgeDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("concord-knowledge-\(UUID().uuidString)")
            .appendingPathComponent("concord")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("phrasebooks"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("answers"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func load() throws(KnowledgeLoadError) -> Knowledge { try KnowledgeLoader(userDirectory: url).load() }

    /// The errors of a load that must fail.
    func errors() -> [KnowledgeError] {
        do {
            _ = try load()
            return []
        } catch {
            return error.errors
        }
    }
}

@Suite("Loading phrasebooks and answers from files")
struct KnowledgeLoaderTests {
    @Test func aUserPhraseReplacesTheShippedOneWithTheSameIDAndNewKeysAdd() throws {
        let directory = try UserKnowledgeDirectory()
        try directory.write("phrasebooks/team.toml", """
        language = "ko"

        [refund_wait.empathy]
        1 = "{customer.address}, 환불을 기다리게 해 드려 마음이 무겁습니다."
        team_1 = "{customer.address}, 저희 팀이 끝까지 챙기겠습니다."
        """)
        let shipped = try ShippedKnowledgeTests.shipped().phrasebook
        let knowledge = try directory.load()
        #expect(knowledge.phrasebook.phrase(id: "ko.refund_wait.empathy.1")?.text == "{customer.address}, 환불을 기다리게 해 드려 마음이 무겁습니다.")
        #expect(knowledge.phrasebook.phrase(id: "ko.refund_wait.empathy.team_1") != nil)
        #expect(knowledge.phrasebook.phrases.count == shipped.phrases.count + 1)
        #expect(knowledge.files.last == directory.url.appendingPathComponent("phrasebooks/team.toml").path)
    }

    @Test func aUserAnswerReplacesTheShippedOneOnlyWithAHigherVersion() throws {
        let directory = try UserKnowledgeDirectory()
        let path = try directory.write("answers/team.toml", """
        [answer.refund_timeline]
        title = "Refunds, our way"
        version = 99
        tags = ["refund_wait"]
        [answer.refund_timeline.en]
        text = "{customer.address}, our refunds take {fragment.refund_timeline}"

        [answer.double_charge]
        title = "Old local copy"
        version = 1
        [answer.double_charge.en]
        text = "Stale wording."

        [answer.gift_cards]
        title = "Gift cards"
        version = 1
        [answer.gift_cards.en]
        text = "Gift cards never expire."

        [fragment.refund_timeline]
        en = "three days."
        """)
        let knowledge = try directory.load()
        let book = knowledge.answerBook
        #expect(book.answer(id: "refund_timeline")?.title == "Refunds, our way")
        #expect(book.answer(id: "double_charge")?.title == "Double charge")
        #expect(book.answer(id: "gift_cards") != nil)
        #expect(knowledge.notices == [KnowledgeNotice(
            file: path, key: "answer.double_charge",
            message: "version 1 is not newer than the shipped version 2; the shipped answer is used")])
        // The fragment's English is the team's, its other languages stay shipped.
        let cancellation = try #require(book.answer(id: "cancellation"))
        #expect(try book.expandedText(of: cancellation, in: .en)?.contains("three days.") == true)
        #expect(try book.expandedText(of: cancellation, in: .ko)?.contains("영업일 기준 5~10일") == true)
    }

    @Test func anUnknownSituationNamesFileLineAndKey() throws {
        let directory = try UserKnowledgeDirectory()
        let path = try directory.write("phrasebooks/typo.toml", """
        # A typo in a situation.
        language = "en"

        [delivery_delya.empathy]
        1 = "So sorry."
        """)
        let errors = directory.errors()
        #expect(errors == [KnowledgeError(file: path, line: 4, key: "delivery_delya", reason: .unknownSituation("delivery_delya"))])
        #expect(errors.first?.description.hasPrefix("\(path):4: delivery_delya: unknown situation \"delivery_delya\" (known: delivery_delay,") == true)
    }

    @Test func anUnknownPlaceholderNamesTheKey() throws {
        let directory = try UserKnowledgeDirectory()
        let path = try directory.write("phrasebooks/typo.toml", """
        language = "en"
        [refund_wait.empathy]
        1 = "Fine."
        2 = "{customer.adress}, sorry."
        """)
        #expect(directory.errors() == [KnowledgeError(file: path, line: 4, key: "refund_wait.empathy.2",
                                                      reason: .unknownPlaceholder("{customer.adress}"))])
    }

    @Test func aPhraseOfOnlyWhiteSpaceInAnyScriptIsEmpty() throws {
        let directory = try UserKnowledgeDirectory()
        // Tab, newline, no-break space, ideographic space and a line separator: all white space;
        // a zero-width space is not, so that phrase is kept (as Foundation's trimming keeps it).
        let path = try directory.write("phrasebooks/blank.toml", """
        language = "en"
        [angry.apology]
        1 = "\\t\\n\\u00A0\\u3000\\u2028 "
        2 = "\\u200B"
        """)
        #expect(directory.errors() == [KnowledgeError(file: path, line: 3, key: "angry.apology.1", reason: .emptyText)])
    }

    @Test func phrasebookShapeMistakesAreEachReported() throws {
        let directory = try UserKnowledgeDirectory()
        let path = try directory.write("phrasebooks/shape.toml", """
        language = "en"
        [angry.empathetic]
        1 = "I hear you."
        [angry.apology]
        1 = 3
        2 = ""
        3 = "Sorry about {fragment.refund_timeline}."
        """)
        #expect(directory.errors() == [
            KnowledgeError(file: path, line: 5, key: "angry.apology.1", reason: .wrongType(expected: "a string")),
            KnowledgeError(file: path, line: 6, key: "angry.apology.2", reason: .emptyText),
            KnowledgeError(file: path, line: 7, key: "angry.apology.3", reason: .unknownPlaceholder("{fragment.refund_timeline}")),
            KnowledgeError(file: path, line: 2, key: "angry.empathetic", reason: .unknownKind("empathetic")),
        ])
        let missing = try UserKnowledgeDirectory()
        let other = try missing.write("phrasebooks/none.toml", "[angry.empathy]\n1 = \"Hi\"\n")
        #expect(missing.errors() == [KnowledgeError(file: other, key: "language", reason: .missingKey)])
    }

    @Test func aSyntaxErrorHasTOMLKitsLine() throws {
        let directory = try UserKnowledgeDirectory()
        let path = try directory.write("phrasebooks/broken.toml", "language = \"en\"\n\n[angry.empathy\n1 = \"x\"\n")
        let errors = directory.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.file == path)
        #expect(errors.first?.line == 3)
        guard case .syntax? = errors.first?.reason else {
            Issue.record("expected a syntax error, got \(errors)")
            return
        }
    }

    @Test func anAnswerWithoutALanguageVariantIsAnError() throws {
        let directory = try UserKnowledgeDirectory()
        let path = try directory.write("answers/empty.toml", """
        [answer.gift_cards]
        title = "Gift cards"
        version = 1
        tags = ["gift"]
        """)
        #expect(directory.errors() == [KnowledgeError(file: path, line: 1, key: "answer.gift_cards", reason: .answerWithoutLanguageVariant)])
    }

    @Test func answerShapeMistakesAreEachReported() throws {
        let directory = try UserKnowledgeDirectory()
        let path = try directory.write("answers/shape.toml", """
        [answer.gift_cards]
        titel = "Gift cards"
        version = 0
        [answer.gift_cards.kr]
        text = "상품권"
        [answer.gift_cards.en]
        text = "Hello {customer.adress}"
        """)
        #expect(directory.errors() == [
            KnowledgeError(file: path, line: 7, key: "answer.gift_cards.en.text", reason: .unknownPlaceholder("{customer.adress}")),
            KnowledgeError(file: path, line: 4, key: "answer.gift_cards.kr", reason: .unknownLanguage("kr")),
            KnowledgeError(file: path, line: 2, key: "answer.gift_cards.titel", reason: .unknownKey),
            KnowledgeError(file: path, line: 3, key: "answer.gift_cards.version", reason: .versionNotPositive(0)),
            KnowledgeError(file: path, line: 1, key: "answer.gift_cards.title", reason: .missingKey),
        ])
    }

    @Test func aMissingFragmentNamesTheAnswerThatUsesIt() throws {
        let directory = try UserKnowledgeDirectory()
        let path = try directory.write("answers/team.toml", """
        [answer.gift_cards]
        title = "Gift cards"
        version = 1

        [answer.gift_cards.en]
        text = "Gift cards never expire. {fragment.gift_card_terms}"

        [answer.gift_cards.ru]
        text = "{fragment.refund_timeline}"
        """)
        let errors = directory.errors()
        #expect(errors == [KnowledgeError(file: path, line: 6, key: "answer.gift_cards.en.text",
                                          reason: .missingFragment(name: "gift_card_terms", language: .en))])
        #expect(errors.first?.description == "\(path):6: answer.gift_cards.en.text: missing fragment \"gift_card_terms\" for en (define [fragment.gift_card_terms] with en = \"…\")")
    }

    @Test func aFragmentCycleIsAnError() throws {
        let directory = try UserKnowledgeDirectory()
        let path = try directory.write("answers/loop.toml", """
        [fragment.alpha]
        en = "A {fragment.beta}"

        [fragment.beta]
        en = "B {fragment.alpha}"
        """)
        #expect(directory.errors() == [KnowledgeError(file: path, line: 1, key: "fragment.alpha",
                                                      reason: .fragmentCycle(["alpha", "beta", "alpha"]))])
    }

    @Test func theSameIDTwiceAmongTheUsersFilesIsAnError() throws {
        let directory = try UserKnowledgeDirectory()
        let first = try directory.write("phrasebooks/a.toml", "language = \"en\"\n[angry.empathy]\nmine = \"One.\"\n")
        let second = try directory.write("phrasebooks/b.toml", "language = \"en\"\n[angry.empathy]\nmine = \"Two.\"\n")
        #expect(directory.errors() == [KnowledgeError(file: second, line: 3, key: "angry.empathy.mine",
                                                      reason: .duplicate(id: "en.angry.empathy.mine", firstFile: first))])
    }

    @Test func theUserDirectoryFollowsXDG() {
        #expect(KnowledgeLoader.defaultUserDirectory(environment: ["XDG_CONFIG_HOME": "/tmp/xdg", "HOME": "/home/a"])?.path == "/tmp/xdg/concord")
        #expect(KnowledgeLoader.defaultUserDirectory(environment: ["HOME": "/home/a"])?.path == "/home/a/.config/concord")
        #expect(KnowledgeLoader.defaultUserDirectory(environment: [:]) == nil)
        // A configuration directory without phrasebooks or answers is just the shipped data.
        let nowhere = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
        #expect((try? KnowledgeLoader(userDirectory: nowhere).load())?.phrasebook.phrases.isEmpty == false)
    }

    @Test func keyLinesSkipCommentsAndMultilineStrings() {
        let lines = TOMLKeyLines("""
        # [answer.fake]
        [answer.real]
        text = \"\"\"
        version = 3
        \"\"\"
        version = 2
        "quoted.key" = 1
        """)
        #expect(lines.line(of: "answer.real") == 2)
        #expect(lines.line(of: "answer.real.text") == 3)
        #expect(lines.line(of: "answer.real.version") == 6)
        #expect(lines.line(of: "answer.real.quoted.key") == 7)
        // Not the comment's line 1: the nearest written ancestor, [answer.real]'s "answer".
        #expect(lines.line(of: "answer.fake") == 2)
        #expect(TOMLKeyLines.keyPath("a.\"b.c\" . d") == ["a", "b.c", "d"])
    }
}
