import ConcordKnowledge
import Foundation

/// Loads the phrasebooks and answer books for a command: the shipped ones with the user's
/// own files from $XDG_CONFIG_HOME/concord (or ~/.config/concord) laid over them. Notices go
/// to standard error, so JSON on standard output stays clean.
enum KnowledgeSetup {
    static func load() throws -> Knowledge {
        let knowledge: Knowledge
        do {
            knowledge = try KnowledgeLoader().load()
        } catch {
            throw CLIError("The phrasebooks or answer books have mistakes; fix them and try again:\n\(error.description)")
        }
        for notice in knowledge.notices {
            FileHandle.standardError.write(Data("concord: \(notice.description)\n".utf8))
        }
        return knowledge
    }
}
