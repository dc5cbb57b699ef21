import Foundation

/// The messages of an mbox file as source items, read in chunks so a 1 GB archive never has
/// to fit in memory: only the message being assembled does.
///
/// A message starts at a line beginning "From " at the start of the file or after a blank line
/// (mboxo and mboxrd alike). Body lines that were quoted to protect such lines (">From ",
/// ">>From ", ...) lose one ">" (the mboxrd rule; for mboxo files it restores the common case).
/// The blank line that separates messages is not part of them. Each item's origin is
/// "path:line N" (N is the line of its "From " line) and its `receivedAt` is the date on that
/// line when it can be read.
/// ```swift
/// for case .success(let item) in try MboxSource(file: url).items() { ... }
/// ```
public struct MboxSource: Sendable {
    public let file: URL
    /// Bytes read from the file at a time.
    public var chunkSize: Int

    /// - Throws: `EmailSourceError.notAnMbox` unless the file is empty or starts with "From ",
    ///   `.unreadable` when it cannot be opened.
    public init(file: URL, chunkSize: Int = 1 << 20) throws(EmailSourceError) {
        self.file = file
        self.chunkSize = max(64, chunkSize)
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: file)
        } catch {
            throw .unreadable(path: file.path, reason: error.localizedDescription)
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 5)) ?? Data()
        guard start.isEmpty || start == Data("From ".utf8) else { throw .notAnMbox(path: file.path) }
    }

    /// The messages in file order. A read error ends the sequence with one `.failure`.
    public func items() -> Items {
        Items(file: file, chunkSize: chunkSize)
    }

    /// The lazily read messages of an mbox file.
    public struct Items: Sequence, Sendable {
        public let file: URL
        public let chunkSize: Int

        public func makeIterator() -> Iterator {
            Iterator(reader: MboxReader(file: file, chunkSize: chunkSize))
        }

        public struct Iterator: IteratorProtocol {
            let reader: MboxReader

            public mutating func next() -> Result<SourceItem, EmailSourceError>? {
                reader.nextMessage()
            }
        }
    }
}

/// Splits an mbox file into messages, one line at a time over a chunked read buffer. A class
/// because it owns the open file; one reader is used by one iterator on one thread.
final class MboxReader {
    private let file: URL
    private let chunkSize: Int
    private var handle: FileHandle?
    private var buffer = [UInt8]()
    private var position = 0
    private var endOfFile = false
    private var failed = false
    private var lineNumber = 0
    /// The "From " line that starts the next message: its line number and date.
    private var pending: (line: Int, date: Date?)?
    private var previousLineBlank = true

    init(file: URL, chunkSize: Int) {
        self.file = file
        self.chunkSize = chunkSize
    }

    deinit {
        try? handle?.close()
    }

    func nextMessage() -> Result<SourceItem, EmailSourceError>? {
        if failed { return nil }
        if handle == nil, !endOfFile {
            do {
                handle = try FileHandle(forReadingFrom: file)
            } catch {
                failed = true
                return .failure(.unreadable(path: file.path, reason: error.localizedDescription))
            }
        }
        var message = Data()
        var lastLineBlank = false
        while true {
            let line: ArraySlice<UInt8>
            switch readLine() {
            case .failure(let error):
                failed = true
                return .failure(error)
            case .success(nil):
                return finish(message, trimBlank: lastLineBlank)
            case .success(let next?):
                line = next
            }
            lineNumber += 1
            let blank = Self.isBlank(line)
            defer { previousLineBlank = blank }
            if previousLineBlank, line.starts(with: Self.fromPrefix) {
                let started = pending
                pending = (lineNumber, MboxFromLine.date(in: line))
                if let started {
                    return .success(item(message, trimBlank: lastLineBlank, start: started))
                }
                continue
            }
            guard pending != nil else { continue } // text before the first "From " line
            if line.first == UInt8(ascii: ">") {
                let quotes = line.prefix { $0 == UInt8(ascii: ">") }.count
                if line.dropFirst(quotes).starts(with: Self.fromPrefix) {
                    message.append(contentsOf: line.dropFirst())
                    lastLineBlank = false
                    continue
                }
            }
            message.append(contentsOf: line)
            lastLineBlank = blank
        }
    }

    private static let fromPrefix = Array("From ".utf8)

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    private func finish(_ message: Data, trimBlank: Bool) -> Result<SourceItem, EmailSourceError>? {
        guard let started = pending else { return nil }
        pending = nil
        return .success(item(message, trimBlank: trimBlank, start: started))
    }

    /// The separator blank line before the next "From " line (or at the end) is not content.
    private func item(_ message: Data, trimBlank: Bool, start: (line: Int, date: Date?)) -> SourceItem {
        var data = message
        if trimBlank {
            if data.last == UInt8(ascii: "\n") { data.removeLast() }
            if data.last == UInt8(ascii: "\r") { data.removeLast() }
        }
        return SourceItem(format: .email, origin: "\(file.path):line \(start.line)", data: data, receivedAt: start.date)
    }

    /// The next line including its "\n" (the last line may lack it), nil at the end. Lines of
    /// any length work: the buffer grows until the line fits, then consumed bytes are dropped.
    private func readLine() -> Result<ArraySlice<UInt8>?, EmailSourceError> {
        var searchFrom = position
        while true {
            let found: Int? = buffer.withUnsafeBytes { raw in
                guard searchFrom < raw.count,
                      let hit = memchr(raw.baseAddress! + searchFrom, Int32(UInt8(ascii: "\n")), raw.count - searchFrom) else { return nil }
                return raw.baseAddress!.distance(to: UnsafeRawPointer(hit))
            }
            if let newline = found {
                let line = buffer[position...newline]
                position = newline + 1
                return .success(line)
            }
            searchFrom = buffer.count
            if endOfFile {
                guard position < buffer.count else { return .success(nil) }
                let line = buffer[position...]
                position = buffer.count
                return .success(line)
            }
            // drop what is consumed before reading more, so memory stays at one chunk plus one line
            if position > 0 {
                buffer.removeSubrange(0..<position)
                searchFrom -= position
                position = 0
            }
            do {
                if let chunk = try handle?.read(upToCount: chunkSize), !chunk.isEmpty {
                    buffer.append(contentsOf: chunk)
                } else {
                    endOfFile = true
                    try? handle?.close()
                    handle = nil
                }
            } catch {
                return .failure(.unreadable(path: file.path, reason: error.localizedDescription))
            }
        }
    }
}
