import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The only place the supervisor screen's state changes: `reduce(state, action) -> [effects]`,
/// as the agent console's `ConsoleReducer` does. Pure, so every key is testable without a
/// terminal or a database; the effects say what to read or write.
public enum SupervisorReducer {
    /// How often the clock alone reads the store again (breaches come with time, not commits).
    public static let refreshInterval: TimeInterval = 5

    public static func reduce(_ state: inout SupervisorState, _ action: SupervisorAction) -> [SupervisorEffect] {
        switch action {
        case .started:
            syncLayout(&state)
            return reload(state)

        case .key(let key):
            return press(key, in: &state)

        case .command(let command):
            state.statusMessage = nil
            if state.showsHelp { return helpCommand(command, in: &state) }
            if state.picker != nil { return pickerCommand(command, in: &state) }
            if state.prompt != nil { return promptCommand(command, in: &state) }
            if state.timeline != nil { return timelineCommand(command, in: &state) }
            return paneCommand(command, in: &state)

        case .resize(let size):
            state.size = size
            syncLayout(&state)
            return []

        case .tick(let now):
            state.now = now
            guard now.timeIntervalSince(state.overview.asOf) >= refreshInterval || !state.isLoaded else { return [] }
            return reload(state)

        case .storeChanged:
            return reload(state)

        case .overviewLoaded(let overview):
            return overviewLoaded(overview, into: &state)

        case .conversationsLoaded(let items, let total, let scope):
            guard scope == state.scope else { return [] }
            let previous = state.selectedConversation?.id
            state.conversations = items
            state.conversationTotal = total
            state.conversationsScope = scope
            state.conversationList.setItemCount(items.count)
            if let previous, let index = items.firstIndex(where: { $0.id == previous }) {
                state.conversationList.select(index)
            }
            return []

        case .timelineLoaded(var timeline):
            timeline.layOut(width: timelineWidth(state), presentation: state.presentation)
            state.timeline = timeline
            return []

        case .changed(let message):
            state.statusMessage = StatusMessage(message)
            return reload(state)

        case .changeFailed(let message):
            state.statusMessage = StatusMessage(message, kind: .error)
            return reload(state)

        case .failed(let message):
            state.statusMessage = StatusMessage(message, kind: .error)
            return []
        }
    }

    /// Reads the overview and the scope's conversations again.
    static func reload(_ state: SupervisorState) -> [SupervisorEffect] {
        [.loadOverview(state.request), .loadConversations(state.conversationQuery, scope: state.scope)]
    }

    /// A key through the keymap: the modal contexts (help, picker, prompt, timeline) take their
    /// own keys alone; the panes fall back to the supervisor's global keys.
    private static func press(_ key: Key, in state: inout SupervisorState) -> [SupervisorEffect] {
        let keymap = state.presentation.keymap
        let bound: String?
        if state.showsHelp {
            bound = keymap.command(for: key, onlyIn: "supervise-help")
        } else if state.prompt != nil {
            bound = keymap.command(for: key, onlyIn: "supervise-prompt")
            if bound == nil {
                state.prompt?.editor.handle(key)
                return []
            }
        } else if state.picker != nil {
            bound = keymap.command(for: key, onlyIn: "supervise-picker")
        } else if state.timeline != nil {
            bound = keymap.command(for: key, onlyIn: "supervise-timeline")
            if bound == nil {
                state.statusMessage = StatusMessage("Read-only: this timeline cannot be answered or changed here; "
                                                    + "\(hint(.closeTimeline, in: "supervise-timeline", state)) closes it.")
                return []
            }
        } else {
            bound = keymap.command(for: key, in: state.focus.context)
        }
        guard let bound, let command = SupervisorCommand(rawValue: bound) else { return [] }
        return reduce(&state, .command(command))
    }

    /// The key bound to `command` in `context`, for a sentence ("Esc").
    static func hint(_ command: SupervisorCommand, in context: String, _ state: SupervisorState) -> String {
        let keys = state.presentation.keymap.keys(for: command.rawValue, in: context)
        return keys.first.map { KeyHints.display($0) } ?? command.rawValue
    }

    // MARK: Panes

    private static func paneCommand(_ command: SupervisorCommand, in state: inout SupervisorState) -> [SupervisorEffect] {
        switch command {
        case .quit:
            return [.quit]
        case .help:
            state.showsHelp = true
            state.helpTop = 0
            return []
        case .focusNext, .focusPrevious:
            let panes = SupervisorPane.allCases
            let index = panes.firstIndex(of: state.focus) ?? 0
            let step = command == .focusNext ? 1 : panes.count - 1
            return focus(panes[(index + step) % panes.count], in: &state)
        case .next, .previous, .pageDown, .pageUp, .first, .last:
            move(command, in: &state)
            return state.focus.isQueuePane ? followSelection(&state) : []
        case .refresh:
            return reload(state)
        case .open:
            return open(&state)
        case .back:
            return focus(state.queuePane, in: &state)
        case .reassign, .changePriority, .moveQueue:
            guard let item = state.selectedConversation else {
                state.statusMessage = StatusMessage("Select a conversation in the Conversations pane first.", kind: .error)
                return []
            }
            switch command {
            case .reassign:
                guard !state.overview.agents.isEmpty else {
                    state.statusMessage = StatusMessage("There are no agents in this store to give it to.", kind: .error)
                    return []
                }
                state.picker = .reassign(item.conversation, agents: state.overview.agents)
            case .changePriority:
                state.picker = .priority(item.conversation)
            default:
                state.picker = .queue(item.conversation, teams: state.overview.teams.compactMap {
                    if case .team(let name) = $0.scope { name } else { nil }
                })
            }
            return []
        case .broadcast:
            state.prompt = SupervisorPrompt(purpose: .broadcast(team: nil))
            return []
        case .broadcastTeam:
            guard case .team(let team) = state.scope else {
                state.statusMessage = StatusMessage("Select a team in the Teams pane first: "
                                                    + "\(hint(.broadcastTeam, in: state.focus.context, state)) writes to that team.",
                                                    kind: .error)
                return []
            }
            state.prompt = SupervisorPrompt(purpose: .broadcast(team: team))
            return []
        case .closeHelp, .closeTimeline, .choose, .cancel, .submitPrompt, .cancelPrompt:
            return []
        }
    }

    /// Focuses a pane; a queue pane also decides whose conversations are listed.
    private static func focus(_ pane: SupervisorPane, in state: inout SupervisorState) -> [SupervisorEffect] {
        state.focus = pane
        if pane.isQueuePane { state.queuePane = pane } else { state.lowerPane = pane }
        syncLayout(&state)
        return pane.isQueuePane ? followSelection(&state) : []
    }

    private static func move(_ command: SupervisorCommand, in state: inout SupervisorState) {
        func apply(_ list: inout ListState) {
            switch command {
            case .next: list.move(by: 1)
            case .previous: list.move(by: -1)
            case .pageDown: list.pageDown()
            case .pageUp: list.pageUp()
            case .first: list.home()
            case .last: list.end()
            default: break
            }
        }
        switch state.focus {
        case .teams: apply(&state.teamList)
        case .channels: apply(&state.channelList)
        case .conversations: apply(&state.conversationList)
        case .agents: apply(&state.agentList)
        }
    }

    /// The scope the queue pane's selection names; a new one lists its conversations.
    private static func followSelection(_ state: inout SupervisorState) -> [SupervisorEffect] {
        let scope = selectedScope(state)
        guard scope != state.scope else { return [] }
        state.scope = scope
        state.conversationList = ListState(itemCount: 0, visibleHeight: state.layout.listRows(.conversations))
        state.conversations = []
        state.conversationTotal = 0
        return [.loadConversations(state.conversationQuery, scope: scope)]
    }

    /// The scope selected in the queue pane that was focused last.
    static func selectedScope(_ state: SupervisorState) -> QueueHealth.Scope {
        if state.queuePane == .channels {
            guard let index = state.channelList.selected, state.overview.channels.indices.contains(index) else { return .all }
            return state.overview.channels[index].scope
        }
        let rows = state.teamRows
        guard let index = state.teamList.selected, rows.indices.contains(index) else { return .all }
        return rows[index].scope
    }

    private static func open(_ state: inout SupervisorState) -> [SupervisorEffect] {
        switch state.focus {
        case .teams, .channels:
            return focus(.conversations, in: &state)
        case .conversations:
            guard let item = state.selectedConversation else { return [] }
            return [.loadTimeline(item.id)]
        case .agents:
            guard let agent = state.selectedAgent else { return [] }
            guard let current = agent.current else {
                state.statusMessage = StatusMessage("@\(agent.agent.login) has no conversation on screen now.")
                return []
            }
            return [.loadTimeline(current.id)]
        }
    }

    // MARK: Results

    private static func overviewLoaded(_ overview: SupervisorOverview, into state: inout SupervisorState) -> [SupervisorEffect] {
        let team = state.teamList.selected.flatMap { state.teamRows.indices.contains($0) ? state.teamRows[$0].scope : nil }
        let channel = state.channelList.selected.flatMap {
            state.overview.channels.indices.contains($0) ? state.overview.channels[$0].scope : nil
        }
        let agent = state.selectedAgent?.id
        state.overview = overview
        state.isLoaded = true
        reselect(&state.teamList, count: state.teamRows.count, index: state.teamRows.firstIndex { $0.scope == team })
        reselect(&state.channelList, count: overview.channels.count, index: overview.channels.firstIndex { $0.scope == channel })
        reselect(&state.agentList, count: overview.agents.count, index: overview.agents.firstIndex { $0.id == agent })
        syncLayout(&state)
        return followSelection(&state)
    }

    /// Keeps the same row selected when it is still there (the list may have grown or shrunk).
    private static func reselect(_ list: inout ListState, count: Int, index: Int?) {
        list.setItemCount(count)
        if let index { list.select(index) } else if list.selected == nil, count > 0 { list.select(0) }
    }

    // MARK: Layout

    /// Gives each list the height its pane has now, and the open timeline its width.
    static func syncLayout(_ state: inout SupervisorState) {
        let layout = state.layout
        state.teamList.setVisibleHeight(layout.listRows(.teams))
        state.channelList.setVisibleHeight(layout.listRows(.channels))
        state.conversationList.setVisibleHeight(layout.listRows(.conversations))
        state.agentList.setVisibleHeight(layout.listRows(.agents))
        if var timeline = state.timeline {
            timeline.layOut(width: timelineWidth(state), presentation: state.presentation)
            state.timeline = timeline
        }
    }

    /// The timeline's text width: the body inside its border.
    static func timelineWidth(_ state: SupervisorState) -> Int {
        max(1, state.layout.body.width - 2)
    }

    /// The timeline's visible rows.
    static func timelineRows(_ state: SupervisorState) -> Int {
        max(1, state.layout.body.height - 2)
    }
}
