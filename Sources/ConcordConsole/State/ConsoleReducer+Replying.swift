import ConcordStore
import ConcordTerminal
import ConversationEngine
import Foundation

/// Replying: on the conversation's channel or another of the customer's (`c` steps through
/// them), inline for chat, SMS and social with the channel's limit in view, in `$EDITOR` for
/// email; warnings are confirmed before sending; a sent reply goes to the outbox and shows as
/// pending. Also internal notes, priority and tags.
extension ConsoleReducer {
    static func performReplying(_ command: ConsoleCommand, on state: inout ConsoleState) -> [ConsoleEffect] {
        switch command {
        case .sendReply:
            return send(&state, confirmed: false)
        case .nextRoute:
            guard let conversation = state.focusedConversation else { return [] }
            guard state.replyRoutes.count > 1 else {
                state.statusMessage = StatusMessage(state.replyRoutes.isEmpty
                    ? "This customer has no channel to reply on." : "The customer can only be answered on \(state.replyRoutes[0].label).")
                return []
            }
            let current = state.replyRoute.flatMap { route in state.replyRoutes.firstIndex(of: route) } ?? 0
            let next = state.replyRoutes[(current + 1) % state.replyRoutes.count]
            var model = state.draft ?? state.newDraft(for: conversation)
            model.draft.channel = next.channel
            model.isDirty = true
            state.draft = model
            state.statusMessage = StatusMessage("Replying by \(next.label)")
            return []
        case .addNote:
            guard let conversation = state.focusedConversation else {
                state.statusMessage = StatusMessage("Select a conversation first: the note is kept with it.")
                return []
            }
            state.prompt = ConsolePrompt(.note(conversation))
            return []
        case .editInEditor:
            return openEditor(&state)
        default:
            return []
        }
    }

    static func invokeReplying(_ invocation: ConsoleInvocation, on state: inout ConsoleState) -> [ConsoleEffect] {
        switch invocation {
        case .priority(let priority):
            guard let targets = batchTargets(&state) else { return [] }
            return [.setPriority(targets, priority)]
        case .tag(let adding, let removing):
            guard let targets = batchTargets(&state) else { return [] }
            return [.tag(targets, adding: adding, removing: removing)]
        case .note(let text):
            guard let conversation = state.focusedConversation else {
                state.statusMessage = StatusMessage("Select a conversation first: the note is kept with it.")
                return []
            }
            return [.addNote(conversation, text: text)]
        case .reply(let channel):
            guard let conversation = state.focusedConversation else {
                state.statusMessage = StatusMessage("Select a conversation to reply to.")
                return []
            }
            if let channel {
                guard state.replyRoutes.contains(where: { $0.channel == channel }) else {
                    let offered = state.replyRoutes.map(\.label).joined(separator: ", ")
                    state.statusMessage = StatusMessage("The customer has no \(channel.label) to reply on"
                        + (offered.isEmpty ? "." : "; they can be answered by \(offered)."), kind: .error)
                    return []
                }
                var model = state.draft ?? state.newDraft(for: conversation)
                if model.draft.channel != channel {
                    model.draft.channel = channel
                    model.isDirty = true
                }
                state.draft = model
            }
            return startReply(&state)
        default:
            return []
        }
    }

    /// `r`: email goes to the agent's editor, every other channel to the inline editor.
    static func startReply(_ state: inout ConsoleState) -> [ConsoleEffect] {
        if state.replyRoute?.channel == .email { return openEditor(&state) }
        return perform(.editDraft, on: &state)
    }

    private static func openEditor(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let conversation = state.focusedConversation, let route = state.replyRoute else {
            state.statusMessage = StatusMessage(state.focusedConversation == nil
                ? "Select a conversation to reply to." : "This customer has no channel to reply on.")
            return []
        }
        state.isEditingDraft = false
        let model = state.draft ?? state.newDraft(for: conversation)
        return saveDraftIfDirty(&state) + [.editInEditor(model.draft, route: route)]
    }

    static func send(_ state: inout ConsoleState, confirmed: Bool) -> [ConsoleEffect] {
        guard let model = state.draft, model.draft.conversationID == state.focusedConversation else {
            state.statusMessage = StatusMessage("There is no draft to send; r writes one.")
            return []
        }
        guard !model.draft.isBlank else {
            state.statusMessage = StatusMessage("The draft is empty; write something before sending.", kind: .error)
            return []
        }
        guard let route = state.replyRoute else {
            state.statusMessage = StatusMessage("This customer has no channel to reply on.", kind: .error)
            return []
        }
        let usage = route.usage(of: model.draft.text)
        guard !usage.isOver else {
            state.statusMessage = StatusMessage("Too long for \(route.label) (\(usage.summary)); shorten it, or c to reply on another channel.",
                                                kind: .error)
            return []
        }
        state.isEditingDraft = false
        var draft = model.draft
        draft.channel = route.channel
        return [.sendReply(draft, route: route, confirmed: confirmed)]
    }

    static func reduceReplying(_ state: inout ConsoleState, _ action: ConsoleAction) -> [ConsoleEffect] {
        switch action {
        case .routesLoaded(let conversation, let routes):
            guard conversation == state.focusedConversation else { return [] }
            state.replyRoutes = routes
            return []
        case .sendNeedsConfirmation(let conversation, let warnings):
            guard conversation == state.focusedConversation, var model = state.draft else { return [] }
            model.warnings = warnings
            model.checkedText = model.draft.text
            state.draft = model
            showSuggestionsPane(&state)
            state.prompt = ConsolePrompt(.confirmSend(conversation, warnings: warnings.count))
            return []
        case .replyHeld(let conversation, let stale):
            guard conversation == state.focusedConversation, state.draft != nil else { return [] }
            state.prompt = ConsolePrompt(.confirmStale(conversation, latest: stale.latest, summary: stale.summary))
            // Show what came in, so the agent can read it before answering y.
            state.timelineTop = nil
            return state.detail.map { [.loadDetail($0.customer.id)] } ?? []
        case .replySent(let sent, let warnings):
            if state.draft?.draft.conversationID == sent.message.conversationID {
                state.draft = nil
                state.isEditingDraft = false
            }
            var said = "Sent by \(sent.outbox.channel.label) to \(sent.outbox.recipient.value): pending in the outbox"
            if !sent.promises.isEmpty { said += " · \(sent.promises.count) promise\(sent.promises.count == 1 ? "" : "s") in the ledger" }
            if warnings > 0 { said += " · sent despite \(warnings) warning\(warnings == 1 ? "" : "s") (recorded)" }
            state.statusMessage = StatusMessage(said)
            state.timelineTop = nil
            var effects = refreshQueue(&state) + [.loadDetail(sent.message.customerID), .loadSLA(sent.message.conversationID)]
            // Read again for the conversation as it now stands (at once if the pane is shown).
            state.suggestionsConversation = nil
            effects.append(.loadSuggestions(sent.message.conversationID))
            return effects
        case .draftEdited(let conversation, let text):
            guard conversation == state.focusedConversation else { return [] }
            showSuggestionsPane(&state)
            guard let text else {
                state.statusMessage = StatusMessage("Nothing changed in the editor; the draft is as it was.")
                return []
            }
            var model = state.draft ?? state.newDraft(for: conversation)
            model.draft.text = text
            if model.draft.channel == nil { model.draft.channel = state.replyRoute?.channel }
            model.isDirty = true
            state.draft = model
            let sendKey = state.presentation.keymap.keys(for: ConsoleCommand.sendReply.rawValue, in: Pane.suggestions.rawValue).first
            state.statusMessage = StatusMessage("Draft written in the editor; " + (sendKey.map { "\(KeyHints.display($0)) sends it" } ?? "it is kept"))
            return saveDraftIfDirty(&state)
        default:
            return []
        }
    }
}
