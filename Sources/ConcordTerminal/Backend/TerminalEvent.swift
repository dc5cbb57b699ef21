/// Something the event loop hands to the application: a key, a new terminal size, a timer
/// tick (SLA countdowns), a wake-up from another thread (store changes), or a mouse action.
/// A resize is just another event, as in bubbletea: the app re-lays out on the next render.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    case tick
    /// Posted through ``LoopWaker/wake()``; the app then drains its own inbox.
    case wakeup
    case mouse(MouseEvent)
}
