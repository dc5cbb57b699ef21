import ConcordStore
import ConcordTerminal
import ConversationEngine
import Foundation

/// The promise ledger by keyboard: `p` records a promise made in the selected conversation
/// (its time read from the words, as the ledger reads replies), and on the card `n`/`N` select
/// a promise, `x` keeps it, `X` breaks it, `O` opens it again and `e` changes its due time.
extension ConsoleReducer {
    static func performPromise(_ command: ConsoleCommand, on state: inout ConsoleState) -> [ConsoleEffect] {
        switch command {
        case .addPromise:
            guard let conversation = state.focusedConversation else {
                state.statusMessage = StatusMessage("Select a conversation first: the promise is recorded in it.")
                return []
            }
            state.prompt = ConsolePrompt(.newPromise(conversation))
            return []
        case .nextPromise, .previousPromise:
            selectPromise(step: command == .nextPromise ? 1 : -1, in: &state)
            return []
        case .keepPromise, .breakPromise, .reopenPromise:
            guard let promise = selectedPromise(&state) else { return [] }
            let target: Promise.State = command == .keepPromise ? .kept : command == .breakPromise ? .broken : .open
            guard promise.state != target else {
                state.statusMessage = StatusMessage("That promise is already \(target.rawValue).")
                return []
            }
            return [.settlePromise(promise.id, as: target)]
        case .editPromiseDue:
            guard let promise = selectedPromise(&state) else { return [] }
            state.prompt = ConsolePrompt(.promiseDue(promise.id))
            return []
        case .submitPrompt:
            guard let prompt = state.prompt else { return [] }
            let answer = prompt.text.trimmingCharacters(in: .whitespaces)
            state.prompt = nil
            guard !answer.isEmpty else {
                state.statusMessage = StatusMessage("Nothing typed; nothing changed.")
                return []
            }
            switch prompt.purpose {
            case .newPromise(let conversation): return [.addPromise(conversation, text: answer)]
            case .promiseDue(let id): return [.revisePromiseDue(id, words: answer)]
            case .search: return [.search(answer)]
            case .note(let conversation): return [.addNote(conversation, text: answer)]
            case .confirmSend, .confirmStale: return []
            }
        case .cancelPrompt:
            state.prompt = nil
            state.statusMessage = StatusMessage("Cancelled.")
            return []
        default:
            return []
        }
    }

    /// A key while the `:` line is open: a "command" binding (Enter runs, Tab completes, Esc
    /// closes), else text.
    static func typeCommandLine(_ state: inout ConsoleState, key: Key) -> [ConsoleEffect] {
        if let name = state.presentation.keymap.command(for: key, onlyIn: "command"), let command = ConsoleCommand(rawValue: name) {
            return reduce(&state, .command(command))
        }
        guard var line = state.commandLine else { return [] }
        switch key {
        case .char(let character): line.type(String(character))
        case .backspace, .ctrl("h"):
            // Backspace on an empty line closes it, as in vim.
            if line.text.isEmpty {
                state.commandLine = nil
                return []
            }
            line.deleteBackward()
        default: return []
        }
        state.commandLine = line
        return []
    }

    /// A key while a prompt is open: a "prompt" binding (Enter answers, Esc drops), else text.
    static func answerPrompt(_ state: inout ConsoleState, key: Key) -> [ConsoleEffect] {
        // A yes/no question takes one key: y sends, anything else goes back to the draft.
        if case .confirmSend(let conversation, _)? = state.prompt?.purpose {
            state.prompt = nil
            guard key == .char("y") || key == .char("Y"), conversation == state.focusedConversation else {
                state.statusMessage = StatusMessage("Not sent; the draft is kept.")
                return []
            }
            return send(&state, confirmed: true)
        }
        if case .confirmStale(let conversation, let latest, _)? = state.prompt?.purpose {
            state.prompt = nil
            guard key == .char("y") || key == .char("Y"), conversation == state.focusedConversation,
                  var model = state.draft, model.draft.conversationID == conversation else {
                state.statusMessage = StatusMessage("Not sent; the draft is kept. Read what changed, then send again.")
                return []
            }
            // The agent has now seen what came after: that is the draft's new basis.
            model.draft.basis = latest
            model.isDirty = true
            state.draft = model
            return send(&state, confirmed: true)
        }
        if let name = state.presentation.keymap.command(for: key, onlyIn: "prompt"), let command = ConsoleCommand(rawValue: name) {
            return reduce(&state, .command(command))
        }
        guard var prompt = state.prompt else { return [] }
        switch key {
        case .char(let character): prompt.append(String(character))
        case .backspace, .ctrl("h"): prompt.deleteBackward()
        default: return []
        }
        state.prompt = prompt
        return []
    }

    /// After a promise changed in the store: say so, select it, and reload the card and queue
    /// (the queue row's overdue alarm may have come or gone).
    static func promiseChanged(_ promise: Promise, message: String, on state: inout ConsoleState) -> [ConsoleEffect] {
        state.statusMessage = StatusMessage(message)
        state.selectedPromise = promise.id
        state.queue.isLoading = true
        var effects: [ConsoleEffect] = [.loadQueue(queueQuery(state, offset: 0), append: false)]
        if state.detail?.customer.id == promise.customerID { effects.append(.loadDetail(promise.customerID)) }
        return effects
    }

    private static func selectedPromise(_ state: inout ConsoleState) -> Promise? {
        let promises = state.detail?.listedPromises ?? []
        if let id = state.selectedPromise, let promise = promises.first(where: { $0.id == id }) { return promise }
        guard let first = promises.first else {
            state.statusMessage = StatusMessage("This customer has no promises; p records one.")
            return nil
        }
        // Nothing selected yet: the first listed (the soonest open one) is what the agent sees first.
        state.selectedPromise = first.id
        return first
    }

    private static func selectPromise(step: Int, in state: inout ConsoleState) {
        let promises = state.detail?.listedPromises ?? []
        guard !promises.isEmpty else {
            state.statusMessage = StatusMessage("This customer has no promises; p records one.")
            return
        }
        let current = state.selectedPromise.flatMap { id in promises.firstIndex { $0.id == id } }
        let index = current.map { ($0 + step + promises.count) % promises.count } ?? (step > 0 ? 0 : promises.count - 1)
        state.selectedPromise = promises[index].id
        state.statusMessage = StatusMessage("Promise \(index + 1) of \(promises.count): x kept, X broken, O reopen, e due time")
    }
}
