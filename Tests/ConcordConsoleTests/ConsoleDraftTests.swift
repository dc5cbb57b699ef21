import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The suggestions pane and the reply draft: suggestions follow the selected conversation,
/// a number inserts a phrase or an answer, the inline editor types, and the draft is saved
/// (debounced by the clock, on leaving the editor, on quitting) and restored after a restart.
@Suite("Console suggestions and drafts")
struct ConsoleDraftTests {
    static func select(_ name: String, in app: ConsoleApplication) throws {
        let row = try #require(app.state.queue.rows.firstIndex { $0.customerName.displayName == name })
        app.dispatch(.command(.focusQueue))
        app.dispatch(.key(.char("g")))
        for _ in 0..<row { app.dispatch(.key(.char("j"))) }
        #expect(app.state.queue.selectedItem?.customerName.displayName == name)
    }

    static func focusSuggestions(_ app: ConsoleApplication) {
        while app.state.focus != .suggestions { app.dispatch(.key(.tab)) }
    }

    static func type(_ text: String, into app: ConsoleApplication) {
        for character in text { app.dispatch(.key(character == "\n" ? .enter : .char(character))) }
    }

    @Test func suggestionsFollowTheSelectedConversationInTheCustomersLanguage() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        for (name, language) in [("김민지", Language.ko), ("王小明", .zh), ("مریم احمدی", .fa), ("Иванова Анна Сергеевна", .ru)] {
            try Self.select(name, in: app)
            let suggestions = try #require(app.state.suggestions)
            #expect(app.state.suggestionsConversation == app.state.focusedConversation)
            #expect(suggestions.language == language)
            #expect(!suggestions.phrases.isEmpty, "\(name) gets phrases")
            #expect(suggestions.phrases.allSatisfy { $0.phrase.language == language })
        }
        try Self.select("김민지", in: app)
        let situations = try #require(app.state.suggestions?.situations.map(\.id))
        #expect(situations.contains(.repeatContact), "“벌써 세 번째 문의입니다”: \(situations)")
        let pane = SuggestionsDocument.lines(app.state, width: 40).map(\.plainText).joined(separator: "\n")
        #expect(pane.contains("김민지 님"))
        #expect(pane.contains("1 Empathy"))
        #expect(pane.contains("repeat contact"))
    }

    @Test func numberKeysInsertPhrasesAndAnswersIntoTheDraft() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        try Self.select("王小明", in: app)
        Self.focusSuggestions(app)
        let suggestions = try #require(app.state.suggestions)
        let phrases = suggestions.phrases
        try #require(phrases.count >= 2 && !suggestions.answers.isEmpty)

        app.dispatch(.key(.char("1")))
        #expect(app.state.draft?.draft.text == phrases[0].text)
        app.dispatch(.key(.char("2")))
        #expect(app.state.draft?.draft.text == phrases[0].text + phrases[1].text, "Chinese sentences join without a space")
        let answerKey = Character(String(phrases.count + 1))
        app.dispatch(.key(.char(answerKey)))
        let draft = try #require(app.state.draft?.draft)
        #expect(draft.text == phrases[0].text + phrases[1].text + "\n\n" + suggestions.answers[0].text)
        #expect(draft.phraseIDs == [phrases[0].phrase.id, phrases[1].phrase.id])
        #expect(draft.answerIDs == [suggestions.answers[0].answer.id])
        #expect(draft.language == .zh)
        #expect(app.state.draft?.isDirty == true)

        app.dispatch(.key(.char("9")))
        #expect(app.state.statusMessage?.text.contains("There is no suggestion 9") == true || suggestions.count == 9)
        #expect(try fixture.store.draft(for: draft.conversationID) == nil, "not saved on every key")
        app.dispatch(.tick(ConsoleFixture.now.addingTimeInterval(1)))
        #expect(try fixture.store.draft(for: draft.conversationID)?.text == draft.text, "saved on the next tick")
        #expect(app.state.draft?.isDirty == false)
    }

    @Test func theEditorTypesTextAndOnlyEscapeLeavesIt() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 80, height: 24))
        try Self.select("김민지", in: app)
        app.dispatch(.key(.char("r")))
        #expect(app.state.isEditingDraft)
        #expect(app.state.focus == .suggestions && app.state.layout.panes[.suggestions] != nil, "the draft's pane is shown")
        Self.type("q? j 환불\n둘째 줄x", into: app)
        app.dispatch(.key(.backspace))
        #expect(app.state.draft?.draft.text == "q? j 환불\n둘째 줄", "q, ? and j are text here, not commands")
        #expect(app.state.showsHelp == false)
        let screen = ConsoleFixture.screen(app)
        #expect(screen.contains("둘째 줄▏"), "the draft and its caret are in the pane:\n\(screen)")
        app.dispatch(.key(.escape))
        #expect(!app.state.isEditingDraft)
        let conversation = try #require(app.state.focusedConversation)
        #expect(try fixture.store.draft(for: conversation)?.text == "q? j 환불\n둘째 줄", "leaving the editor saves")
    }

    @Test func aDraftSurvivesQuittingAndIsRestoredForItsConversation() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        try Self.select("مریم احمدی", in: app)
        Self.focusSuggestions(app)
        app.dispatch(.key(.char("1")))
        let written = try #require(app.state.draft?.draft)
        try Self.select("Sarah Miller", in: app)
        #expect(app.state.draft == nil, "another conversation has its own draft")
        #expect(try fixture.store.draft(for: written.conversationID)?.text == written.text, "switching away saves")
        Self.focusSuggestions(app)
        app.dispatch(.key(.char("1")))
        let second = try #require(app.state.draft?.draft)
        #expect(app.dispatch(.key(.char("q"))), "q quits outside the editor")
        #expect(try fixture.store.draft(for: second.conversationID)?.text == second.text, "quitting saves")

        // A new console over the same store file, as after a restart.
        let reopened = try SQLiteStore(path: fixture.store.path)
        let again = try fixture.console(size: Size(width: 160, height: 45), store: reopened)
        try Self.select("مریم احمدی", in: again)
        #expect(again.state.draft?.draft.text == written.text)
        #expect(again.state.draft?.draft.phraseIDs == written.phraseIDs)
        let screen = ConsoleFixture.screen(again)
        #expect(screen.contains("Draft"))
        try Self.select("Sarah Miller", in: again)
        #expect(again.state.draft?.draft.text == second.text)
    }

    @Test func theDraftIsCheckedAgainstWhatTheCustomerWasToldAndTheHonestReplyTime() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        try Self.select("Sarah Miller", in: app)
        app.dispatch(.key(.char("r")))
        Self.type("Sarah, we'll get back to you within 5 minutes.", into: app)
        app.dispatch(.key(.escape))
        let warnings = try #require(app.state.draft?.warnings)
        let over = try #require(warnings.first { $0.kind == .overPromise }, "\(warnings)")
        #expect(over.draftWords.contains("5 minutes"))
        let pane = SuggestionsDocument.lines(app.state, width: 60).map(\.plainText).joined(separator: "\n")
        #expect(pane.contains("! This draft promises"), "\(pane)")

        // Emptying the draft removes it from the store.
        app.dispatch(.key(.char("r")))
        for _ in 0..<60 { app.dispatch(.key(.backspace)) }
        app.dispatch(.key(.escape))
        let conversation = try #require(app.state.focusedConversation)
        #expect(try fixture.store.draft(for: conversation) == nil)
    }

    @Test func reducerInsertsWithoutAStoreAndAsksToSave() throws {
        var state = ConsoleState(now: ConsoleFixture.now, size: Size(width: 80, height: 24), queueOrdering: .dueFirst,
                                 presentation: try ConsoleFixture.presentation())
        let conversation = ConversationID(7)
        state.focusedConversation = conversation
        state.focus = .suggestions
        let phrase = Phrase(id: "ko.long_wait.apology.1", situation: .longWait, kind: .apology, language: .ko, text: "늦어져 죄송합니다.")
        _ = ConsoleReducer.reduce(&state, .suggestionsLoaded(conversation, ReplySuggestions(
            language: .ko, address: "김민지 님", sentiment: -0.4, situations: [],
            phrases: [PhraseSuggestion(number: 1, phrase: phrase, text: "늦어져 죄송합니다.")], answers: [])))
        #expect(ConsoleReducer.reduce(&state, .key(.char("1"))).isEmpty, "inserting is pure: no effect yet")
        #expect(ConsoleReducer.reduce(&state, .key(.char("1"))).isEmpty)
        #expect(state.draft?.draft.text == "늦어져 죄송합니다. 늦어져 죄송합니다.")
        let effects = ConsoleReducer.reduce(&state, .tick(ConsoleFixture.now.addingTimeInterval(1)))
        guard case .saveDraft(let saved)? = effects.first else {
            Issue.record("the tick saves the dirty draft: \(effects)")
            return
        }
        #expect(saved.text == state.draft?.draft.text && saved.updatedAt == ConsoleFixture.now.addingTimeInterval(1))
        #expect(ConsoleReducer.reduce(&state, .tick(ConsoleFixture.now.addingTimeInterval(2))) == [.pollActivity(since: nil)],
                "nothing new to save; the tick only looks for new activity")
        #expect(ConsoleReducer.reduce(&state, .command(.quit)) == [.quit])
    }

    @Test func aReplyOpenedBeforeTheSavedDraftHasLoadedStaysOpen() throws {
        var state = ConsoleState(now: ConsoleFixture.now, size: Size(width: 160, height: 45), queueOrdering: .dueFirst,
                                 presentation: try ConsoleFixture.presentation())
        let conversation = ConversationID(7)
        state.focusedConversation = conversation
        _ = ConsoleReducer.reduce(&state, .command(.editDraft))
        #expect(state.isEditingDraft && state.draft?.draft.conversationID == conversation)
        _ = ConsoleReducer.reduce(&state, .draftLoaded(conversation, nil))
        #expect(state.draft?.draft.conversationID == conversation, "no saved draft must not close the one being written")

        let saved = Draft(conversationID: conversation, text: "Checking the courier now", updatedAt: ConsoleFixture.now)
        _ = ConsoleReducer.reduce(&state, .draftLoaded(conversation, saved))
        #expect(state.draft?.draft.text == "Checking the courier now", "a saved draft replaces the untouched empty one")
    }
}
