import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Reports message files that arrive in a Maildir's `new/` or `cur/` after the initial scan,
/// for `concord ingest maildir DIR --watch`.
///
/// It uses inotify (a delivery is a rename or link into `new/`, seen the moment it happens)
/// and falls back to listing both directories every 500 ms when inotify is unavailable. Files
/// are remembered by their unique name (see `MaildirSource.uniqueName`), so a message a mail
/// client moves from `new/` to `cur/` or re-flags is not reported twice, and nothing is ever
/// renamed or moved by Concord.
///
/// To close the gap between the initial scan and the start of watching, the watcher lists the
/// directories once more after its watches are in place and reports anything the scan missed.
/// ```swift
/// let source = try MaildirSource(directory: dir)
/// let known = try source.messageFiles()          // ingest these first
/// let watcher = try MaildirWatcher(directory: dir, knownFiles: known)
/// for await file in watcher.newFiles() { let item = try source.item(at: file); ... }
/// ```
public final class MaildirWatcher: Sendable {
    public let directory: URL
    /// Unique names already handled by the caller.
    private let known: Set<String>
    /// How often directories are listed when inotify is unavailable.
    public let pollInterval: Duration

    /// - Throws: `EmailSourceError.notAMaildir` unless `directory` is a Maildir.
    public init(directory: URL, knownFiles: some Sequence<URL>, pollInterval: Duration = .milliseconds(500)) throws(EmailSourceError) {
        let source = try MaildirSource(directory: directory)
        self.directory = source.directory
        self.known = Set(knownFiles.map(MaildirSource.uniqueName(of:)))
        self.pollInterval = pollInterval
    }

    /// The files that appear from now on, each once. Watching runs on its own thread and stops
    /// when the stream's consumer goes away (the task is cancelled or the loop ends).
    /// - Parameter usePolling: list the directories on a timer even when inotify works (tests).
    public func newFiles(usePolling: Bool = false) -> AsyncStream<URL> {
        let (stream, continuation) = AsyncStream.makeStream(of: URL.self)
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.flag.store(true, ordering: .relaxed) }
        let directory = directory
        let known = known
        let interval = pollInterval
        let thread = Thread {
            var loop = WatchLoop(directory: directory, seen: known, interval: interval, report: { continuation.yield($0) })
            loop.run(stop: stop, usePolling: usePolling)
            continuation.finish()
        }
        thread.name = "concord.maildir-watcher"
        thread.start()
        return stream
    }
}

extension MaildirWatcher {
    /// Set when the consumer of a watcher's stream is gone.
    final class StopFlag: Sendable {
        let flag = Atomic<Bool>(false)
    }
}

/// The watching itself, owned by the watcher's thread: no state is shared with other threads
/// except the stop flag and the stream continuation, both made for it.
private struct WatchLoop {
    let directory: URL
    var seen: Set<String>
    let interval: Duration
    let report: (URL) -> Void

    mutating func run(stop: MaildirWatcher.StopFlag, usePolling: Bool) {
        let descriptor = usePolling ? -1 : inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        var watches: [Int32: String] = [:]
        if descriptor >= 0 {
            let mask = UInt32(IN_MOVED_TO | IN_CREATE | IN_CLOSE_WRITE)
            for name in MaildirSource.messageDirectories {
                let watch = inotify_add_watch(descriptor, directory.appendingPathComponent(name).path, mask)
                if watch >= 0 { watches[watch] = name }
            }
        }
        defer { if descriptor >= 0 { close(descriptor) } }
        let inotify = descriptor >= 0 && watches.count == MaildirSource.messageDirectories.count
        rescan() // whatever arrived between the caller's scan and the watches
        let timeout = Int32(max(1, interval.components.seconds * 1000 + interval.components.attoseconds / 1_000_000_000_000_000))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stop.flag.load(ordering: .relaxed) {
            guard inotify else {
                poll(nil, 0, timeout)
                if !stop.flag.load(ordering: .relaxed) { rescan() }
                continue
            }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, timeout) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            guard count > 0 else { continue }
            if handleEvents(buffer, count: count, watches: watches) { rescan() }
        }
    }

    /// Reports the files named in a batch of inotify events; true when the kernel's queue
    /// overflowed and events were lost (then everything is listed again).
    private mutating func handleEvents(_ buffer: [UInt8], count: Int, watches: [Int32: String]) -> Bool {
        var overflowed = false
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset + 16 <= count {
                let watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = raw[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { overflowed = true }
                guard let subdirectory = watches[watch], !nameBytes.isEmpty else { continue }
                let name = String(decoding: nameBytes, as: UTF8.self)
                guard !name.hasPrefix(".") else { continue }
                let file = directory.appendingPathComponent(subdirectory).appendingPathComponent(name)
                // A file created in place is still empty when it appears: wait for its
                // close-after-write. A hard link (a delivery) is complete at once.
                if mask & UInt32(IN_CREATE) != 0, Self.size(of: file) == 0 { continue }
                consider(file)
            }
        }
        return overflowed
    }

    private mutating func rescan() {
        for subdirectory in MaildirSource.messageDirectories {
            let folder = directory.appendingPathComponent(subdirectory)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                consider(folder.appendingPathComponent(name))
            }
        }
    }

    private mutating func consider(_ file: URL) {
        let unique = MaildirSource.uniqueName(of: file)
        guard !seen.contains(unique) else { return }
        seen.insert(unique)
        report(file)
    }

    private static func size(of file: URL) -> Int {
        var status = stat()
        return stat(file.path, &status) == 0 ? Int(status.st_size) : 0
    }
}
