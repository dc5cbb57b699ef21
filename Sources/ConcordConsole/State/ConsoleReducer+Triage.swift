import ConcordStore
import ConcordTerminal
import ConversationEngine
import Foundation

/// Triage by keyboard: counts (`5j`), marks for batch commands (`Space`), the `:` command line
/// with completion, saved views and filters, `/` search, `:goto`, live themes, merges from the
/// card, and activity that arrives while the agent watches.
extension ConsoleReducer {
    // MARK: - Counts

    /// A digit no binding claims starts or extends a count for the next command, as in vim and
    /// mutt; other unbound keys drop it.
    static func countDigit(_ state: inout ConsoleState, key: Key) -> [ConsoleEffect] {
        guard case .char(let character) = key, let digit = character.wholeNumberValue, character.isASCII,
              digit > 0 || state.pendingCount != nil else {
            state.pendingCount = nil
            return []
        }
        state.pendingCount = min(99_999, (state.pendingCount ?? 0) * 10 + digit)
        return []
    }

    // MARK: - Commands

    static func performTriage(_ command: ConsoleCommand, count: Int?, on state: inout ConsoleState) -> [ConsoleEffect] {
        switch command {
        case .commandLine:
            state.commandLine = CommandLineModel()
            return []
        case .submitCommand:
            guard let line = state.commandLine?.text else { return [] }
            state.commandLine = nil
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
            return runCommandLine(line, on: &state, remember: true)
        case .cancelCommand:
            state.commandLine = nil
            return []
        case .complete, .completePrevious:
            state.commandLine?.complete(using: state.completion, backwards: command == .completePrevious)
            return []
        case .historyPrevious, .historyNext:
            state.commandLine?.recall(from: state.commandHistory, older: command == .historyPrevious)
            return []
        case .search:
            state.prompt = ConsolePrompt(.search)
            return []
        case .openResult:
            guard let hit = state.search?.selectedHit else { return [] }
            state.search = nil
            return [.goto(hit.conversationID, message: hit.messageID)]
        case .closeSearch:
            state.search = nil
            return []
        case .toggleMark:
            return toggleMarks(count: max(1, count ?? 1), on: &state)
        case .clearMarks:
            let had = state.queue.marked.count
            state.queue.marked = []
            if had > 0 { state.statusMessage = StatusMessage("Marks cleared (\(had)).") }
            return []
        case .nextView:
            let views = state.savedViews
            guard !views.isEmpty else { return [] }
            let index = views.firstIndex { $0.name == state.viewName }.map { ($0 + 1) % views.count } ?? 0
            return switchView(views[index], on: &state)
        case .acceptMerge:
            return mergeSuggested(on: &state)
        case .rejectMerge:
            guard let suggestion = state.detail?.mergeSuggestions.first else {
                state.statusMessage = StatusMessage("There is no merge suggestion for this customer.")
                return []
            }
            return [.rejectMerge(suggestion.id)]
        case .undoMerge:
            guard let detail = state.detail,
                  let merge = detail.merges.first(where: { $0.undoneAt == nil && $0.survivor == detail.customer.id }) else {
                state.statusMessage = StatusMessage("No merge into this customer to undo.")
                return []
            }
            return [.undoMerge(merge.id)]
        case .toggleQuoted:
            state.showsQuotedText.toggle()
            let top = state.timelineTop
            rebuildTimeline(&state)
            state.timelineTop = top.map { min($0, max(0, state.timelineDocument.lines.count - 1)) }
            state.statusMessage = StatusMessage(state.showsQuotedText ? "Quoted text and signatures shown" : "Quoted text and signatures folded")
            return []
        default:
            return []
        }
    }

    /// Runs one command line (typed after `:` or bound to a key).
    static func runCommandLine(_ line: String, on state: inout ConsoleState, remember: Bool) -> [ConsoleEffect] {
        if remember {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            state.commandHistory.removeAll { $0 == trimmed }
            state.commandHistory.append(trimmed)
            if state.commandHistory.count > 100 { state.commandHistory.removeFirst() }
        }
        do {
            return invoke(try CommandLineParser.parse(line), on: &state)
        } catch {
            state.statusMessage = StatusMessage(error.description, kind: .error)
            return []
        }
    }

    static func invoke(_ invocation: ConsoleInvocation, on state: inout ConsoleState) -> [ConsoleEffect] {
        switch invocation {
        case .command(let command, let count):
            state.statusMessage = nil
            return perform(command, count: count > 1 ? count : nil, on: &state)
        case .assign(let assignee):
            guard let targets = batchTargets(&state) else { return [] }
            return [.assign(targets, assignee)]
        case .status(let status):
            guard let targets = batchTargets(&state) else { return [] }
            return [.setStatus(targets, status)]
        case .merge(let other):
            guard let other else { return mergeSuggested(on: &state) }
            guard let customer = state.detail?.customer.id else {
                state.statusMessage = StatusMessage("Select a conversation: the other customer is merged into its customer.")
                return []
            }
            guard other != customer else {
                state.statusMessage = StatusMessage("That is this customer already.", kind: .error)
                return []
            }
            return [.merge(other, into: customer, suggestion: nil)]
        case .theme(let name):
            return [.loadTheme(name)]
        case .goto(let id):
            return [.goto(id, message: nil)]
        case .view(let name):
            guard let view = state.savedViews.first(where: { $0.name == name }) else {
                state.statusMessage = StatusMessage("There is no view \"\(name)\"; there are \(state.savedViews.map(\.name).joined(separator: ", ")).",
                                                    kind: .error)
                return []
            }
            return switchView(view, on: &state)
        case .filter(let filter):
            state.queueFilter = filter
            state.viewName = filter.isEmpty ? "all" : "filter"
            state.statusMessage = StatusMessage(filter.isEmpty ? "Filter cleared" : "Filter: \(filter.summary)")
            return reloadQueue(&state)
        case .order(let ordering):
            state.queue.ordering = ordering
            state.statusMessage = StatusMessage("Queue ordered by \(orderingLabel(ordering))")
            return reloadQueue(&state)
        case .search(let words):
            return [.search(words)]
        case .markAll(let marking):
            state.queue.marked = marking ? Set(state.queue.rows.map(\.id)) : []
            state.statusMessage = StatusMessage(marking ? "\(state.queue.marked.count) marked" : "Marks cleared")
            return []
        case .priority, .tag, .note, .reply:
            return invokeReplying(invocation, on: &state)
        }
    }

    // MARK: - Results

    static func reduceTriage(_ state: inout ConsoleState, _ action: ConsoleAction) -> [ConsoleEffect] {
        switch action {
        case .completionsLoaded(let agents, let themes, let agent):
            state.completion = CompletionSource(agentLogins: agents, themes: themes, views: state.savedViews.map(\.name))
            let hadAgent = state.agentID != nil
            state.agentID = agent
            // "mine" could not be answered before the agent was known.
            return !hadAgent && state.queueFilter.assignment == .mine ? reloadQueue(&state) : []
        case .conversationsChanged(let message):
            state.queue.marked = []
            state.statusMessage = StatusMessage(message)
            var effects = refreshQueue(&state)
            if let customer = state.detail?.customer.id { effects.append(.loadDetail(customer)) }
            if let conversation = state.focusedConversation { effects.append(.loadSLA(conversation)) }
            return effects
        case .customersChanged(let message, let customer):
            state.statusMessage = StatusMessage(message)
            return refreshQueue(&state) + [.loadDetail(customer)]
        case .themeLoaded(let theme, let name):
            state.presentation.theme = theme
            rebuildTimeline(&state)
            state.statusMessage = StatusMessage("Theme: \(name)")
            return []
        case .conversationFound(let conversation, let message):
            return focus(conversation, message: message, on: &state)
        case .searchLoaded(let query, let hits):
            guard !hits.isEmpty else {
                state.statusMessage = StatusMessage("Nothing found for \"\(query)\".")
                return []
            }
            state.search = SearchResultsModel(query: query, hits: hits, visibleHeight: SearchOverlayView.listHeight(for: state.size))
            return []
        case .activity(let latest, let messages):
            return activityArrived(latest: latest, messages, on: &state)
        default:
            return []
        }
    }

    // MARK: - Helpers

    /// The conversations a batch command acts on: the marked ones in queue order, else the selected one.
    static func batchTargets(_ state: inout ConsoleState) -> [ConversationID]? {
        if !state.queue.marked.isEmpty {
            let ordered = state.queue.rows.map(\.id).filter { state.queue.marked.contains($0) }
            let rest = state.queue.marked.subtracting(ordered).sorted { $0.rawValue < $1.rawValue }
            return ordered + rest
        }
        guard let conversation = state.focusedConversation else {
            state.statusMessage = StatusMessage("Select or mark conversations first (Space marks).")
            return nil
        }
        return [conversation]
    }

    private static func toggleMarks(count: Int, on state: inout ConsoleState) -> [ConsoleEffect] {
        guard state.focus == .queue, let start = state.queue.list.selected, !state.queue.rows.isEmpty else { return [] }
        let end = min(state.queue.rows.count, start + count)
        for index in start..<end {
            let id = state.queue.rows[index].id
            if state.queue.marked.contains(id) { state.queue.marked.remove(id) } else { state.queue.marked.insert(id) }
        }
        state.statusMessage = StatusMessage("\(state.queue.marked.count) marked: :assign, :status, :tag act on them; Esc clears")
        return move(.next, countForMarks: end - start, on: &state)
    }

    static func move(_ command: ConsoleCommand, countForMarks count: Int, on state: inout ConsoleState) -> [ConsoleEffect] {
        let message = state.statusMessage
        let effects = perform(command, count: count, on: &state)
        state.statusMessage = message
        return effects
    }

    private static func switchView(_ view: SavedView, on state: inout ConsoleState) -> [ConsoleEffect] {
        state.viewName = view.name
        state.queueFilter = view.filter
        if let ordering = view.ordering { state.queue.ordering = ordering }
        state.statusMessage = StatusMessage("View \(view.name)" + (view.filter.isEmpty ? "" : ": \(view.filter.summary)"))
        return reloadQueue(&state)
    }

    /// The queue from its first row under a new filter or order.
    private static func reloadQueue(_ state: inout ConsoleState) -> [ConsoleEffect] {
        state.queue.list.select(0)
        state.queue.isLoading = true
        state.queue.marked = []
        return [.loadQueue(queueQuery(state, offset: 0), append: false)]
    }

    /// The rows already loaded, read again (after a change, or new activity), keeping the selection.
    static func refreshQueue(_ state: inout ConsoleState) -> [ConsoleEffect] {
        state.queue.isLoading = true
        let limit = max(QueueModel.pageSize, state.queue.rows.count)
        return [.loadQueue(queueQuery(state, offset: 0, limit: limit), append: false)]
    }

    /// Reads again just the queue rows of `customers` (what another process's change touched)
    /// to place them into the loaded page; the whole page while it is still being loaded.
    static func refreshQueueRows(of customers: Set<CustomerID>, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard !state.queue.isLoading, !state.queue.rows.isEmpty || state.queue.total == 0 else { return refreshQueue(&state) }
        var query = queueQuery(state, offset: 0, limit: QueueModel.pageSize * 10)
        query.customers = customers
        return [.loadQueueRows(query)]
    }

    /// The open customer's panes and the selected conversation's clocks, suggestions and
    /// routes, when `change` can have touched that customer.
    static func refreshOpenCustomer(if change: StoreChange, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let open = state.detail?.customer.id, change.touches(open) else { return [] }
        var effects: [ConsoleEffect] = [.loadDetail(open)]
        if let conversation = state.focusedConversation {
            effects += [.loadSLA(conversation), .loadSuggestions(conversation), .loadRoutes(conversation)]
        }
        return effects
    }

    private static func mergeSuggested(on state: inout ConsoleState) -> [ConsoleEffect] {
        guard let detail = state.detail, let suggestion = detail.mergeSuggestions.first else {
            state.statusMessage = StatusMessage("There is no merge suggestion for this customer; :merge ID merges one by number.")
            return []
        }
        let other = suggestion.customerA == detail.customer.id ? suggestion.customerB : suggestion.customerA
        return [.merge(other, into: detail.customer.id, suggestion: suggestion.id)]
    }

    /// Shows a conversation found by `:goto` or search: selected in the queue when it is there,
    /// otherwise shown in the detail panes on its own (the queue keeps its place).
    private static func focus(_ conversation: Conversation, message: MessageID?, on state: inout ConsoleState) -> [ConsoleEffect] {
        state.timelineTarget = message
        state.focus = .timeline
        if state.layout.mode == .narrow { state.lowerPane = .timeline }
        syncLayout(&state)
        if let index = state.queue.rows.firstIndex(where: { $0.id == conversation.id }) {
            state.queue.list.select(index)
            let effects = selectionChanged(&state, force: false)
            return effects + revealTarget(&state)
        }
        let leaving = state.focusedConversation != conversation.id ? saveDraftIfDirty(&state) : []
        state.focusedConversation = conversation.id
        state.sla = nil
        state.suggestions = nil
        state.suggestionsConversation = nil
        state.draft = nil
        state.replyRoutes = []
        state.timelineTop = nil
        state.statusMessage = StatusMessage("#\(conversation.id) is not in this queue view (\(conversation.status.label)); j/k return to the queue")
        var effects = leaving + [.loadDetail(conversation.customerID), .loadSLA(conversation.id),
                                 .loadSuggestions(conversation.id), .loadDraft(conversation.id), .loadRoutes(conversation.id)]
        if state.detail?.customer.id == conversation.customerID {
            rebuildTimeline(&state)
            effects += revealTarget(&state)
        }
        return effects
    }

    /// Brings the target message (a search hit) into view once it is laid out, loading older
    /// pages of the timeline when it is further back than those loaded.
    static func revealTarget(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let target = state.timelineTarget, let detail = state.detail else { return [] }
        guard detail.messages.contains(where: { $0.id == target }) else {
            guard detail.hasOlderMessages, let focused = state.focusedConversation,
                  detail.conversations.contains(where: { $0.id == focused }) else { return [] }
            return [.revealMessage(detail.customer.id, target)]
        }
        if state.timelineDocument.messageLines[target] == nil { rebuildTimeline(&state, minimumLines: .max) }
        guard let range = state.timelineDocument.messageLines[target] else {
            // Not in this scope (a case-only timeline): show the whole history.
            if state.timelineScope == .conversation {
                state.timelineScope = .customer
                rebuildTimeline(&state, minimumLines: .max)
                return revealTarget(&state)
            }
            return []
        }
        let height = state.layout.visibleRows(.timeline)
        let bottom = max(0, state.timelineDocument.lines.count - height)
        let top = min(max(0, range.lowerBound - 1), bottom)
        state.timelineTop = top >= bottom ? nil : top
        return []
    }

    static func moveSearchSelection(_ command: ConsoleCommand, times: Int, on state: inout ConsoleState) {
        guard var search = state.search else { return }
        switch command {
        case .next: search.list.move(by: times)
        case .previous: search.list.move(by: -times)
        case .pageDown: search.list.pageDown()
        case .pageUp: search.list.pageUp()
        case .halfPageDown: search.list.halfPage(down: true)
        case .halfPageUp: search.list.halfPage(down: false)
        case .first: search.list.home()
        case .last: search.list.end()
        default: break
        }
        state.search = search
    }

    /// New messages stored by someone else (ingest, a webhook): the queue and the open
    /// customer's panes catch up, and the status bar says what came in.
    private static func activityArrived(latest: MessageID?, _ messages: [Message], on state: inout ConsoleState) -> [ConsoleEffect] {
        let first = state.activityMark == nil
        state.activityMark = latest ?? state.activityMark
        guard !first, !messages.isEmpty else { return [] }
        // Only the rows of the customers who wrote (or were written to) move; a read of the
        // same rows made for the store change that brought them is not made again.
        let customers = Set(messages.map(\.customerID))
        let effects = refreshQueueRows(of: customers, &state) + refreshOpenCustomer(if: .customers(customers), &state)
        let open = state.detail?.customer.id
        let forOpen = messages.filter { $0.customerID == open && $0.direction == .inbound }
        if state.prompt == nil, state.commandLine == nil, state.statusMessage?.kind != .error {
            if let latestForOpen = forOpen.last {
                let what = latestForOpen.call.map { $0.outcome == .missed ? "missed call" : "call" } ?? latestForOpen.channel.label
                state.statusMessage = StatusMessage("New \(what) from \(latestForOpen.author.name): \(latestForOpen.summaryLine)")
            } else {
                let inbound = messages.filter { $0.direction == .inbound }.count
                if inbound > 0 { state.statusMessage = StatusMessage("\(inbound) new message\(inbound == 1 ? "" : "s") in the queue") }
            }
        }
        return effects
    }
}
