import ConcordConsole
import ConcordStore
import ConversationEngine

/// Looking up the conversation a triage or reply command names, with the error that says
/// where to find a right one.
enum ConversationArgument {
    /// The configuration, the existing store and the conversation `id` in it: how every
    /// command on one conversation starts.
    static func open(_ id: Int64, with options: StoreOptions)
        throws -> (configuration: ConcordConfiguration, store: any Store, conversation: Conversation) {
        let configuration = try options.loadConfiguration()
        let (store, _) = try options.openStore(configuration: configuration, mustExist: true)
        return (configuration, store, try load(id, in: store))
    }

    static func load(_ id: Int64, in store: any Store) throws -> Conversation {
        guard let conversation = try store.conversation(ConversationID(id)) else {
            throw CLIError("There is no conversation \(id); `concord queue` lists the open ones.")
        }
        return conversation
    }

    /// The JSON object the triage commands print for a changed conversation.
    static func object(_ conversation: Conversation, agents: [Agent]) -> [String: Any] {
        var object: [String: Any] = [
            "conversation": conversation.id.rawValue, "status": conversation.status.rawValue,
            "priority": conversation.priority.label, "tags": conversation.tags, "version": conversation.version,
            "queue": conversation.queue,
        ]
        object["assignee"] = conversation.assignee.flatMap { id in agents.first { $0.id == id }?.login }
        return object
    }
}
