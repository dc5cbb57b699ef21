import Foundation
@testable import ConcordChannels

/// Paths and builders shared by the email tests.
enum EmailTestSupport {
    /// Tests/ConcordChannelsTests, found from this file's real location (symlinks resolved, so
    /// the tests also work from a package that links this folder in).
    static let testsDirectory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The Python helper scripts (excluded from the test target's sources).
    static let scriptsDirectory = testsDirectory.appendingPathComponent("Email/Scripts")
    /// Hand-made fixtures written by make_fixtures.py.
    static let fixturesDirectory = testsDirectory.appendingPathComponent("Fixtures/email")
    /// The enmime corpus of real, messy mail (MIT).
    static let enmimeDirectory = testsDirectory.appendingPathComponent("Fixtures/corpora/enmime")

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: fixturesDirectory.appendingPathComponent(name))
    }

    static func parseFixture(_ name: String) throws -> ParsedEmail {
        try EmailParser().parse(fixture(name))
    }

    /// Every file of the enmime corpus that can be read as a message or a MIME entity.
    static func enmimeFiles() throws -> [URL] {
        var files: [URL] = []
        for folder in ["mail", "low-quality", "parts", "attach"] {
            let directory = enmimeDirectory.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            files += names.map { directory.appendingPathComponent($0) }
        }
        return files
    }

    /// The hand-made .eml fixtures.
    static func fixtureFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: fixturesDirectory.path).sorted()
            .filter { $0.hasSuffix(".eml") }
            .map { fixturesDirectory.appendingPathComponent($0) }
    }

    /// A small message from header lines and a body, joined with "\n".
    static func message(_ headers: [String], body: String = "Hello.\n") -> Data {
        Data((headers.joined(separator: "\n") + "\n\n" + body).utf8)
    }

    /// The usual headers of a customer's message, with `extra` added.
    static func customerMessage(_ extra: [String] = [], body: String = "Hello.\n") -> Data {
        message(["From: Kim Minji <minji@example.kr>", "To: support@acme.example", "Subject: Help",
                 "Date: Tue, 05 Mar 2024 09:30:00 +0900", "Message-ID: <m1@example.kr>"] + extra, body: body)
    }

    /// A fresh, empty temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("concord-email-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A Maildir with cur/, new/ and tmp/.
    static func makeMaildir() throws -> URL {
        let root = try temporaryDirectory()
        for name in ["cur", "new", "tmp"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        return root
    }
}
