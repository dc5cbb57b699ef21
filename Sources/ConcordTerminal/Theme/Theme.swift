import TOMLKit

/// Named styles loaded from a TOML theme file (themes/*.toml). Views ask for styles by
/// dotted name (`theme.style("queue.row.selected")`) and never hard-code colours, so the
/// whole console can be re-coloured, degraded for 8-colour terminals, or drained of colour
/// for `NO_COLOR`.
///
/// Lookup falls back by dropping the last dotted segment ("queue.row.selected" →
/// "queue.row" → "queue" → "default"), so themes can be sparse; the style found is layered
/// over `default` (``Style/patched(with:)``), so a style that only sets a foreground keeps
/// the default background.
///
/// File format:
/// ```toml
/// name = "default"
/// description = "Dark-friendly colours"
/// [styles]
/// "default" = { fg = "default", bg = "default" }
/// "list.selected" = { fg = "black", bg = "cyan", bold = true }
/// "queue.wait.overdue" = { fg = "#ff5f5f", bold = true }
/// ```
/// Colours: `default`, black, red, green, yellow, blue, magenta, cyan, white, their
/// `bright-` variants, `color0`…`color255`, `#rrggbb`. Attributes: bold, dim, italic,
/// underline, reverse. Bare dotted keys (`queue.row.fg = "red"`) nest and work too.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: String?
    /// Style name → style, as written in the file (not yet patched over `default`).
    public private(set) var styles: [String: Style]

    public init(name: String, description: String? = nil, styles: [String: Style]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    /// The style for a dotted name, with fallback (see the type's documentation).
    public func style(_ name: String) -> Style {
        let base = styles["default"] ?? .plain
        var key = Substring(name)
        while true {
            if let found = styles[String(key)] {
                return key == "default" ? found : base.patched(with: found)
            }
            guard let dot = key.lastIndex(of: ".") else { return base }
            key = key[..<dot]
        }
    }

    /// Whether the theme defines `name` itself (without fallback).
    public func defines(_ name: String) -> Bool {
        styles[name] != nil
    }

    /// The theme with every style degraded to what the terminal shows (see ``ColorDegrader``).
    public func degraded(to support: ColorSupport) -> Theme {
        Theme(name: name, description: description, styles: styles.mapValues { ColorDegrader.degrade($0, to: support) })
    }

    /// Every style name the console and the supervisor screen use; `themes/default.toml` defines them all.
    public static let knownStyleNames: [String] = [
        "default", "pane.border", "pane.border.focused", "pane.title", "pane.title.focused",
        "list.selected", "list.selected.unfocused", "status", "status.key", "status.alert",
        "queue.row", "queue.wait.long", "queue.wait.overdue", "queue.status.new", "queue.status.open",
        "queue.status.pending", "channel.email", "channel.chat", "channel.phone", "channel.sms",
        "channel.social", "channel.note", "timeline.time", "timeline.author", "timeline.inbound",
        "timeline.outbound", "timeline.internal", "timeline.current", "timeline.other", "timeline.call",
        "timeline.subject", "card.name", "card.label", "card.value", "card.promise.open",
        "card.promise.overdue", "card.promise.kept", "suggest.title", "suggest.text", "help.key",
        "help.text", "help.section", "input", "input.prompt", "error", "dim",
        "supervisor.column", "supervisor.sla.ontime", "supervisor.sla.risk", "supervisor.sla.breached", "supervisor.spark",
        "supervisor.satisfaction", "supervisor.agent.available", "supervisor.agent.busy", "supervisor.agent.away",
        "supervisor.readonly",
    ]

    /// Parses a theme file.
    /// - Parameters:
    ///   - text: the TOML document.
    ///   - file: the file's path or name, used in error messages and as the theme's name
    ///     when the document has no `name`.
    public static func parse(toml text: String, file: String) throws(ThemeError) -> Theme {
        let document: TOMLTable
        do {
            document = try TOMLDocument.parse(text)
        } catch {
            throw .malformed(file: file, line: error.line, reason: error.reason)
        }
        var name = ThemeLibrary.themeName(fromFile: file)
        if let value = document["name"] {
            guard let string = value.string, !string.isEmpty else {
                throw .malformed(file: file, line: nil, reason: "'name' must be a non-empty string")
            }
            name = string
        }
        var description: String?
        if let value = document["description"] {
            guard let string = value.string else {
                throw .malformed(file: file, line: nil, reason: "'description' must be a string")
            }
            description = string
        }
        for key in document.keys where !["name", "description", "styles"].contains(key) {
            throw .malformed(file: file, line: nil, reason: "unknown top-level key '\(key)'; a theme has name, description and [styles]")
        }
        var styles: [String: Style] = [:]
        if let value = document["styles"] {
            guard let table = value.table else {
                throw .malformed(file: file, line: nil, reason: "'styles' must be a table: [styles]")
            }
            try collectStyles(in: table, prefix: "", file: file, into: &styles)
        }
        return Theme(name: name, description: description, styles: styles)
    }

    private static let propertyKeys: Set<String> = ["fg", "bg", "bold", "dim", "italic", "underline", "reverse"]

    /// Walks the styles table: keys `fg`/`bg`/attributes define the style at `prefix`,
    /// sub-tables define longer names (quoted "a.b" keys and bare dotted keys both work).
    private static func collectStyles(in table: TOMLTable, prefix: String, file: String,
                                      into styles: inout [String: Style]) throws(ThemeError) {
        var style = Style()
        var hasProperties = false
        for (key, value) in table {
            let fullName = prefix.isEmpty ? key : prefix + "." + key
            if let child = value.table {
                try collectStyles(in: child, prefix: fullName, file: file, into: &styles)
            } else if propertyKeys.contains(key), !prefix.isEmpty {
                hasProperties = true
                try apply(key, value: value, to: &style, styleName: prefix, file: file)
            } else if prefix.isEmpty {
                throw .malformed(file: file, line: nil,
                                 reason: "style '\(key)' must be a table like \"\(key)\" = { fg = \"red\", bold = true }")
            } else {
                throw .malformed(file: file, line: nil,
                                 reason: "style '\(prefix)' has unknown property '\(key)'; use fg, bg, bold, dim, italic, underline, reverse")
            }
        }
        if hasProperties || (!prefix.isEmpty && table.isEmpty) {
            styles[prefix] = style
        }
    }

    private static func apply(_ key: String, value: any TOMLValueConvertible, to style: inout Style,
                              styleName: String, file: String) throws(ThemeError) {
        switch key {
        case "fg", "bg":
            guard let text = value.string else {
                throw .malformed(file: file, line: nil, reason: "style '\(styleName)': \(key) must be a colour name in quotes")
            }
            guard let color = Color(parsing: text) else {
                throw .invalidColor(file: file, style: styleName, key: key, value: text)
            }
            if key == "fg" { style.foreground = color } else { style.background = color }
        default:
            guard let flag = value.bool else {
                throw .malformed(file: file, line: nil, reason: "style '\(styleName)': \(key) must be true or false")
            }
            guard let attribute = TextAttributes.namedAttributes.first(where: { $0.name == key })?.attribute else { return }
            if flag { style.attributes.insert(attribute) } else { style.attributes.remove(attribute) }
        }
    }
}
