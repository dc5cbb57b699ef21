import TOMLKit

/// Key bindings per context, in the spirit of aerc's `binds.conf` sections and tig's
/// `bind <keymap> <key> <action>`: each context ("queue", "timeline", "card", "help", …)
/// maps keys to command names, and a lookup falls back to the "global" context. The app
/// supplies defaults and the set of valid commands; users override in their config:
///
/// ```toml
/// [keys.queue]
/// "j" = "next"
/// "<C-d>" = "page-down"
/// "x" = "none"          # unbind
/// [keys.global]
/// "<F1>" = "help"
/// ```
///
/// ```swift
/// var keymap = try Keymap(defaults: ["global": ["q": "quit", "?": "help"], "queue": ["j": "next"]],
///                         validCommands: ["quit", "help", "next"])
/// try keymap.applyOverrides(fromTOML: configText, file: configPath)
/// keymap.command(for: .char("j"), in: "queue")   // "next"
/// ```
public struct Keymap: Hashable, Sendable {
    /// The context every lookup falls back to.
    public static let globalContext = "global"
    /// The override value that removes a binding.
    public static let unbindCommand = "none"

    private var contexts: [String: [Key: String]]
    public let validCommands: Set<String>

    /// Builds a keymap from the app's defaults (context → key notation → command).
    /// - Throws: ``KeymapError`` when a default uses a bad notation or an unknown command
    ///   (a programming error the app's tests catch).
    public init(defaults: [String: [String: String]], validCommands: Set<String>) throws(KeymapError) {
        self.validCommands = validCommands
        self.contexts = [Keymap.globalContext: [:]]
        for context in defaults.keys.sorted() {
            contexts[context, default: [:]] = [:]
            for (notation, command) in defaults[context] ?? [:] {
                try bind(notation, to: command, in: context)
            }
        }
    }

    /// The contexts this keymap knows, "global" first.
    public var contextNames: [String] {
        [Keymap.globalContext] + contexts.keys.filter { $0 != Keymap.globalContext }.sorted()
    }

    /// The command for `key` in `context`, falling back to "global"; nil when unbound.
    public func command(for key: Key, in context: String) -> String? {
        let normalised = KeySpec(key).key
        if let command = contexts[context]?[normalised] { return command }
        return contexts[Keymap.globalContext]?[normalised]
    }

    /// The command for `key` in `context` alone, without the global fallback: for modes in
    /// which every other key is text (an editor), so typing "q" never quits.
    public func command(for key: Key, onlyIn context: String) -> String? {
        contexts[context]?[KeySpec(key).key]
    }

    /// The bindings defined in one context (without the global fallbacks), sorted by key:
    /// the data for the generated help overlay.
    public func bindings(in context: String) -> [KeyBinding] {
        (contexts[context] ?? [:])
            .map { KeyBinding(key: KeySpec($0.key), command: $0.value) }
            .sorted { $0.key < $1.key }
    }

    /// The keys bound to `command` in `context` (or globally), sorted: for hints such as
    /// "? help" in the status bar.
    public func keys(for command: String, in context: String) -> [KeySpec] {
        var result: [KeySpec] = []
        for scope in [context, Keymap.globalContext] {
            for (key, bound) in contexts[scope] ?? [:] where bound == command {
                // A context binding hides the global one for the same key.
                if scope == Keymap.globalContext, contexts[context]?[key] != nil, context != scope { continue }
                result.append(KeySpec(key))
            }
        }
        return Array(Set(result)).sorted()
    }

    /// Whether a bound value is a command line (":tag vip") rather than a command name: keys can
    /// carry a command with its arguments, as vim's and aerc's `:` bindings do.
    public static func isCommandLine(_ value: String) -> Bool {
        value.hasPrefix(":") && value.count > 1
    }

    /// Every key bound to a command line, for the app to check each line once at start-up and
    /// report a mistake with its key and context.
    public var commandLines: [(context: String, key: KeySpec, line: String)] {
        contexts.keys.sorted().flatMap { context in
            (contexts[context] ?? [:]).filter { Keymap.isCommandLine($0.value) }
                .map { (context: context, key: KeySpec($0.key), line: $0.value) }
                .sorted { $0.key < $1.key }
        }
    }

    /// Binds (or with "none" unbinds) one key.
    public mutating func bind(_ notation: String, to command: String, in context: String) throws(KeymapError) {
        let spec: KeySpec
        do {
            spec = try KeySpec(parsing: notation)
        } catch {
            throw error.inContext(context)
        }
        if command == Keymap.unbindCommand {
            contexts[context, default: [:]][spec.key] = nil
            return
        }
        // A command line (":assign @me") is the app's to check: see `commandLines`.
        guard validCommands.contains(command) || Keymap.isCommandLine(command) else {
            throw .unknownCommand(command, key: notation, context: context, available: validCommands.sorted())
        }
        contexts[context, default: [:]][spec.key] = command
    }

    /// Applies user overrides (context → key notation → command or "none"). Contexts must
    /// be ones the defaults define, so a typo such as `[keys.queu]` is reported instead of
    /// silently ignored. All entries are checked before any is applied.
    public mutating func applyOverrides(_ overrides: [String: [String: String]]) throws(KeymapError) {
        var updated = self
        for context in overrides.keys.sorted() {
            guard contexts[context] != nil else {
                throw .unknownContext(context, available: contextNames)
            }
            let entries = (overrides[context] ?? [:]).sorted { $0.key < $1.key }
            for (notation, command) in entries {
                try updated.bind(notation, to: command, in: context)
            }
        }
        self = updated
    }

    /// Applies the `[keys.<context>]` tables of a TOML document (the user's config file).
    /// Other tables in the document are ignored.
    /// - Parameter file: named in error messages.
    public mutating func applyOverrides(fromTOML text: String, file: String) throws(KeymapError) {
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(text)
        } catch {
            throw .malformed(file: file, line: error.line, reason: error.reason)
        }
        try applyOverrides(Keymap.overrides(in: table, file: file))
    }

    /// Extracts context → key → command from a parsed document's `keys` table.
    public static func overrides(in document: TOMLTable, file: String) throws(KeymapError) -> [String: [String: String]] {
        guard let keysValue = document["keys"] else { return [:] }
        guard let keys = keysValue.table else {
            throw .malformed(file: file, line: nil, reason: "'keys' must be a table of [keys.<context>] tables")
        }
        var result: [String: [String: String]] = [:]
        for (context, value) in keys {
            guard let bindings = value.table else {
                throw .malformed(file: file, line: nil, reason: "'keys.\(context)' must be a table like [keys.\(context)]")
            }
            var entries: [String: String] = [:]
            for (notation, commandValue) in bindings {
                guard let command = commandValue.string else {
                    throw .malformed(file: file, line: nil,
                                     reason: "the binding for '\(notation)' in [keys.\(context)] must be a command name in quotes")
                }
                entries[notation] = command
            }
            result[context] = entries
        }
        return result
    }
}
