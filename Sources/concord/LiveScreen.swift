import ConcordConsole
import ConcordStore
import ConcordTerminal

/// Runs a screen that shows a store live (the console, the supervisor screen): the store's
/// change watch raises the screen's flag and wakes its loop whenever another process commits
/// (consoles, ingest, the receiver), so a change is drawn without a keypress. Without a watch
/// (a store that cannot be watched) the screen's once-a-second poll still catches up.
enum LiveScreen {
    static func run(_ app: some TerminalApplication, changes: StoreChangeInbox, on loop: EventLoop, store: any Store) throws -> Int32 {
        let waker = loop.waker
        let watch = try? store.watchChanges { change in
            changes.raise(change)
            waker.wake()
        }
        defer { watch?.stop() }
        return try loop.run(app).exitCode
    }
}
