import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The modal parts of the supervisor screen: help, the picker, the typed prompt and the
/// read-only timeline. Each takes the commands of its own keymap context only.
extension SupervisorReducer {
    static func helpCommand(_ command: SupervisorCommand, in state: inout SupervisorState) -> [SupervisorEffect] {
        switch command {
        case .closeHelp, .help: state.showsHelp = false
        case .next:
            let (lines, visible) = SupervisorOverlays.helpLines(state)
            state.helpTop = min(state.helpTop + 1, max(0, lines.count - visible))
        case .previous: state.helpTop = max(0, state.helpTop - 1)
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    static func pickerCommand(_ command: SupervisorCommand, in state: inout SupervisorState) -> [SupervisorEffect] {
        guard var picker = state.picker else { return [] }
        switch command {
        case .next: picker.list.move(by: 1)
        case .previous: picker.list.move(by: -1)
        case .first: picker.list.home()
        case .last: picker.list.end()
        case .cancel:
            state.picker = nil
            return []
        case .choose:
            state.picker = nil
            return choose(picker, in: &state)
        case .quit:
            return [.quit]
        default:
            break
        }
        state.picker = picker
        return []
    }

    /// What choosing an entry does: a change to store, or the next question.
    private static func choose(_ picker: SupervisorPicker, in state: inout SupervisorState) -> [SupervisorEffect] {
        let conversation = picker.conversation
        switch picker.selectedChoice {
        case .agent(let agent)?:
            guard agent?.id != conversation.assignee else {
                state.statusMessage = StatusMessage(agent.map { "#\(conversation.id) is already @\($0.agent.login)'s." }
                                                    ?? "#\(conversation.id) is already unassigned.")
                return []
            }
            return [.reassign(conversation.id, to: agent?.id, expectedVersion: conversation.version)]
        case .priority(let priority)?:
            guard priority != conversation.priority else {
                state.statusMessage = StatusMessage("#\(conversation.id) is already \(priority.label) priority.")
                return []
            }
            return [.setPriority(conversation.id, priority)]
        case .queue(let queue)?:
            return [.moveToQueue(conversation.id, queue)]
        case .otherQueue?:
            state.prompt = SupervisorPrompt(purpose: .queueName(conversation))
            return []
        case nil:
            return []
        }
    }

    static func promptCommand(_ command: SupervisorCommand, in state: inout SupervisorState) -> [SupervisorEffect] {
        guard let prompt = state.prompt else { return [] }
        switch command {
        case .cancelPrompt:
            state.prompt = nil
            if case .broadcast = prompt.purpose { state.statusMessage = StatusMessage("Nothing sent.") }
            return []
        case .submitPrompt:
            state.prompt = nil
            let text = prompt.editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch prompt.purpose {
            case .broadcast(let team):
                guard !text.isEmpty else {
                    state.statusMessage = StatusMessage("Nothing sent: the note was empty.")
                    return []
                }
                return [.broadcast(text, team: team)]
            case .queueName(let conversation):
                guard !text.isEmpty else { return [] }
                guard text != conversation.queue else {
                    state.statusMessage = StatusMessage("#\(conversation.id) is already in \(text).")
                    return []
                }
                return [.moveToQueue(conversation.id, text)]
            }
        default:
            return []
        }
    }

    static func timelineCommand(_ command: SupervisorCommand, in state: inout SupervisorState) -> [SupervisorEffect] {
        guard var timeline = state.timeline else { return [] }
        let rows = timelineRows(state)
        let bottom = max(0, timeline.document.lines.count - rows)
        let top = min(timeline.top ?? bottom, bottom)
        switch command {
        case .next: timeline.top = min(bottom, top + 1)
        case .previous: timeline.top = max(0, top - 1)
        case .pageDown: timeline.top = min(bottom, top + max(1, rows - 1))
        case .pageUp: timeline.top = max(0, top - max(1, rows - 1))
        case .first: timeline.top = 0
        case .last: timeline.top = nil
        case .closeTimeline:
            state.timeline = nil
            return []
        case .help:
            state.showsHelp = true
            state.helpTop = 0
        case .quit:
            return [.quit]
        default:
            break
        }
        // At the bottom the view follows the newest message again.
        if timeline.top == bottom { timeline.top = nil }
        state.timeline = timeline
        return []
    }
}
