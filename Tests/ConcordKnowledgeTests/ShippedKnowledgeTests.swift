import Foundation
import Testing
@testable import ConcordKnowledge
import ConversationEngine

@Suite("Shipped phrasebooks and answers")
struct ShippedKnowledgeTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Loaded once for the whole suite.
    static let loaded = Result<Knowledge, KnowledgeLoadError> { () throws(KnowledgeLoadError) in try KnowledgeLoader.shipped() }

    static func shipped() throws -> Knowledge { try loaded.get() }

    @Test func everyShippedFileLoads() throws {
        let knowledge = try Self.shipped()
        #expect(ShippedKnowledge.phrasebooks.map(\.name) == Language.allCases.map { "phrasebooks/\($0.rawValue).toml" }.sorted())
        #expect(ShippedKnowledge.answers.count >= 2)
        #expect(knowledge.notices.isEmpty)
        for file in ShippedKnowledge.phrasebooks { #expect(PhrasebookFileReader.read(file).errors.isEmpty, "\(file.name)") }
        for file in ShippedKnowledge.answers { #expect(AnswerFileReader.read(file).errors.isEmpty, "\(file.name)") }
    }

    /// The plugin embeds the files themselves: what the binary has is what the repository has.
    @Test func theEmbeddedTextIsTheFileOnDisk() throws {
        let shipped = ShippedKnowledge.phrasebooks + ShippedKnowledge.answers
        var onDisk: [String] = []
        for folder in ["phrasebooks", "answers"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.repositoryRoot.appendingPathComponent(folder).path)
            onDisk += names.filter { $0.hasSuffix(".toml") }.map { "\(folder)/\($0)" }
        }
        #expect(shipped.map(\.name).sorted() == onDisk.sorted())
        for file in shipped {
            let text = try String(contentsOf: Self.repositoryRoot.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.text == text, "\(file.name) differs from its embedded copy")
        }
    }

    @Test(arguments: Language.allCases)
    func everyLanguageCoversEverySituation(language: Language) throws {
        let book = try Self.shipped().phrasebook
        for situation in SituationID.allCases {
            let required: [PhraseKind]
            switch situation {
            case .gratitude: required = [.empathy, .followUp]
            case .loyalCustomer: required = [.loyalty]
            default: required = [.empathy, .apology, .expectation, .followUp]
            }
            for kind in required {
                let count = book.phrases(for: situation, kind: kind, language: language).count
                #expect(count >= 4, "\(language.rawValue).\(situation.rawValue).\(kind.rawValue) has \(count)")
            }
        }
    }

    @Test func phraseIDsAreUniqueConventionalAndPlaceholdersKnown() throws {
        var seen = Set<String>()
        for file in ShippedKnowledge.phrasebooks {
            let phrases = PhrasebookFileReader.read(file).phrases
            for phrase in phrases {
                #expect(seen.insert(phrase.id).inserted, "duplicate id \(phrase.id)")
                #expect(phrase.id.hasPrefix("\(phrase.language.rawValue).\(phrase.situation.rawValue).\(phrase.kind.rawValue)."))
                #expect(file.name == "phrasebooks/\(phrase.language.rawValue).toml")
                for placeholder in phrase.placeholders {
                    guard case .fragment = placeholder else { continue }
                    Issue.record("\(phrase.id) uses a fragment")
                }
                let names = Placeholder.occurrences(in: phrase.text).map(\.name)
                #expect(names.allSatisfy { Placeholder.fixedNames.contains($0) }, "\(phrase.id): \(names)")
            }
        }
        #expect(seen.count == (try Self.shipped()).phrasebook.phrases.count)
    }

    @Test(arguments: Language.allCases)
    func everyPhraseFillsCompletelyForARealCustomer(language: Language) throws {
        let values = KnowledgeFixtures.values(for: language)
        for phrase in try Self.shipped().phrasebook.phrases(in: language) {
            let filled = PlaceholderFiller.fill(phrase.text, in: language, with: values)
            #expect(filled.isComplete, "\(phrase.id)")
            #expect(!filled.text.contains("{") && !filled.text.contains("}"), "\(phrase.id)")
        }
    }

    @Test func scriptAndRegisterFitTheLanguage() throws {
        let book = try Self.shipped().phrasebook
        for phrase in book.phrases(in: .fa) {
            // Persian text uses Persian digits and the Persian comma.
            #expect(!phrase.text.unicodeScalars.contains { $0.properties.numericType != nil && $0.isASCII }, "\(phrase.id)")
            #expect(!phrase.text.contains("{customer.address},"), "\(phrase.id)")
        }
        for phrase in book.phrases(in: .zh) {
            #expect(!phrase.text.contains("你"), "\(phrase.id) should say 您")
            #expect(!phrase.text.contains(","), "\(phrase.id) should use full-width punctuation")
        }
        for phrase in book.phrases(in: .ru) {
            // Polite Вы is capitalised in a letter to one person.
            let words = phrase.text.split { !$0.isLetter }
            #expect(!words.contains { ["вы", "вас", "вам", "ваш", "ваше", "ваша", "ваши"].contains($0) }, "\(phrase.id)")
        }
        for phrase in book.phrases(in: .ko) {
            // 합니다체 or 해요체 to the end: a plain 다 or 반말 ending would be rude to a customer.
            #expect(["니다.", "요.", "요?", "니까?"].contains { phrase.text.hasSuffix($0) }, "\(phrase.id)")
        }
    }

    @Test func noPhraseIsRepeatedToTheSameCustomer() throws {
        let book = try Self.shipped().phrasebook
        let selector = PhraseSelector(phrasebook: book)
        let situations = [DetectedSituation(id: .refundWait, confidence: 0.9, evidence: []),
                          DetectedSituation(id: .angry, confidence: 0.6, evidence: [])]
        for language in Language.allCases {
            var history = PhraseHistory()
            var said: [String] = []
            var now = KnowledgeFixtures.now
            // Eight replies over eight days; the agent sends every suggestion, editing none.
            for reply in 0..<8 {
                let suggestions = selector.suggestions(for: situations, language: language, values: KnowledgeFixtures.values(for: language),
                                                       history: history, now: now, seed: UInt64(reply))
                if reply < 4 {
                    #expect(Set(suggestions.map(\.kind)) == [.empathy, .apology, .expectation, .followUp], "\(language) reply \(reply)")
                }
                for suggestion in suggestions {
                    #expect(!said.contains(suggestion.phrase.id), "\(suggestion.phrase.id) said twice")
                    said.append(suggestion.phrase.id)
                }
                // Only the text is remembered, as when an agent types or edits the phrase.
                history.sentTexts.append(.init(sentAt: now, text: suggestions.map(\.text).joined(separator: " ")))
                now = now.addingTimeInterval(86_400)
            }
            // 2 situations x 4 kinds x 4 phrases: nearly all are offered once before the list runs dry.
            #expect(said.count >= 28, "\(language) offered only \(said.count) distinct phrases")
        }
    }

    @Test func answersAreApprovedInEveryLanguageWithSharedFragments() throws {
        let book = try Self.shipped().answerBook
        let required = ["refund_timeline", "delivery_delay_tracking", "defect_replacement", "double_charge", "cancellation",
                        "account_access", "address_change", "invoice_correction", "warranty_claim", "return_label",
                        "payment_failed", "specialist_escalation"]
        #expect(book.answers.count >= 12)
        for id in required { #expect(book.answer(id: id) != nil, "missing answer \(id)") }
        for answer in book.answers {
            #expect(answer.languages == Language.allCases, "\(answer.id)")
            #expect(!answer.tags.isEmpty && answer.version >= 1, "\(answer.id)")
            for language in Language.allCases {
                let expanded = try #require(try book.expandedText(of: answer, in: language))
                let filled = PlaceholderFiller.fill(expanded, in: language, with: KnowledgeFixtures.values(for: language))
                #expect(filled.isComplete, "\(answer.id).\(language.rawValue): \(filled.unfilled)")
                #expect(answer.variant(in: language)?.title != nil, "\(answer.id).\(language.rawValue) has no title")
            }
        }
        let uses = Dictionary(grouping: book.answers.flatMap { answer in
            Set(Placeholder.occurrences(in: answer.variant(in: .en)?.text ?? "").compactMap { occurrence -> String? in
                guard case .fragment(let name)? = Placeholder(name: occurrence.name) else { return nil }
                return name
            })
        }, by: { $0 }).mapValues(\.count)
        #expect(uses.filter { $0.value >= 2 }.count >= 3, "shared fragments: \(uses)")
        #expect(book.problems().isEmpty)
    }
}
