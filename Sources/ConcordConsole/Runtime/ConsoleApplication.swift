import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Connects the pure console (state, reducer, view) to the world: terminal events come in,
/// effects are carried out against the store, results go back through the reducer.
///
/// Store reads are synchronous here: they are indexed and bounded (a page of the queue, a
/// page of one customer's timeline), so they finish well inside a frame.
public final class ConsoleApplication: TerminalApplication {
    public private(set) var state: ConsoleState
    private let store: any Store
    private let clock: @Sendable () -> Date
    /// Built once from the session's phrasebooks and answer books (the launcher loads them,
    /// shipped files with the team's own over them); nil shows no phrases or answers.
    private var suggester: ReplySuggester?
    /// Phrasebooks still loading in the background (the running console); taken on first use.
    private var loadingSuggester: BackgroundSuggester?
    /// One per session: it remembers the facts of earlier messages between checks.
    private let checker = ConsistencyChecker()

    /// Whether slow reads (suggestions, draft checks) wait until no key is pending.
    private let defersSlowWork: Bool
    /// Slow effects postponed until the keys stop, oldest first.
    private var deferred: [ConsoleEffect] = []
    /// The selection's neighbours, read ahead when nothing else is waiting (the running console).
    private var prefetch = NeighbourPrefetch()
    /// How many times this console wrote to the store: read-ahead from before a write is not used.
    private var writes = 0
    /// The signed-in agent's record (team, role), read on the first team sync.
    private var me: Agent?
    /// The focus last written to the store's presence, and when. A team sync after a store change
    /// re-reads who else is there, but writes again only when the focus changed or a heartbeat
    /// passed (a report stays fresh for three): fifty consoles rewriting an unchanged row at every
    /// change queue behind ingest's writes (Benchmarks/load.sh).
    private var reported: (focus: TeamActivity.Focus?, at: Date)?

    /// - Parameter defersSlowWork: postpone the suggestions and draft checks until no key is
    ///   waiting (the running console); off, every effect runs at once (snapshot tests).
    private let themes: ThemeProvider
    /// The terminal to lend to the agent's editor for email replies (nil in tests: the editor runs as is).
    private let terminal: (any TerminalSuspending)?
    private let editor: ExternalEditor

    public init(state: ConsoleState, store: any Store, suggester: ReplySuggester? = nil, loadingSuggester: BackgroundSuggester? = nil,
                defersSlowWork: Bool = false, liveRefreshInterval: Duration = .zero,
                themes: ThemeProvider = .builtIn, terminal: (any TerminalSuspending)? = nil, editor: ExternalEditor = ExternalEditor(),
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.themes = themes
        self.terminal = terminal
        self.editor = editor
        self.state = state
        self.store = store
        self.suggester = suggester
        self.loadingSuggester = loadingSuggester
        self.defersSlowWork = defersSlowWork
        self.clock = clock
        pacer = StoreRefreshPacer(interval: liveRefreshInterval)
    }

    /// How often at most the running console reads the store again for other processes' changes
    /// while they keep coming (`liveRefreshInterval`; see `StoreRefreshPacer`).
    public static let liveRefreshInterval: Duration = .milliseconds(250)
    private var pacer: StoreRefreshPacer
    /// How many times this console read the store for other processes' changes (the load benchmark counts them).
    public var storeRefreshes: Int { pacer.refreshes }

    /// Raised from the store's change watch (another thread); the next wake-up reads the store again.
    public let storeChanges = StoreChangeInbox()

    public var hasIdleWork: Bool { !deferred.isEmpty || prefetch.hasWork }

    /// Suggestions and draft checks take a few milliseconds once the phrasebooks are loaded,
    /// so the frame waits for them; while the phrasebooks still load, it is drawn first.
    public var idleWorkIsBrief: Bool {
        switch deferred.first {
        case .loadSuggestions?: suggester != nil || loadingSuggester?.isReady == true
        case .checkDraft?: true
        default: false
        }
    }

    public func performIdleWork() throws -> LoopDecision {
        guard !deferred.isEmpty else {
            readAhead()
            return .unchanged
        }
        let effect = deferred.removeFirst()
        // Suggestions for a conversation the agent has already moved past are not worth computing.
        if case .loadSuggestions(let conversation) = effect, conversation != state.focusedConversation { return .unchanged }
        if let result = perform(effect) { return run(ConsoleReducer.reduce(&state, result)) ? .quit(exitCode: 0) : .continue }
        return .continue
    }

    /// Runs every postponed effect now (tests, and before a snapshot of a settled screen).
    public func settle() {
        while !deferred.isEmpty { _ = try? performIdleWork() }
    }

    private static func isSlow(_ effect: ConsoleEffect) -> Bool {
        switch effect {
        case .loadSuggestions, .checkDraft, .completeQueuePage, .syncTeam: true
        default: false
        }
    }

    public var tickInterval: Duration? { .seconds(1) }

    /// A store change held back by the pacing is read once its interval has passed.
    public var wakeupIsDue: Bool { pacer.holdsDueChange() }

    /// Loads the first screen's data; call before running the loop (or rendering a snapshot).
    public func start() {
        ConsoleReducer.syncLayout(&state)
        dispatch(.started)
    }

    public func handle(_ event: TerminalEvent) throws -> LoopDecision {
        switch event {
        case .key(let key):
            let before = state.queue.list.selected
            if dispatch(.key(key)) { return .quit(exitCode: 0) }
            if defersSlowWork, let after = state.queue.list.selected, after != before {
                prefetch.plan(around: after, in: state.queue.rows, direction: after - (before ?? after))
            }
        case .resize(let size):
            dispatch(.resize(size))
        case .tick:
            // Waits and countdowns move with the clock; the backend sends only the cells that changed.
            // A change the pacing held back is read with the tick's own poll, in one run (read once).
            var effects = ConsoleReducer.reduce(&state, .tick(clock()))
            if let change = pacer.atTick(storeChanges.take()) { effects += ConsoleReducer.reduce(&state, .storeChanged(change)) }
            if run(effects) { return .quit(exitCode: 0) }
        case .wakeup:
            guard let change = pacer.atWakeup(storeChanges.take()) else { return .unchanged }
            dispatch(.storeChanged(change))
        case .mouse:
            return .unchanged
        }
        return .continue
    }

    public func render(into canvas: inout Canvas) {
        if canvas.size != state.size {
            dispatch(.resize(canvas.size))
        }
        ConsoleView.render(state, into: &canvas)
    }

    /// Reduces an action and runs the effects it asks for, feeding results back in.
    /// - Returns: whether the console should quit.
    @discardableResult
    public func dispatch(_ action: ConsoleAction) -> Bool {
        run(ConsoleReducer.reduce(&state, action))
    }

    /// Carries out effects, feeding their results back through the reducer. A read made once in
    /// a run is not made again unless the console wrote since: after a store change the reducer
    /// asks for the queue and the open customer for the change and again for the messages it
    /// brought, and a commit after the first read raises `storeChanges` again anyway.
    private func run(_ effects: [ConsoleEffect]) -> Bool {
        var pending = effects
        var quit = false
        var read: Set<ConsoleEffect> = []
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if effect == .quit {
                quit = true
                continue
            }
            if defersSlowWork, Self.isSlow(effect) {
                deferred.removeAll { $0 == effect }
                deferred.append(effect)
                continue
            }
            if Self.writesToStore(effect) {
                read.removeAll()
            } else if Self.repeatsRead(effect), !read.insert(effect).inserted || Self.queueRead(effect, isCoveredBy: read) {
                continue
            }
            if let result = perform(effect) {
                pending += ConsoleReducer.reduce(&state, result)
            }
        }
        return quit
    }

    /// Reads one neighbour of the selection ahead: its customer and, when the pane shows them,
    /// its suggestions. Nothing is drawn; the next move to it finds them ready.
    private func readAhead() {
        guard let item = prefetch.nextPending(), let stamp = try? currentStamp() else { return }
        let customer = item.conversation.customerID
        if !prefetch.hasDetail(customer, at: stamp),
           let detail = try? DetailLoader.load(customer: customer, from: store, now: state.now) {
            prefetch.keep(detail, at: stamp)
        }
        // Suggestions only once the phrasebooks are in, and only where they are shown.
        guard let suggester, state.layout.panes[.suggestions] != nil,
              !prefetch.hasSuggestions(item.id, at: stamp) else { return }
        if let suggestions = try? suggestions(for: item.id, with: suggester) { prefetch.keep(suggestions, for: item.id, at: stamp) }
    }

    private func currentStamp() throws -> NeighbourPrefetch.Stamp {
        NeighbourPrefetch.Stamp(latestMessage: try store.latestMessageID(), writes: writes)
    }

    /// The suggestions for `conversation` as the store has it now; nil when it has nothing to answer.
    private func suggestions(for conversation: ConversationID, with suggester: ReplySuggester) throws -> ReplySuggestions? {
        guard let basis = try store.replyBasis(for: conversation, policies: state.policies, agentName: state.presentation.agentName,
                                               now: state.now, sla: conversation == state.focusedConversation ? state.sla : nil) else {
            return nil
        }
        return suggester.suggest(basis.request)
    }

    /// Whether the queue rows `effect` asks for were read already in this run: with the whole
    /// page, or with the rows of the same customers or more (the store change, then the
    /// messages it brought).
    private static func queueRead(_ effect: ConsoleEffect, isCoveredBy read: Set<ConsoleEffect>) -> Bool {
        guard case .loadQueueRows(let wanted) = effect, let customers = wanted.customers else { return false }
        return read.contains { earlier in
            switch earlier {
            case .loadQueue(_, let append): !append
            case .loadQueueRows(let query): query != wanted && query.customers.map(customers.isSubset(of:)) == true
            default: false
            }
        }
    }

    /// Reads whose second asking in one run, with no write between, would read the same rows.
    private static func repeatsRead(_ effect: ConsoleEffect) -> Bool {
        switch effect {
        case .loadQueue(_, let append): !append
        case .loadQueueRows: true
        case .loadDetail, .loadSLA, .loadDraft, .loadRoutes, .pollActivity: true
        default: false
        }
    }

    /// Whether an effect changes the store (read-ahead from before it is not used after it).
    private static func writesToStore(_ effect: ConsoleEffect) -> Bool {
        switch effect {
        case .saveDraft, .addPromise, .revisePromiseDue, .settlePromise, .assign, .setStatus, .merge, .rejectMerge, .undoMerge,
             .sendReply, .addNote, .setPriority, .tag:
            true
        default:
            false
        }
    }

    private func perform(_ effect: ConsoleEffect) -> ConsoleAction? {
        if Self.writesToStore(effect) { writes += 1 }
        do {
            switch effect {
            case .loadQueue(let query, let append):
                let rows = try store.queue(query)
                let total = append ? state.queue.total : try store.queueCount(query)
                return .queueLoaded(rows, total: total, append: append)
            case .loadQueueRows(let query):
                var whole = query
                whole.customers = nil
                return .queueRowsLoaded(customers: query.customers ?? [], try store.queue(query), total: try store.queueCount(whole))
            case .completeQueuePage(let query):
                // Postponed: skipped if the queue was loaded anew since (another filter or order).
                var current = ConsoleReducer.queueQuery(state, offset: state.queue.rows.count, limit: query.limit)
                current.asOf = query.asOf
                guard current == query else { return nil }
                return .queueLoaded(try store.queue(query), total: state.queue.total, append: true)
            case .loadDetail(let customer):
                if let held = try prefetch.takeDetail(customer, at: currentStamp) { return .detailLoaded(held) }
                guard let detail = try DetailLoader.load(customer: customer, from: store, now: state.now) else {
                    return .failed("Customer \(customer) no longer exists; press Ctrl-L to reload.")
                }
                return .detailLoaded(detail)
            case .loadSLA(let conversation):
                return try store.sla(of: conversation, policies: state.policies).map(ConsoleAction.slaLoaded)
            case .loadOlderMessages(let customer, let cursor):
                let (messages, hasMore) = try DetailLoader.older(customer: customer, before: cursor, from: store)
                return .olderMessagesLoaded(customer, messages, hasMore: hasMore)
            case .loadSuggestions(let conversation):
                if suggester == nil, let loading = loadingSuggester {
                    loadingSuggester = nil
                    switch loading.wait() {
                    case .success(let loaded): suggester = loaded
                    case .failure(let error):
                        return .failed("Suggestions are off: the phrasebooks or answer books have mistakes (\(error)); "
                            + "concord suggest --text hello shows them in full.")
                    }
                }
                guard let suggester else { return .suggestionsLoaded(conversation, nil) }
                if let held = try prefetch.takeSuggestions(conversation, at: currentStamp) {
                    return .suggestionsLoaded(conversation, held)
                }
                return .suggestionsLoaded(conversation, try suggestions(for: conversation, with: suggester))
            case .loadDraft(let conversation):
                return .draftLoaded(conversation, try store.draft(for: conversation))
            case .saveDraft(let draft):
                try store.write { writer in
                    if draft.isBlank { try writer.deleteDraft(draft.conversationID) } else { try writer.saveDraft(draft) }
                }
                return try checked(draft)
            case .checkDraft(let draft):
                return try checked(draft)
            case .addPromise(let conversation, let text):
                let reader = try PromiseDueReader(conversation: conversation, store: store, policies: state.policies)
                let read = try reader.promise(text, due: nil, at: state.now)
                let promise = try store.write { writer in
                    try writer.recordPromise(conversation: conversation, message: nil, text: read.text, madeAt: state.now,
                                             dueAt: read.dueAt, state: .open, closedAt: nil, kind: read.kind)
                }
                let due = state.presentation.clock.dayAndTime(promise.dueAt)
                return .promiseChanged(promise, "Promise recorded, due \(due) (\(DurationText.relative(promise.dueAt, to: state.now)))")
            case .revisePromiseDue(let id, let words):
                guard let existing = try store.promise(id) else { return .failed("That promise is gone; press Ctrl-L to reload.") }
                let reader = try PromiseDueReader(conversation: existing.conversationID, store: store, policies: state.policies)
                let dueAt = try reader.due(words, at: state.now)
                let promise = try store.write { try $0.revisePromise(id, text: nil, dueAt: dueAt) }
                return .promiseChanged(promise, "Promise now due \(state.presentation.clock.dayAndTime(dueAt))")
            case .settlePromise(let id, let target):
                let promise = try store.write { try $0.settlePromise(id, as: target, at: state.now) }
                let said = switch target {
                case .kept: "Promise kept"
                case .broken: "Promise marked broken: tell the customer, and make a new one they can rely on"
                case .open: "Promise open again"
                }
                return .promiseChanged(promise, said)
            case .loadCompletions:
                return .completionsLoaded(agents: try store.agents().map(\.login).sorted(), themes: themes.names,
                                          agent: try signedInAgent())
            case .assign(let conversations, let assignee):
                let agent: Agent? = switch assignee {
                case .me: try signedInAgent().flatMap { _ in try store.agent(login: state.presentation.agentLogin) }
                case .nobody: nil
                case .login(let login):
                    try store.agent(login: login) ?? {
                        let known = try store.agents().map { "@" + $0.login }.joined(separator: ", ")
                        throw ConsoleRuntimeError("There is no agent @\(login)" + (known.isEmpty ? "." : "; there are \(known)."))
                    }()
                }
                let actor = try signedInAgentRecord()
                try writeEach(conversations) { writer, id in
                    let before = try writer.conversationForUpdate(id)?.assignee
                    let after = try writer.assign(conversation: id, to: agent?.id, expectedVersion: nil)
                    if let actor, before != after.assignee, before != nil || agent?.id != actor.id {
                        // Taking an unowned conversation yourself is a claim, not a reassignment.
                        try writer.recordAudit(.conversation(id, .reassign, by: actor, at: state.now,
                                                             detail: "to \(agent.map { "@" + $0.login } ?? "nobody")"))
                    }
                }
                let whom = agent.map { $0.login == state.presentation.agentLogin ? "you" : "@\($0.login)" } ?? "nobody"
                return .conversationsChanged("\(Self.count(conversations)) assigned to \(whom)")
            case .setStatus(let conversations, let status):
                try writeEach(conversations) { _ = try $0.setStatus(conversation: $1, to: status, at: state.now, expectedVersion: nil) }
                return .conversationsChanged("\(Self.count(conversations)) now \(status.label)")
            case .merge(let merged, let survivor, let suggestion):
                let actor = try signedInAgentRecord()
                let merge = try store.write { writer in
                    let merge = try writer.merge(merged, into: survivor, at: state.now)
                    if let suggestion { try writer.setMergeSuggestion(suggestion, to: .accepted) }
                    if let actor {
                        try writer.recordAudit(.customer(survivor, .merge, by: actor, at: state.now,
                                                         detail: "merged customer \(merged) (merge \(merge.id))"))
                    }
                    return merge
                }
                return .customersChanged("Merged customer \(merged) into \(survivor): \(merge.conversations.count) conversation(s), "
                    + "\(merge.identities.count) identit\(merge.identities.count == 1 ? "y" : "ies"); U on the card undoes it", show: survivor)
            case .rejectMerge(let suggestion):
                try store.write { try $0.setMergeSuggestion(suggestion, to: .rejected) }
                let said = "Merge suggestion turned down; it will not be offered again"
                guard let shown = state.detail?.customer.id else { return .conversationsChanged(said) }
                return .customersChanged(said, show: shown)
            case .undoMerge(let id):
                let actor = try signedInAgentRecord()
                let merge = try store.write { writer in
                    let merge = try writer.undoMerge(id, at: state.now)
                    if let actor {
                        try writer.recordAudit(.customer(merge.survivor, .undoMerge, by: actor, at: state.now,
                                                         detail: "customer \(merge.merged) split off again (merge \(id))"))
                    }
                    return merge
                }
                return .customersChanged("Merge undone: customer \(merge.merged) is on their own again", show: merge.survivor)
            case .loadTheme(let name):
                return .themeLoaded(try themes.load(name), name: name)
            case .goto(let id, let message):
                guard let conversation = try store.conversation(id) else {
                    return .failed("There is no conversation #\(id).")
                }
                return .conversationFound(conversation, message: message)
            case .search(let words):
                return .searchLoaded(words, try store.search(SearchQuery(words, limit: 200)))
            case .revealMessage(let customer, let target):
                // Older pages until the message is among them (a search hit far back in a long history).
                var loaded = state.detail?.messages ?? []
                var hasMore = true
                var older: [Message] = []
                for _ in 0..<50 where hasMore && !loaded.contains(where: { $0.id == target }) {
                    guard let oldest = loaded.first else { break }
                    let (page, more) = try DetailLoader.older(customer: customer, before: TimelineCursor(oldest), from: store)
                    older = page + older
                    loaded = page + loaded
                    hasMore = more
                }
                return .olderMessagesLoaded(customer, older, hasMore: hasMore)
            case .pollActivity(let since):
                let latest = try store.latestMessageID()
                guard let since, let latest, latest != since else { return since == nil ? .activity(latest: latest, []) : nil }
                return .activity(latest: latest, try store.messages(after: since, limit: 50))
            case .loadRoutes(let conversation):
                return .routesLoaded(conversation, try store.replyRoutes(for: conversation))
            case .sendReply(let draft, let route, let confirmed):
                let warnings = try store.draftWarnings(for: draft, checker: checker, policies: state.policies, now: state.now)
                if !confirmed, !warnings.isEmpty { return .sendNeedsConfirmation(draft.conversationID, warnings) }
                let conversation = try store.conversation(draft.conversationID)
                let subject = route.channel == .email ? EmailReplyQuoter.replySubject(conversation?.subject) : nil
                let reply = OutgoingReply(conversationID: draft.conversationID, route: route, subject: subject, body: draft.text,
                                          author: .agent(state.presentation.agentName, id: try signedInAgent()),
                                          warnings: warnings.map(\.message), basis: draft.basis)
                do {
                    let sent = try store.write { try $0.sendReply(reply, at: state.now) }
                    return .replySent(sent, warnings: warnings.count)
                } catch ReplyError.staleDraft(let conversation, let stale) {
                    return .replyHeld(conversation, stale)
                }
            case .addNote(let conversation, let text):
                _ = try store.write { writer in
                    try writer.addNote(conversation: conversation, text: text,
                                       author: .agent(state.presentation.agentName, id: try signedInAgent()), at: state.now)
                }
                return .conversationsChanged("Internal note added to #\(conversation)")
            case .setPriority(let conversations, let priority):
                try writeEach(conversations) { _ = try $0.setPriority(conversation: $1, to: priority, at: state.now, expectedVersion: nil) }
                return .conversationsChanged("\(Self.count(conversations)) now \(priority.label) priority")
            case .tag(let conversations, let adding, let removing):
                try writeEach(conversations) { _ = try $0.tag(conversation: $1, adding: adding, removing: removing, at: state.now) }
                let change = (adding.map { "+" + $0 } + removing.map { "-" + $0 }).joined(separator: " ")
                return .conversationsChanged("\(Self.count(conversations)) tagged \(change)")
            case .editInEditor(let draft, _):
                let template = try editorTemplate(for: draft)
                let edited = try terminal.map { terminal in try terminal.suspend { try editor.edit(template, name: "reply-\(draft.conversationID)") } }
                    ?? editor.edit(template, name: "reply-\(draft.conversationID)")
                return .draftEdited(draft.conversationID, edited)
            case .syncTeam:
                return try syncTeam()
            case .quit:
                return nil
            }
        } catch {
            return .failed("\(error)")
        }
    }

    /// Reports where this console is, audits a first view of a customer, and reads who else is
    /// there and what the supervisors broadcast since the last look (see `ConsoleEffect.syncTeam`).
    private func syncTeam() throws -> ConsoleAction {
        let now = state.now
        guard let me = try signedInAgentRecord() else { return .teamLoaded(nil, [], [], seenUpTo: nil, audited: nil, at: now) }
        let focus = state.team.requested
        if reported.map({ $0.focus != focus || abs(now.timeIntervalSince($0.at)) >= Presence.heartbeat }) ?? true {
            try store.reportPresence(agent: me.id, conversation: focus?.conversation, activity: focus?.activity ?? .viewing, at: now)
            reported = (focus, now)
        }
        var audited: CustomerID?
        if let customer = focus?.customer, state.team.needsAudit(customer, at: now) {
            try store.recordAudit(.customer(customer, .viewCustomer, by: me, at: now, detail: "console"))
            audited = customer
        }
        let others = try focus.map { focus in
            try store.presence(of: focus.customer, freshSince: now.addingTimeInterval(-Presence.freshness)).filter { $0.agent != me.id }
        } ?? []
        let broadcasts = try store.broadcasts(after: state.team.lastBroadcast, limit: state.team.lastBroadcast == nil ? 10_000 : 50)
        return .teamLoaded(focus?.customer, others, broadcasts.filter { $0.team == nil || $0.team == me.team },
                           seenUpTo: broadcasts.last?.id, audited: audited, at: now)
    }

    /// The signed-in agent as the store has them (their team and role), read once.
    private func signedInAgentRecord() throws -> Agent? {
        if let me { return me }
        guard try signedInAgent() != nil else { return nil }
        me = try store.agent(login: state.presentation.agentLogin)
        return me
    }

    /// What the editor opens: the draft so far, then the customer's message quoted as mutt
    /// quotes it (once: a draft that already quotes it is opened as it is).
    private func editorTemplate(for draft: Draft) throws -> String {
        let messages = try store.messages(in: draft.conversationID)
        let inbound = messages.filter { $0.direction == .inbound }
        guard let quoted = inbound.last(where: { $0.channel == .email }) ?? inbound.last else { return draft.text }
        let zone = state.presentation.clock.timeZone
        if draft.text.contains(EmailReplyQuoter.attribution(quoted, timeZone: zone)) { return draft.text }
        let quote = EmailReplyQuoter.quoted(quoted, timeZone: zone)
        return draft.text.isEmpty ? "\n\n" + quote : draft.text + "\n\n" + quote
    }

    /// Changes each of `conversations` in one transaction (a batch command on the marked rows).
    private func writeEach(_ conversations: [ConversationID],
                           _ change: (any StoreWriter, ConversationID) throws -> Void) throws {
        try store.write { writer in
            for conversation in conversations { try change(writer, conversation) }
        }
    }

    /// The signed-in agent's id, recorded in the store the first time they use the console.
    private func signedInAgent() throws -> AgentID? {
        if let id = state.agentID { return id }
        let login = state.presentation.agentLogin
        if let agent = try store.agent(login: login) { return agent.id }
        return try store.write { writer in
            try writer.upsertAgent(login: login, name: state.presentation.agentName, languages: [], role: .agent, team: "support").id
        }
    }

    private static func count(_ conversations: [ConversationID]) -> String {
        conversations.count == 1 ? "#\(conversations[0])" : "\(conversations.count) conversations"
    }

    private func checked(_ draft: Draft) throws -> ConsoleAction {
        let warnings = try store.draftWarnings(for: draft, checker: checker, policies: state.policies, now: state.now)
        return .draftChecked(draft.conversationID, text: draft.text, warnings)
    }
}
