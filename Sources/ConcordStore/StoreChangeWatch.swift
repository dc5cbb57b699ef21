/// A running watch on a store for changes other processes commit (`Store.watchChanges`): the
/// console and the supervisor's screen redraw when another agent claims a conversation or a
/// webhook stores a message, without waiting for a key or the next timer tick.
public protocol StoreChangeWatch: AnyObject, Sendable {
    /// Stops watching; no callback runs after it returns. Also done on release.
    func stop()
}
