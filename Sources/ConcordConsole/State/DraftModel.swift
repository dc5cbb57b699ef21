import Foundation
import ConversationEngine

/// The console's copy of the focused conversation's draft: the text being written, whether it
/// has changed since it was last saved, and the consistency warnings for the text last checked.
///
/// Saving is debounced by the clock: an edit only marks the draft dirty, and the next tick (at
/// most a second later), leaving the editor, switching conversation or quitting saves it, so
/// typing does not write to the store on every key.
public struct DraftModel: Sendable, Hashable {
    public var draft: Draft
    /// Changed since it was last saved.
    public var isDirty: Bool
    /// The warnings for `checkedText`.
    public var warnings: [DraftWarning]
    /// The text the warnings are about; when it differs from the draft, they are being rechecked.
    public var checkedText: String?

    public init(draft: Draft, isDirty: Bool = false, warnings: [DraftWarning] = [], checkedText: String? = nil) {
        self.draft = draft
        self.isDirty = isDirty
        self.warnings = warnings
        self.checkedText = checkedText
    }

    /// An empty draft for a conversation.
    public static func empty(for conversation: ConversationID, author: String?, at now: Date) -> DraftModel {
        DraftModel(draft: Draft(conversationID: conversation, text: "", author: author, updatedAt: now))
    }

    /// Types one key's text at the end.
    public mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        draft.text += text
        isDirty = true
    }

    /// Deletes the last character (a whole grapheme cluster: 한, 👍🏽, a Persian letter with its marks).
    public mutating func deleteBackward() {
        guard !draft.text.isEmpty else { return }
        draft.text.removeLast()
        isDirty = true
    }

    /// Adds a suggestion after what is written: a phrase continues the paragraph (after a space,
    /// except in Chinese, which has none between sentences), an answer starts a new one.
    public mutating func insert(_ choice: ReplySuggestions.Choice, language: Language) {
        let text = choice.text
        var separator = ""
        if let last = draft.text.last, !last.isNewline {
            switch choice {
            case .phrase: separator = last.isWhitespace || language == .zh ? "" : " "
            case .answer: separator = "\n\n"
            }
        } else if !draft.text.isEmpty, case .answer = choice, !draft.text.hasSuffix("\n\n") {
            separator = "\n"
        }
        draft.text += separator + text
        switch choice {
        case .phrase(let phrase): draft.phraseIDs.append(phrase.phrase.id)
        case .answer(let answer): draft.answerIDs.append(answer.answer.id)
        }
        if draft.language == nil { draft.language = language }
        isDirty = true
    }
}
