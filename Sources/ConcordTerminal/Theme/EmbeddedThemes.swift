// Copies of themes/*.toml compiled into the module, so the console always has its shipped
// themes even when no themes directory is installed next to the executable.
// EmbeddedThemesTests asserts each string equals its file: edit both together.

enum EmbeddedThemes {
    /// File name (without .toml) → TOML text.
    static let all: [String: String] = [
        "default": defaultTheme,
        "light": lightTheme,
        "high-contrast": highContrastTheme,
        "monochrome": monochromeTheme,
    ]

    static let defaultTheme = #"""
    # Concord theme: default (dark-friendly).
    #
    # Style names are dotted; a lookup falls back by dropping the last segment
    # ("queue.wait.overdue" -> "queue.wait" -> "queue" -> "default"), and the style found is
    # layered over "default". Keys are quoted so that "queue" and "queue.row" can both be set.
    #
    # Colours: default, black, red, green, yellow, blue, magenta, cyan, white, bright-black,
    # bright-red, bright-green, bright-yellow, bright-blue, bright-magenta, bright-cyan,
    # bright-white, color0 ... color255, #rrggbb.
    # Attributes: bold, dim, italic, underline, reverse (true/false).
    #
    # Copy this file to $XDG_CONFIG_HOME/concord/themes/<name>.toml to make your own.
    
    name = "default"
    description = "Dark-friendly colours on the terminal's own background"
    
    [styles]
    "default" = { fg = "default", bg = "default" }
    "dim" = { fg = "bright-black" }
    "error" = { fg = "bright-red", bold = true }
    
    "pane.border" = { fg = "bright-black" }
    "pane.border.focused" = { fg = "cyan" }
    "pane.title" = { fg = "white" }
    "pane.title.focused" = { fg = "bright-cyan", bold = true }
    
    "list.selected" = { fg = "black", bg = "cyan" }
    "list.selected.unfocused" = { fg = "white", bg = "bright-black" }
    
    "status" = { fg = "white", bg = "color236" }
    "status.key" = { fg = "bright-yellow", bg = "color236", bold = true }
    "status.alert" = { fg = "bright-white", bg = "red", bold = true }
    "status.sla.risk" = { fg = "bright-yellow", bg = "color236" }
    "status.sla.breached" = { fg = "bright-white", bg = "red", bold = true }
    
    "queue.row" = { fg = "default" }
    "queue.wait.long" = { fg = "yellow" }
    "queue.wait.overdue" = { fg = "bright-red", bold = true }
    "queue.status.new" = { fg = "bright-green", bold = true }
    "queue.status.open" = { fg = "green" }
    "queue.status.pending" = { fg = "yellow" }
    
    "channel.email" = { fg = "bright-blue" }
    "channel.chat" = { fg = "bright-magenta" }
    "channel.phone" = { fg = "bright-green" }
    "channel.sms" = { fg = "green" }
    "channel.social" = { fg = "bright-cyan" }
    "channel.note" = { fg = "yellow" }
    
    "timeline.time" = { fg = "bright-black" }
    "timeline.author" = { fg = "bright-white", bold = true }
    "timeline.inbound" = { fg = "default" }
    "timeline.outbound" = { fg = "cyan" }
    "timeline.internal" = { fg = "yellow", italic = true }
    "timeline.current" = { fg = "bright-white" }
    "timeline.other" = { fg = "bright-black" }
    "timeline.call" = { fg = "bright-green" }
    "timeline.subject" = { fg = "white", bold = true }
    
    "card.name" = { fg = "bright-white", bold = true }
    "card.label" = { fg = "bright-black" }
    "card.value" = { fg = "default" }
    "card.promise.open" = { fg = "yellow" }
    "card.promise.overdue" = { fg = "bright-red", bold = true }
    "card.promise.kept" = { fg = "green" }
    
    "suggest.title" = { fg = "bright-magenta", bold = true }
    "suggest.text" = { fg = "default" }
    
    "help.key" = { fg = "bright-yellow", bold = true }
    "help.text" = { fg = "default" }
    "help.section" = { fg = "bright-cyan", bold = true, underline = true }
    
    "input" = { fg = "default" }
    "input.prompt" = { fg = "cyan", bold = true }
    
    # The supervisor screen (concord supervise).
    "supervisor.column" = { fg = "bright-black", bold = true }
    "supervisor.sla.ontime" = { fg = "green" }
    "supervisor.sla.risk" = { fg = "bright-yellow", bold = true }
    "supervisor.sla.breached" = { fg = "bright-red", bold = true }
    "supervisor.spark" = { fg = "bright-cyan" }
    "supervisor.satisfaction" = { fg = "bright-magenta" }
    "supervisor.agent.available" = { fg = "bright-green" }
    "supervisor.agent.busy" = { fg = "yellow" }
    "supervisor.agent.away" = { fg = "bright-black" }
    "supervisor.readonly" = { fg = "bright-yellow", bg = "color236", bold = true }

    """#

    static let lightTheme = #"""
    # Concord theme: light, for dark text on a light terminal background.
    # Sparse on purpose: styles not listed fall back to their parent, then to "default".
    
    name = "light"
    description = "Dark text for light terminal backgrounds"
    
    [styles]
    "default" = { fg = "default", bg = "default" }
    "dim" = { fg = "color244" }
    "error" = { fg = "red", bold = true }
    
    "pane.border" = { fg = "color248" }
    "pane.border.focused" = { fg = "blue" }
    "pane.title" = { fg = "black" }
    "pane.title.focused" = { fg = "blue", bold = true }
    
    "list.selected" = { fg = "white", bg = "blue" }
    "list.selected.unfocused" = { fg = "black", bg = "color252" }
    
    "status" = { fg = "black", bg = "color252" }
    "status.key" = { fg = "blue", bg = "color252", bold = true }
    "status.alert" = { fg = "white", bg = "red", bold = true }
    "status.sla.risk" = { fg = "color130", bg = "color252", bold = true }
    "status.sla.breached" = { fg = "white", bg = "red", bold = true }
    
    "queue.wait.long" = { fg = "color130" }
    "queue.wait.overdue" = { fg = "red", bold = true }
    "queue.status.new" = { fg = "green", bold = true }
    "queue.status.pending" = { fg = "color130" }
    
    "channel.email" = { fg = "blue" }
    "channel.chat" = { fg = "magenta" }
    "channel.phone" = { fg = "green" }
    "channel.social" = { fg = "cyan" }
    "channel.note" = { fg = "color130" }
    
    "timeline.time" = { fg = "color244" }
    "timeline.author" = { fg = "black", bold = true }
    "timeline.outbound" = { fg = "blue" }
    "timeline.internal" = { fg = "color130", italic = true }
    "timeline.other" = { fg = "color244" }
    "timeline.subject" = { bold = true }
    
    "card.name" = { fg = "black", bold = true }
    "card.label" = { fg = "color244" }
    "card.promise.open" = { fg = "color130" }
    "card.promise.overdue" = { fg = "red", bold = true }
    "card.promise.kept" = { fg = "green" }
    
    "suggest.title" = { fg = "magenta", bold = true }
    
    "help.key" = { fg = "blue", bold = true }
    "help.section" = { fg = "black", bold = true, underline = true }
    
    "input.prompt" = { fg = "blue", bold = true }
    
    # The supervisor screen (concord supervise).
    "supervisor.column" = { fg = "color244", bold = true }
    "supervisor.sla.ontime" = { fg = "green" }
    "supervisor.sla.risk" = { fg = "color130", bold = true }
    "supervisor.sla.breached" = { fg = "red", bold = true }
    "supervisor.spark" = { fg = "blue" }
    "supervisor.satisfaction" = { fg = "magenta" }
    "supervisor.agent.available" = { fg = "green" }
    "supervisor.agent.busy" = { fg = "color130" }
    "supervisor.agent.away" = { fg = "color244" }
    "supervisor.readonly" = { fg = "blue", bg = "color252", bold = true }

    """#

    static let highContrastTheme = #"""
    # Concord theme: high-contrast. Bright colours, bold text and reverse-video selections,
    # for low-vision use and washed-out projectors. Sparse: unlisted styles fall back.
    
    name = "high-contrast"
    description = "Maximum contrast: bright colours, bold text, reverse selections"
    
    [styles]
    "default" = { fg = "bright-white", bg = "black" }
    "dim" = { fg = "white" }
    "error" = { fg = "bright-white", bg = "red", bold = true }
    
    "pane.border" = { fg = "white" }
    "pane.border.focused" = { fg = "bright-yellow", bold = true }
    "pane.title" = { fg = "bright-white", bold = true }
    "pane.title.focused" = { fg = "black", bg = "bright-yellow", bold = true }
    
    "list.selected" = { fg = "black", bg = "bright-yellow", bold = true }
    "list.selected.unfocused" = { fg = "black", bg = "white" }
    
    "status" = { fg = "black", bg = "bright-white", bold = true }
    "status.alert" = { fg = "bright-white", bg = "red", bold = true }
    "status.sla.risk" = { fg = "black", bg = "bright-yellow", bold = true }
    "status.sla.breached" = { fg = "bright-white", bg = "red", bold = true }
    
    "queue.wait.long" = { fg = "bright-yellow", bold = true }
    "queue.wait.overdue" = { fg = "bright-white", bg = "red", bold = true }
    "queue.status" = { fg = "bright-green", bold = true }
    
    "channel" = { fg = "bright-cyan", bold = true }
    
    "timeline.time" = { fg = "white" }
    "timeline.author" = { fg = "bright-yellow", bold = true }
    "timeline.outbound" = { fg = "bright-cyan" }
    "timeline.internal" = { fg = "bright-yellow", underline = true }
    "timeline.subject" = { bold = true, underline = true }
    
    "card.label" = { fg = "white" }
    "card.name" = { bold = true }
    "card.promise.overdue" = { fg = "bright-white", bg = "red", bold = true }
    
    "help.key" = { fg = "bright-yellow", bold = true }
    "help.section" = { bold = true, underline = true }
    
    "input.prompt" = { fg = "bright-yellow", bold = true }
    
    # The supervisor screen (concord supervise).
    "supervisor.column" = { fg = "white", bold = true, underline = true }
    "supervisor.sla.ontime" = { fg = "bright-green", bold = true }
    "supervisor.sla.risk" = { fg = "bright-yellow", bold = true }
    "supervisor.sla.breached" = { fg = "bright-white", bg = "red", bold = true }
    "supervisor.spark" = { fg = "bright-cyan", bold = true }
    "supervisor.satisfaction" = { fg = "bright-magenta", bold = true }
    "supervisor.agent.available" = { fg = "bright-green", bold = true }
    "supervisor.agent.busy" = { fg = "bright-yellow", bold = true }
    "supervisor.agent.away" = { fg = "white" }
    "supervisor.readonly" = { fg = "black", bg = "bright-yellow", bold = true }

    """#

    static let monochromeTheme = #"""
    # Concord theme: monochrome. No colours at all, only attributes, for terminals without
    # colour and for people who prefer it. (NO_COLOR degrades any theme in the same spirit.)
    
    name = "monochrome"
    description = "Attributes only: bold, underline, reverse"
    
    [styles]
    "default" = {}
    "dim" = { dim = true }
    "error" = { bold = true, reverse = true }
    
    "pane.border" = { dim = true }
    "pane.border.focused" = { bold = true }
    "pane.title.focused" = { bold = true, underline = true }
    
    "list.selected" = { reverse = true, bold = true }
    "list.selected.unfocused" = { reverse = true }
    
    "status" = { reverse = true }
    "status.key" = { reverse = true, bold = true }
    "status.alert" = { reverse = true, bold = true, underline = true }
    "status.sla.risk" = { reverse = true, underline = true }
    "status.sla.breached" = { reverse = true, bold = true, underline = true }
    
    "queue.wait.overdue" = { bold = true, underline = true }
    "queue.wait.long" = { bold = true }
    "queue.status.new" = { bold = true }
    
    "timeline.time" = { dim = true }
    "timeline.author" = { bold = true }
    "timeline.internal" = { italic = true }
    "timeline.other" = { dim = true }
    "timeline.subject" = { bold = true }
    
    "card.name" = { bold = true }
    "card.label" = { dim = true }
    "card.promise.overdue" = { bold = true, underline = true }
    
    "suggest.title" = { bold = true }
    
    "help.key" = { bold = true }
    "help.section" = { bold = true, underline = true }
    
    "input.prompt" = { bold = true }
    
    # The supervisor screen (concord supervise).
    "supervisor.column" = { bold = true, underline = true }
    "supervisor.sla.ontime" = {}
    "supervisor.sla.risk" = { bold = true }
    "supervisor.sla.breached" = { bold = true, underline = true }
    "supervisor.spark" = {}
    "supervisor.satisfaction" = {}
    "supervisor.agent.available" = { bold = true }
    "supervisor.agent.busy" = {}
    "supervisor.agent.away" = { dim = true }
    "supervisor.readonly" = { reverse = true, bold = true }

    """#
}
