import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import ConcordChannels

@Suite("Email: Maildir source and watcher")
struct MaildirSourceTests {
    static func write(_ text: String, to url: URL, modified: Date? = nil) throws {
        try Data(text.utf8).write(to: url)
        if let modified {
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
        }
    }

    @Test("lists cur/ and new/ (never tmp/) in a stable order, reads lazily, and leaves names and flags alone")
    func listsMessages() throws {
        let root = try EmailTestSupport.makeMaildir()
        defer { try? FileManager.default.removeItem(at: root) }
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        let names = [
            "cur/1700000002.M2P1.host:2,RS",
            "new/1700000003.M3P1.host",
            "cur/1700000001.M1P1.host:2,S",
            "tmp/1700000004.M4P1.host",
            "cur/.hidden",
        ]
        for name in names { try Self.write("From: a@b.c\n\n\(name)\n", to: root.appendingPathComponent(name), modified: when) }

        let source = try MaildirSource(directory: root)
        let files = try source.messageFiles()
        #expect(files.map { $0.pathComponents.suffix(2).joined(separator: "/") } == [
            "cur/1700000001.M1P1.host:2,S", "cur/1700000002.M2P1.host:2,RS", "new/1700000003.M3P1.host",
        ])
        let items = try source.items().map { try $0.get() }
        #expect(items.map(\.origin) == files.map(\.path))
        #expect(items.allSatisfy { $0.format == .email && $0.receivedAt == when })
        #expect(String(decoding: items[1].data, as: UTF8.self) == "From: a@b.c\n\ncur/1700000002.M2P1.host:2,RS\n")

        let after = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
        #expect(after == ["cur", "cur/.hidden", "cur/1700000001.M1P1.host:2,S", "cur/1700000002.M2P1.host:2,RS",
                          "new", "new/1700000003.M3P1.host", "tmp", "tmp/1700000004.M4P1.host"])
    }

    @Test("a directory without cur/ and new/ is not a Maildir")
    func notAMaildir() throws {
        let root = try EmailTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("cur"), withIntermediateDirectories: true)
        #expect(throws: EmailSourceError.notAMaildir(path: root.standardizedFileURL.path)) { try MaildirSource(directory: root) }
    }

    @Test("a message moved from new/ to cur/ after listing is found under its unique name")
    func movedMessage() throws {
        let root = try EmailTestSupport.makeMaildir()
        defer { try? FileManager.default.removeItem(at: root) }
        let original = root.appendingPathComponent("new/1700000005.M5P1.host")
        try Self.write("From: a@b.c\n\nmoved\n", to: original)
        let source = try MaildirSource(directory: root)
        let files = try source.messageFiles()
        let moved = root.appendingPathComponent("cur/1700000005.M5P1.host:2,S")
        try FileManager.default.moveItem(at: original, to: moved)
        let item = try source.item(at: files[0])
        #expect(item.origin == moved.path)
        #expect(MaildirSource.uniqueName(of: moved) == "1700000005.M5P1.host")
    }

    @Test("an unreadable entry is a failure in its place, not the end of the listing")
    func unreadableEntry() throws {
        let root = try EmailTestSupport.makeMaildir()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("cur/1700000001.dir"), withIntermediateDirectories: true)
        try Self.write("From: a@b.c\n\nok\n", to: root.appendingPathComponent("cur/1700000002.M1P1.host:2,"))
        let results = Array(try MaildirSource(directory: root).items())
        #expect(results.count == 2)
        if case .success = results[0] { Issue.record("a directory was read as a message") }
        #expect((try? results[1].get()) != nil)
    }

    @Test("20,000 files are listed without reading them", .timeLimit(.minutes(5)))
    func manyFiles() throws {
        let root = try EmailTestSupport.makeMaildir()
        defer { try? FileManager.default.removeItem(at: root) }
        let new = root.path + "/new/"
        for index in 0..<20_000 {
            // Plain open/write: FileManager.createFile writes a temporary file and renames it.
            let descriptor = open(new + "\(1_700_000_000 + index).M\(index)P1.host", O_WRONLY | O_CREAT | O_EXCL, 0o600)
            try #require(descriptor >= 0)
            let bytes = Array("From: a@b.c\n\n\(index)\n".utf8)
            #expect(Glibc.write(descriptor, bytes, bytes.count) == bytes.count)
            close(descriptor)
        }
        let items = try MaildirSource(directory: root).items()
        #expect(items.files.count == 20_000)
        var iterator = items.makeIterator()
        let next = iterator.next()
        let first = try #require(next).get()
        #expect(String(decoding: first.data, as: UTF8.self) == "From: a@b.c\n\n0\n")
    }

    @Test("the watcher reports a file delivered into new/ after the scan, and only once", .timeLimit(.minutes(1)),
          arguments: [false, true])
    func watcher(usePolling: Bool) async throws {
        let root = try EmailTestSupport.makeMaildir()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write("From: a@b.c\n\nold\n", to: root.appendingPathComponent("cur/1700000001.M1P1.host:2,S"))
        let source = try MaildirSource(directory: root)
        let watcher = try MaildirWatcher(directory: root, knownFiles: try source.messageFiles(), pollInterval: .milliseconds(50))
        let stream = watcher.newFiles(usePolling: usePolling)

        // a proper delivery: written in tmp/, then renamed into new/
        let temporary = root.appendingPathComponent("tmp/1700000009.M9P1.host")
        try Self.write("From: new@b.c\n\nnew\n", to: temporary)
        let delivered = root.appendingPathComponent("new/1700000009.M9P1.host")
        try FileManager.default.moveItem(at: temporary, to: delivered)

        var iterator = stream.makeAsyncIterator()
        let reported = await iterator.next()
        #expect(reported?.standardizedFileURL.path == delivered.standardizedFileURL.path)
        let item = try source.item(at: try #require(reported))
        #expect(String(decoding: item.data, as: UTF8.self) == "From: new@b.c\n\nnew\n")

        // the client marks it seen: moved to cur/ with flags; not a new message
        try FileManager.default.moveItem(at: delivered, to: root.appendingPathComponent("cur/1700000009.M9P1.host:2,S"))
        try Self.write("From: third@b.c\n\nthird\n", to: root.appendingPathComponent("tmp/1700000010.M10P1.host"))
        try FileManager.default.moveItem(at: root.appendingPathComponent("tmp/1700000010.M10P1.host"),
                                         to: root.appendingPathComponent("new/1700000010.M10P1.host"))
        let next = await iterator.next()
        #expect(next?.lastPathComponent == "1700000010.M10P1.host")
    }
}
