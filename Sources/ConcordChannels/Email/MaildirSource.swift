import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The messages of a Maildir as source items, read one at a time.
///
/// Maildir is what mail delivery agents, fetchmail, offlineimap, mbsync and mutt write: one
/// file per message in `new/` (unseen) and `cur/` (seen, with flags after ":2," in the name);
/// `tmp/` holds deliveries in progress and is never read. Concord only reads: it never renames,
/// moves or touches a file, so the user's mail client sees its flags exactly as before.
///
/// Listing is cheap (names only) and the bytes are read lazily as the sequence is iterated, so
/// a 20,000-message Maildir costs one file's memory at a time. The order is stable: by file
/// name (Maildir names start with the delivery time), then `cur/` before `new/`.
/// ```swift
/// let maildir = try MaildirSource(directory: URL(fileURLWithPath: "~/Mail/support"))
/// for case .success(let item) in try maildir.items() { ... }
/// ```
public struct MaildirSource: Sendable {
    /// The subdirectories that hold delivered messages.
    public static let messageDirectories = ["cur", "new"]

    public let directory: URL

    /// - Throws: `EmailSourceError.notAMaildir` unless `directory` has `cur/` and `new/`.
    public init(directory: URL) throws(EmailSourceError) {
        self.directory = directory.standardizedFileURL
        for name in Self.messageDirectories {
            var isDirectory: ObjCBool = false
            let path = self.directory.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .notAMaildir(path: self.directory.path)
            }
        }
    }

    /// The message files in `cur/` and `new/`, in a stable order. Hidden files are skipped.
    public func messageFiles() throws(EmailSourceError) -> [URL] {
        var entries: [(name: String, subdirectory: String)] = []
        for subdirectory in Self.messageDirectories {
            let path = directory.appendingPathComponent(subdirectory).path
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw .unreadable(path: path, reason: error.localizedDescription)
            }
            for name in names where !name.hasPrefix(".") {
                entries.append((name, subdirectory))
            }
        }
        entries.sort { ($0.name, $0.subdirectory) < ($1.name, $1.subdirectory) }
        // Paths joined as text: URL.appendingPathComponent costs more than reading a small mail.
        let root = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        return entries.map { URL(fileURLWithPath: root + $0.subdirectory + "/" + $0.name, isDirectory: false) }
    }

    /// The unique part of a Maildir file name: everything before the ":2,flags" info (or the
    /// ";" or "!" some systems use instead of ":"). It stays the same when a client moves the
    /// message from `new/` to `cur/` and changes its flags.
    public static func uniqueName(of file: URL) -> String {
        let name = file.lastPathComponent
        guard let separator = name.firstIndex(where: { $0 == ":" || $0 == ";" || $0 == "!" }) else { return name }
        return String(name[..<separator])
    }

    /// Reads one message file: its bytes, with its modification time as `receivedAt`.
    /// A file that a mail client moved meanwhile (from `new/` to `cur/`, flags changed) is
    /// found again under its unique name.
    public func item(at file: URL) throws(EmailSourceError) -> SourceItem {
        switch Self.readFile(file) {
        case .success(let (data, modified)):
            return SourceItem(format: .email, origin: file.path, data: data, receivedAt: modified)
        case .failure(let error):
            guard error.code == ENOENT, let moved = relocated(file) else {
                throw .unreadable(path: file.path, reason: String(cString: strerror(error.code)))
            }
            switch Self.readFile(moved) {
            case .success(let (data, modified)):
                return SourceItem(format: .email, origin: moved.path, data: data, receivedAt: modified)
            case .failure(let error):
                throw .unreadable(path: moved.path, reason: String(cString: strerror(error.code)))
            }
        }
    }

    /// All messages, read lazily; a file that cannot be read is a `.failure` in its place, so
    /// one bad file never hides the others.
    public func items() throws(EmailSourceError) -> Items {
        Items(source: self, files: try messageFiles())
    }

    /// The lazily read messages of a Maildir.
    public struct Items: Sequence, Sendable {
        public let source: MaildirSource
        public let files: [URL]

        public func makeIterator() -> Iterator {
            Iterator(source: source, files: files)
        }

        public struct Iterator: IteratorProtocol {
            let source: MaildirSource
            let files: [URL]
            var index = 0

            public mutating func next() -> Result<SourceItem, EmailSourceError>? {
                guard index < files.count else { return nil }
                defer { index += 1 }
                do throws(EmailSourceError) {
                    return .success(try source.item(at: files[index]))
                } catch {
                    return .failure(error)
                }
            }
        }
    }

    /// Where a vanished file went: the same unique name in `cur/` or `new/`.
    private func relocated(_ file: URL) -> URL? {
        let unique = Self.uniqueName(of: file)
        for subdirectory in Self.messageDirectories {
            let folder = directory.appendingPathComponent(subdirectory)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            if let name = names.first(where: { Self.uniqueName(of: URL(fileURLWithPath: $0)) == unique }) {
                return folder.appendingPathComponent(name)
            }
        }
        return nil
    }

    struct ReadError: Error {
        let code: Int32
    }

    /// The whole file and its modification time, with one open, one fstat and sized reads.
    static func readFile(_ file: URL) -> Result<(Data, Date), ReadError> {
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadError(code: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(ReadError(code: errno)) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(ReadError(code: EISDIR)) }
        let modified = Date(timeIntervalSince1970: TimeInterval(status.st_mtim.tv_sec) + TimeInterval(status.st_mtim.tv_nsec) / 1e9)
        var data = Data(count: Int(status.st_size))
        var filled = 0
        let failure: Int32? = data.withUnsafeMutableBytes { buffer in
            while filled < buffer.count {
                let count = read(descriptor, buffer.baseAddress!.advanced(by: filled), buffer.count - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if count == 0 { break }
                filled += count
            }
            return nil
        }
        if let failure { return .failure(ReadError(code: failure)) }
        if filled < data.count { data.removeSubrange(filled...) }
        return .success((data, modified))
    }
}
