import Foundation
import Testing

/// `concord suggest` from the built binary: the JSON shape for a message and for a
/// conversation in the store, the readable form, the user's own phrasebook, and the errors.
@Suite("concord suggest")
struct SuggestCommandTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    /// The fields every suggestion has, with their types.
    private func checkShape(_ object: [String: Any], language: String) throws {
        #expect(object["language"] as? String == language)
        #expect(object.keys.contains("address"))
        let sentiment = try #require(object["sentiment"] as? Double)
        #expect((-1...1).contains(sentiment))
        let situations = try #require(object["situations"] as? [[String: Any]])
        #expect(!situations.isEmpty)
        for situation in situations {
            #expect(situation["id"] is String)
            #expect((situation["confidence"] as? Double).map { (0...1).contains($0) } == true)
            #expect(!((situation["evidence"] as? [String]) ?? []).isEmpty)
        }
        let phrases = try #require(object["phrases"] as? [[String: Any]])
        #expect(!phrases.isEmpty)
        for phrase in phrases {
            let text = try #require(phrase["text"] as? String)
            #expect(!text.contains("{"), "filled: \(text)")
            #expect(phrase["situation"] is String)
        }
        let answers = try #require(object["answers"] as? [[String: Any]])
        for answer in answers {
            #expect(answer["id"] is String && answer["title"] is String && answer["text"] is String)
        }
    }

    @Test func aKoreanMessageOnTheCommandLine() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let result = try binary.run(["suggest", "--text", "벌써 세 번째 문의입니다. 환불이 아직도 안 들어왔어요!", "--name", "김민지",
                                     "--agent", "Dana Lee", "--at", "2026-12-01T09:00:00Z", "--json"])
        #expect(result.status == 0, "\(result.err)")
        let object = try json(result.out)
        try checkShape(object, language: "ko")
        #expect(object["address"] as? String == "김민지 님")
        let situations = (object["situations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(situations.contains("refund_wait") && situations.contains("repeat_contact"), "\(situations)")
        let answers = (object["answers"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(answers.first == "refund_timeline", "\(answers)")
        let phrases = object["phrases"] as? [[String: Any]] ?? []
        #expect(phrases.allSatisfy { ($0["text"] as? String)?.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } == true },
                "every phrase is Korean")

        let again = try binary.run(["suggest", "--text", "벌써 세 번째 문의입니다. 환불이 아직도 안 들어왔어요!", "--name", "김민지",
                                    "--agent", "Dana Lee", "--at", "2026-12-01T09:00:00Z", "--json"])
        #expect(again.out == result.out, "the same message gives the same suggestions")

        let plain = try binary.run(["suggest", "--text", "Спасибо, всё работает!"])
        #expect(plain.status == 0)
        #expect(plain.out.hasPrefix("Language: ru (Русский)"), "\(plain.out)")
        #expect(plain.out.contains("gratitude"))
        #expect(plain.out.contains("\n1. ["), "numbered phrases: \(plain.out)")
        let noName = try json(try binary.run(["suggest", "--text", "Спасибо, всё работает!", "--json"]).out)
        #expect(noName["address"] is NSNull, "no name, no address")
    }

    @Test func aConversationInTheStoreWithItsContext() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("demo.sqlite")
        let generated = try binary.run(["demo", "--generate-only", "--db", db, "--customers", "30", "--seed", "5",
                                        "--now", "2026-11-23T09:00:00Z"])
        #expect(generated.status == 0, "\(generated.err)")
        let rows = try binary.run(["queue", "--db", db, "--limit", "40", "--json"]).out.split(separator: "\n").map { try json(String($0)) }
        let overdue = try #require(rows.first { ($0["waiting_seconds"] as? Int ?? 0) > 4 * 3600 }, "a long wait in the demo")
        let conversation = try #require(overdue["conversation"] as? Int)
        let result = try binary.run(["suggest", "--conversation", String(conversation), "--db", db, "--at", "2026-11-23T09:00:00Z", "--json"])
        #expect(result.status == 0, "\(result.err)")
        let object = try json(result.out)
        #expect(object["conversation"] as? Int == conversation)
        let language = try #require(object["language"] as? String)
        try checkShape(object, language: language)
        #expect(object["address"] is String, "a stored customer has a name")
        let ids = (object["situations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("long_wait"), "the wait against the SLA target comes from the store: \(ids)")

        let missing = try binary.run(["suggest", "--conversation", "99999", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.err.contains("There is no conversation 99999"))
    }

    @Test func theUsersOwnPhrasebookOverridesTheShippedOne() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let folder = binary.home.appendingPathComponent("config/concord/phrasebooks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Every shipped key of the slot replaced (and more added), all with the team's wording.
        let own = "language = \"en\"\n\n[gratitude.empathy]\n"
            + (1...12).map { "\($0) = \"Our team's own thanks, {customer.address}.\"\n" }.joined()
        try own.write(to: folder.appendingPathComponent("team.toml"), atomically: true, encoding: .utf8)
        let result = try binary.run(["suggest", "--text", "Thank you so much, that fixed it!", "--name", "Sarah Miller", "--json"])
        #expect(result.status == 0, "\(result.err)")
        let phrases = try json(result.out)["phrases"] as? [[String: Any]] ?? []
        #expect(phrases.contains { $0["text"] as? String == "Our team's own thanks, Sarah." }, "\(phrases)")
    }

    @Test func clearErrors() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let empty = try binary.run(["suggest", "--text", "  "])
        #expect(empty.status == 1 && empty.err.contains("The --text is empty"), "\(empty.err)")
        let language = try binary.run(["suggest", "--text", "hello", "--lang", "xx"])
        #expect(language.status == 1 && language.err.contains("Unknown language code 'xx'; use one of en, ko, zh, ru, fa."))
        let neither = try binary.run(["suggest"])
        #expect(neither.status == 1 && neither.err.contains("Give either --text"))
        let broken = binary.home.appendingPathComponent("config/concord/answers")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "[answer.x]\ntitle = 1\n".write(to: broken.appendingPathComponent("bad.toml"), atomically: true, encoding: .utf8)
        let bad = try binary.run(["suggest", "--text", "hello"])
        #expect(bad.status == 1 && bad.err.contains("bad.toml"), "\(bad.err)")
    }
}
