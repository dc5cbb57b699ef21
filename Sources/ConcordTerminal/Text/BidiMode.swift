/// Who puts right-to-left text (Persian, Arabic, Hebrew) into display order.
///
/// Terminals place cells left to right in the order they are written, and ncurses writes them
/// in the order they are stored, so a Persian sentence stored in logical (reading) order shows
/// backwards unless someone reorders it. Most terminals (xterm, GNOME Terminal, tmux, Windows
/// Terminal, kitty) never do, so Concord does by default. A few (mlterm, Konsole with bidi on)
/// reorder every row themselves; reordering twice would undo it, so for those the canvas must
/// write logical order.
public enum BidiMode: String, Sendable, Hashable, CaseIterable {
    /// The canvas reorders each line into visual order (UAX #9, by GNU FriBidi) and
    /// right-aligns right-to-left paragraphs of free text.
    case reorder
    /// The canvas writes logical order, left-aligned: the terminal does bidi itself.
    case terminal
}
