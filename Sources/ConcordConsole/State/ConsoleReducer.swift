import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The only place the console's state changes: `reduce(state, action) -> [effects]`, in the
/// manner of bubbletea's update and the Elm architecture. Pure, so every key can be tested
/// without a terminal or a database.
public enum ConsoleReducer {
    /// How many of a customer's newest messages the timeline loads at once.
    public static let timelinePageSize = 60

    public static func reduce(_ state: inout ConsoleState, _ action: ConsoleAction) -> [ConsoleEffect] {
        let effects = apply(&state, action)
        return suggestionsWhereShown(effects, &state) + teamSync(&state, after: action)
    }

    /// Asks the runtime to report the console's focus when it changed, on the heartbeat, and
    /// when the store changed (a colleague may have arrived); the first tick reads the broadcasts.
    private static func teamSync(_ state: inout ConsoleState, after action: ConsoleAction) -> [ConsoleEffect] {
        let focus: TeamActivity.Focus? = state.focusedConversation.flatMap { conversation in
            guard let customer = state.queue.rows.first(where: { $0.id == conversation })?.conversation.customerID
                ?? state.detail?.conversations.first(where: { $0.id == conversation })?.customerID else { return nil }
            let drafting = state.isEditingDraft && state.draft?.draft.conversationID == conversation
            return TeamActivity.Focus(conversation: conversation, customer: customer, activity: drafting ? .drafting : .viewing)
        }
        var due = focus != state.team.requested
        switch action {
        case .tick(let now):
            due = due || state.team.requestedAt.map { now.timeIntervalSince($0) >= Presence.heartbeat } ?? true
        case .storeChanged(let change):
            // New messages for some customers change nobody's whereabouts and broadcast nothing.
            due = due || change.presence
        default:
            break
        }
        guard due else { return [] }
        state.team.requested = focus
        state.team.requestedAt = state.now
        return [.syncTeam]
    }

    /// Suggestions are read only while their pane is on screen (at 80x24 the single-column
    /// flow shows the timeline under the queue, and detecting situations and ranking answers
    /// for every conversation the cursor passes would cost a cursor move half its time); the
    /// moment the pane appears, the focused conversation's are read.
    private static func suggestionsWhereShown(_ effects: [ConsoleEffect], _ state: inout ConsoleState) -> [ConsoleEffect] {
        let shown = state.layout.panes[.suggestions] != nil
        var effects = effects
        if !shown {
            effects.removeAll { if case .loadSuggestions = $0 { true } else { false } }
            state.suggestionsRequested = nil
            return effects
        }
        guard let focused = state.focusedConversation else { return effects }
        if effects.contains(.loadSuggestions(focused)) {
            state.suggestionsRequested = focused
        } else if state.suggestionsConversation != focused, state.suggestionsRequested != focused {
            // Asked for once; the answer (or a move elsewhere) settles it.
            effects.append(.loadSuggestions(focused))
            state.suggestionsRequested = focused
        }
        return effects
    }

    private static func apply(_ state: inout ConsoleState, _ action: ConsoleAction) -> [ConsoleEffect] {
        switch action {
        case .started:
            state.queue.isLoading = true
            // A screen's worth first (a page of 200 costs a first frame tens of milliseconds on a
            // big store); the rest of the page follows once it is drawn.
            let firstScreen = min(QueueModel.pageSize, max(50, 2 * state.layout.visibleRows(.queue)))
            return [.loadCompletions, .loadQueue(queueQuery(state, offset: 0, limit: firstScreen), append: false)]

        case .key(let key):
            if state.prompt != nil && !state.showsHelp { return answerPrompt(&state, key: key) }
            if state.commandLine != nil && !state.showsHelp { return typeCommandLine(&state, key: key) }
            if state.isEditingDraft && !state.showsHelp { return editDraft(&state, key: key) }
            let context = state.showsHelp ? "help" : state.search != nil ? "search" : state.focus.rawValue
            guard let bound = state.presentation.keymap.command(for: key, in: context) else {
                return countDigit(&state, key: key)
            }
            if Keymap.isCommandLine(bound) { return runCommandLine(bound, on: &state, remember: false) }
            guard let command = ConsoleCommand(rawValue: bound) else { return [] }
            return reduce(&state, .command(command))

        case .command(let command):
            state.statusMessage = nil
            let count = state.pendingCount
            state.pendingCount = nil
            return perform(command, count: count, on: &state)

        case .resize(let size):
            state.size = size
            // Shrinking to one column keeps the pane the agent is working in under the queue.
            if state.layout.mode == .narrow {
                if state.isEditingDraft { state.lowerPane = .suggestions } else if state.focus != .queue { state.lowerPane = state.focus }
            }
            syncLayout(&state)
            return []

        case .tick(let now):
            state.now = now
            // The debounce: edits since the last tick are saved now, at most a second after the last key.
            return saveDraftIfDirty(&state) + [.pollActivity(since: state.activityMark)]

        case .storeChanged(let change):
            // Someone else claimed, assigned, answered or wrote: what the change can have touched
            // is read again (the queue rows of the customers it names, the open customer's panes
            // when it is one of them; everything when the store cannot say), and new messages
            // are announced as on a tick. Who is where is read by the team sync.
            if change.isAnything {
                var effects = ConsoleReducer.refreshQueue(&state)
                if let open = state.detail?.customer.id { effects.append(.loadDetail(open)) }
                return effects + [.pollActivity(since: state.activityMark)]
            }
            guard let customers = change.customers, !customers.isEmpty else { return [] }
            return refreshQueueRows(of: customers, &state) + refreshOpenCustomer(if: change, &state)
                + [.pollActivity(since: state.activityMark)]

        case .teamLoaded(let customer, let others, let broadcasts, let seenUpTo, let audited, let at):
            if let audited { state.team.auditedViews[audited] = at }
            state.team.others = customer == state.team.requested?.customer ? others : []
            state.team.othersCustomer = customer
            let firstLook = state.team.lastBroadcast == nil
            state.team.lastBroadcast = seenUpTo ?? state.team.lastBroadcast ?? 0
            let shown = broadcasts.last { !firstLook || at.timeIntervalSince($0.at) < TeamActivity.broadcastMemory }
            if let shown { state.statusMessage = StatusMessage("Broadcast from \(shown.authorName): \(shown.text)") }
            return []

        case .suggestionsLoaded(let conversation, let suggestions):
            guard conversation == state.focusedConversation else { return [] }
            state.suggestions = suggestions
            state.suggestionsConversation = conversation
            return []

        case .draftLoaded(let conversation, let draft):
            guard conversation == state.focusedConversation, state.draft?.isDirty != true else { return [] }
            guard let draft else {
                // An agent quicker than the load has opened an empty draft: nothing saved replaces it.
                if !state.isEditingDraft || state.draft?.draft.conversationID != conversation { state.draft = nil }
                return []
            }
            state.draft = DraftModel(draft: draft)
            guard !draft.isBlank else { return [] }
            return [.checkDraft(draft)]

        case .draftChecked(let conversation, let text, let warnings):
            guard var model = state.draft, model.draft.conversationID == conversation else { return [] }
            model.warnings = warnings
            model.checkedText = text
            state.draft = model
            return []

        case .queueLoaded(let rows, let total, let append):
            let previous = state.queue.selectedItem?.id
            state.queue.rows = append ? state.queue.rows + rows : rows
            state.queue.total = total
            state.queue.isLoading = false
            state.queue.list.setItemCount(state.queue.rows.count)
            if !append, let previous, let index = state.queue.rows.firstIndex(where: { $0.id == previous }) {
                state.queue.list.select(index)
            } else if state.queue.list.selected == nil && !state.queue.rows.isEmpty {
                state.queue.list.select(0)
            }
            syncLayout(&state)
            var effects = selectionChanged(&state, force: !append)
            if !append, rows.count < QueueModel.pageSize, state.queue.hasMore, rows.count == state.queue.rows.count {
                // The first screen came alone: the rest of the page, with the queue marked busy so
                // paging does not ask for the same rows.
                state.queue.isLoading = true
                effects.append(.completeQueuePage(queueQuery(state, offset: rows.count, limit: QueueModel.pageSize - rows.count)))
            }
            return effects

        case .queueRowsLoaded(let customers, let rows, let total):
            guard let patched = state.queue.patched(customers: customers, with: rows) else { return refreshQueue(&state) }
            let previous = state.queue.selectedItem?.id
            state.queue.rows = patched
            state.queue.total = total
            state.queue.list.setItemCount(patched.count)
            if let previous, let index = patched.firstIndex(where: { $0.id == previous }) {
                state.queue.list.select(index)
            } else if state.queue.list.selected == nil && !patched.isEmpty {
                state.queue.list.select(0)
            }
            syncLayout(&state)
            return selectionChanged(&state, force: false)

        case .detailLoaded(let detail):
            let sameCustomer = state.detail?.customer.id == detail.customer.id
            state.detail = detail
            if !sameCustomer {
                state.timelineTop = nil
                state.cardTop = 0
                state.suggestionsTop = 0
            }
            rebuildTimeline(&state)
            return revealTarget(&state)

        case .slaLoaded(let sla):
            state.sla = sla.conversation.id == state.focusedConversation ? sla : state.sla
            return []

        case .olderMessagesLoaded(let customer, let messages, let hasMore):
            guard var detail = state.detail, detail.customer.id == customer else { return [] }
            let before = state.timelineDocument.lines.count
            detail.messages = messages + detail.messages
            detail.hasOlderMessages = hasMore
            state.detail = detail
            rebuildTimeline(&state, minimumLines: .max)
            // Keep the lines the agent was reading where they were.
            let added = state.timelineDocument.lines.count - before
            state.timelineTop = max(0, (state.timelineTop ?? 0) + added)
            return revealTarget(&state)

        case .completionsLoaded, .conversationsChanged, .customersChanged, .themeLoaded, .conversationFound, .searchLoaded,
             .activity:
            return reduceTriage(&state, action)
        case .routesLoaded, .sendNeedsConfirmation, .replyHeld, .replySent, .draftEdited:
            return reduceReplying(&state, action)

        case .promiseChanged(let promise, let message):
            return promiseChanged(promise, message: message, on: &state)

        case .failed(let message):
            state.queue.isLoading = false
            state.statusMessage = StatusMessage(message, kind: .error)
            return []
        }
    }

    // MARK: - Commands

    static func perform(_ command: ConsoleCommand, count: Int? = nil, on state: inout ConsoleState) -> [ConsoleEffect] {
        switch command {
        case .quit:
            state.isEditingDraft = false
            return saveDraftIfDirty(&state) + [.quit]
        case .editDraft:
            guard let conversation = state.focusedConversation else {
                state.statusMessage = StatusMessage("Select a conversation to reply to.")
                return []
            }
            if state.draft == nil {
                state.draft = state.newDraft(for: conversation)
            }
            state.isEditingDraft = true
            showSuggestionsPane(&state)
            state.statusMessage = StatusMessage("Writing the reply: type, Enter for a new line, Esc to finish")
            return []
        case .finishDraft:
            state.isEditingDraft = false
            let effects = saveDraftIfDirty(&state)
            state.statusMessage = StatusMessage(state.draft.map { $0.draft.isBlank ? "The draft is empty" : "Draft kept" } ?? "")
            return effects
        case .insertSuggestion1, .insertSuggestion2, .insertSuggestion3, .insertSuggestion4, .insertSuggestion5,
             .insertSuggestion6, .insertSuggestion7, .insertSuggestion8, .insertSuggestion9:
            return insertSuggestion(command.suggestionNumber ?? 0, into: &state)
        case .help:
            state.showsHelp = true
            state.helpTop = 0
            return []
        case .closeHelp:
            state.showsHelp = false
            return []
        case .focusNext, .focusPrevious:
            var pane = command == .focusNext ? state.focus.next : state.focus.previous
            if state.layout.mode == .narrow, pane != .queue { state.lowerPane = pane }
            if state.layout.panes[pane] == nil { pane = .queue }
            state.focus = pane
            syncLayout(&state)
            return []
        case .focusQueue:
            state.focus = .queue
            return []
        case .open:
            guard state.queue.selectedItem != nil else { return [] }
            state.focus = .timeline
            if state.layout.mode == .narrow { state.lowerPane = .timeline }
            syncLayout(&state)
            scrollTimelineToFocusedConversation(&state)
            return []
        case .toggleScope:
            state.timelineScope = state.timelineScope == .customer ? .conversation : .customer
            state.timelineTop = nil
            rebuildTimeline(&state)
            state.statusMessage = StatusMessage(state.timelineScope == .customer
                ? "Timeline: the customer's whole history" : "Timeline: this conversation only")
            return []
        case .cycleOrder:
            let all = QueueQuery.Ordering.allCases
            state.queue.ordering = all[(all.firstIndex(of: state.queue.ordering)! + 1) % all.count]
            state.queue.list.select(0)
            state.queue.isLoading = true
            state.statusMessage = StatusMessage("Queue ordered by \(orderingLabel(state.queue.ordering))")
            return [.loadQueue(queueQuery(state, offset: 0), append: false)]
        case .refresh:
            state.queue.isLoading = true
            var effects: [ConsoleEffect] = [.loadQueue(queueQuery(state, offset: 0), append: false)]
            if let customer = state.detail?.customer.id { effects.append(.loadDetail(customer)) }
            return effects
        case .next, .previous, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .first, .last:
            return move(command, count: count, on: &state)
        case .commandLine, .submitCommand, .cancelCommand, .complete, .completePrevious, .historyPrevious, .historyNext,
             .search, .openResult, .closeSearch, .toggleMark, .clearMarks, .nextView, .acceptMerge, .rejectMerge, .undoMerge,
             .toggleQuoted:
            return performTriage(command, count: count, on: &state)
        case .reply:
            return startReply(&state)
        case .sendReply, .nextRoute, .addNote, .editInEditor:
            return performReplying(command, on: &state)
        case .addPromise, .nextPromise, .previousPromise, .keepPromise, .breakPromise, .reopenPromise, .editPromiseDue,
             .submitPrompt, .cancelPrompt:
            return performPromise(command, on: &state)
        }
    }

    /// Moves the selection or scrolls; `count` (a typed `5j`) repeats a step, and with `g`/`G`
    /// goes to that row, as in vim.
    private static func move(_ command: ConsoleCommand, count: Int?, on state: inout ConsoleState) -> [ConsoleEffect] {
        let times = max(1, count ?? 1)
        if state.showsHelp {
            let height = max(1, state.size.height - 4)
            for _ in 0..<min(times, 500) { state.helpTop = scrolled(state.helpTop, command, height: height, bottom: 200) }
            return []
        }
        if state.search != nil {
            moveSearchSelection(command, times: times, on: &state)
            return []
        }
        switch state.focus {
        case .queue:
            state.timelineTarget = nil
            var list = state.queue.list
            switch command {
            case .next: list.move(by: times)
            case .previous: list.move(by: -times)
            case .pageDown: for _ in 0..<min(times, 1000) { list.pageDown() }
            case .pageUp: for _ in 0..<min(times, 1000) { list.pageUp() }
            case .halfPageDown: for _ in 0..<min(times, 1000) { list.halfPage(down: true) }
            case .halfPageUp: for _ in 0..<min(times, 1000) { list.halfPage(down: false) }
            case .first, .last:
                if let count { list.select(min(count, max(1, state.queue.rows.count)) - 1) } else if command == .first { list.home() } else { list.end() }
            default: break
            }
            state.queue.list = list
            var effects = selectionChanged(&state, force: false)
            if state.queue.needsNextPage {
                state.queue.isLoading = true
                effects.append(.loadQueue(queueQuery(state, offset: state.queue.rows.count), append: true))
            }
            return effects
        case .timeline:
            let height = state.layout.visibleRows(.timeline)
            let currentTop = state.timelineTop ?? max(0, state.timelineDocument.lines.count - height)
            // At the very top of everything loaded, "first" fetches the previous page from the store.
            if command == .first, currentTop == 0, state.timelineDocument.isComplete,
               let detail = state.detail, detail.hasOlderMessages, let oldest = detail.messages.first {
                return [.loadOlderMessages(detail.customer.id, before: TimelineCursor(oldest))]
            }
            // Scrolling towards the top (or jumping there) lays out earlier messages first.
            if command == .first {
                extendTimeline(&state, everything: true)
            } else if [.previous, .pageUp, .halfPageUp].contains(command), currentTop < height * 2 {
                extendTimeline(&state, everything: false)
            }
            let bottom = max(0, state.timelineDocument.lines.count - height)
            var next = state.timelineTop ?? bottom
            for _ in 0..<min(times, 10_000) { next = scrolled(next, command, height: height, bottom: bottom) }
            state.timelineTop = next >= bottom ? nil : next
            return []
        case .card:
            let height = state.layout.visibleRows(.card)
            let count = CardDocument.lines(detail: state.detail, now: state.now, width: state.layout.inner(.card)?.width ?? 0,
                                           presentation: state.presentation).count
            for _ in 0..<min(times, 1000) { state.cardTop = scrolled(state.cardTop, command, height: height, bottom: max(0, count - height)) }
            return []
        case .suggestions:
            let height = state.layout.visibleRows(.suggestions)
            let count = SuggestionsDocument.lines(state, width: state.layout.inner(.suggestions)?.width ?? 0, height: height).count
            for _ in 0..<min(times, 1000) {
                state.suggestionsTop = scrolled(state.suggestionsTop, command, height: height, bottom: max(0, count - height))
            }
            return []
        }
    }

    private static func scrolled(_ top: Int, _ command: ConsoleCommand, height: Int, bottom: Int) -> Int {
        let value = switch command {
        case .next: top + 1
        case .previous: top - 1
        case .pageDown: top + max(1, height - 1)
        case .pageUp: top - max(1, height - 1)
        case .halfPageDown: top + max(1, height / 2)
        case .halfPageUp: top - max(1, height / 2)
        case .first: 0
        case .last: bottom
        default: top
        }
        return min(max(0, value), bottom)
    }

    // MARK: - Selection and layout

    /// Follows the queue selection: the timeline highlights the selected conversation and the
    /// detail panes load its customer when that customer is not already loaded.
    static func selectionChanged(_ state: inout ConsoleState, force: Bool) -> [ConsoleEffect] {
        guard let item = state.queue.selectedItem else {
            state.focusedConversation = nil
            return []
        }
        let conversationChanged = state.focusedConversation != item.id
        // The draft of the conversation being left is saved before another one's is loaded.
        let leaving: [ConsoleEffect] = conversationChanged ? saveDraftIfDirty(&state) : []
        state.focusedConversation = item.id
        if conversationChanged {
            state.sla = nil
            state.suggestions = nil
            state.suggestionsConversation = nil
            state.draft = nil
            state.replyRoutes = []
            state.suggestionsTop = 0
        }
        let clocks: [ConsoleEffect] = leaving + (conversationChanged || force
            ? [.loadSLA(item.id), .loadSuggestions(item.id), .loadDraft(item.id), .loadRoutes(item.id)] : [])
        if state.detail?.customer.id == item.conversation.customerID {
            if conversationChanged {
                rebuildTimeline(&state)
                state.timelineTop = nil
            }
            return (force ? [.loadDetail(item.conversation.customerID)] : []) + clocks
        }
        state.timelineTop = nil
        return [.loadDetail(item.conversation.customerID)] + clocks
    }

    // MARK: - Drafts

    /// A key while the draft editor is open: a "draft" binding (Esc finishes), else text.
    private static func editDraft(_ state: inout ConsoleState, key: Key) -> [ConsoleEffect] {
        if let name = state.presentation.keymap.command(for: key, onlyIn: "draft"), let command = ConsoleCommand(rawValue: name) {
            return reduce(&state, .command(command))
        }
        guard var model = state.draft else {
            state.isEditingDraft = false
            return []
        }
        switch key {
        case .char(let character): model.append(String(character))
        case .enter: model.append("\n")
        case .tab: model.append("\t")
        case .backspace, .ctrl("h"): model.deleteBackward()
        default: return []
        }
        state.draft = model
        state.statusMessage = nil
        return []
    }

    private static func insertSuggestion(_ number: Int, into state: inout ConsoleState) -> [ConsoleEffect] {
        guard let conversation = state.focusedConversation, let suggestions = state.suggestions,
              state.suggestionsConversation == conversation else {
            state.statusMessage = StatusMessage("The suggestions are still loading.")
            return []
        }
        guard let choice = suggestions.choice(number: number) else {
            state.statusMessage = StatusMessage(suggestions.count == 0
                ? "There are no suggestions for this message." : "There is no suggestion \(number); the numbers go to \(suggestions.count).")
            return []
        }
        var model = state.draft ?? state.newDraft(for: conversation)
        model.insert(choice, language: suggestions.language)
        state.draft = model
        state.statusMessage = StatusMessage("Inserted \(number) into the draft; r to edit it")
        return []
    }

    /// Saves the draft when it changed since it was last saved.
    static func saveDraftIfDirty(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard var model = state.draft, model.isDirty else { return [] }
        model.isDirty = false
        model.draft.updatedAt = state.now
        state.draft = model
        return [.saveDraft(model.draft)]
    }

    /// Makes the suggestions pane (where the draft is shown) visible and focused.
    static func showSuggestionsPane(_ state: inout ConsoleState) {
        if state.layout.mode == .narrow { state.lowerPane = .suggestions }
        state.focus = .suggestions
        syncLayout(&state)
    }

    /// Keeps list heights and the timeline's line width in step with the layout.
    static func syncLayout(_ state: inout ConsoleState) {
        state.queue.list.setVisibleHeight(max(1, state.layout.visibleRows(.queue)))
        if let width = state.layout.inner(.timeline)?.width, width != state.timelineDocument.width {
            rebuildTimeline(&state)
        }
    }

    /// Lays out the timeline again: the newest two screens' worth, or at least `minimumLines`.
    static func rebuildTimeline(_ state: inout ConsoleState, minimumLines: Int? = nil) {
        let width = state.layout.inner(.timeline)?.width ?? max(0, state.size.width - 2)
        let screens = max(1, state.layout.visibleRows(.timeline)) * 2
        state.timelineDocument = TimelineDocument.build(
            detail: state.detail, focused: state.focusedConversation, scope: state.timelineScope, width: width,
            presentation: state.presentation, minimumLines: max(minimumLines ?? 0, screens),
            showsQuotedText: state.showsQuotedText, highlighted: state.timelineTarget, bodies: &state.messageBodies)
    }

    /// Lays out more of the timeline above what is shown, keeping the same lines in view.
    private static func extendTimeline(_ state: inout ConsoleState, everything: Bool) {
        guard !state.timelineDocument.isComplete else { return }
        let before = state.timelineDocument.lines.count
        let height = state.layout.visibleRows(.timeline)
        let top = state.timelineTop ?? max(0, before - height)
        rebuildTimeline(&state, minimumLines: everything ? .max : before + height * 3)
        let added = state.timelineDocument.lines.count - before
        state.timelineTop = top + added
    }

    private static func scrollTimelineToFocusedConversation(_ state: inout ConsoleState) {
        guard let range = state.timelineDocument.focusedLastEntry else { return }
        let height = state.layout.visibleRows(.timeline)
        let bottom = max(0, state.timelineDocument.lines.count - height)
        // The conversation's newest message ends at the bottom of the pane; one taller than
        // the pane starts at the top instead.
        let top = range.count <= height ? range.upperBound - height : range.lowerBound
        let clamped = min(max(0, top), bottom)
        state.timelineTop = clamped >= bottom ? nil : clamped
    }

    static func queueQuery(_ state: ConsoleState, offset: Int, limit: Int = QueueModel.pageSize) -> QueueQuery {
        var query = QueueQuery(ordering: state.queue.ordering, limit: limit, offset: offset, asOf: state.now)
        state.queueFilter.apply(to: &query, agent: state.agentID)
        return query
    }

    static func orderingLabel(_ ordering: QueueQuery.Ordering) -> String {
        switch ordering {
        case .dueFirst: "what is due first"
        case .priority: "priority"
        case .longestWait: "longest wait"
        case .recent: "recent activity"
        case .sentiment: "angriest first"
        }
    }
}
