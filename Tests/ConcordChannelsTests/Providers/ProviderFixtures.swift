@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

/// Fixture payloads for the chat, call, SMS and social parsers, in
/// Tests/ConcordChannelsTests/Fixtures/providers/. The path is found from this file's real
/// location (symlinks resolved), so the tests also run from a package that links this folder.
enum ProviderFixtures {
    static let directory: URL = {
        let file = URL(fileURLWithPath: #filePath)
        let candidates = [
            file.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent(),
            URL(fileURLWithPath: realPath(file.deletingLastPathComponent().path)).deletingLastPathComponent(),
            file.deletingLastPathComponent().deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("Fixtures/providers") }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }()

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func item(_ name: String, _ format: SourceFormat, receivedAt: Date? = nil) throws -> SourceItem {
        SourceItem(format: format, origin: name, data: try data(name), receivedAt: receivedAt)
    }

    static func item(text: String, _ format: SourceFormat, receivedAt: Date? = nil) -> SourceItem {
        SourceItem(format: format, origin: "test", data: Data(text.utf8), receivedAt: receivedAt)
    }

    /// The lines of a fixture file, for tests that pick one callback or record.
    static func lines(_ name: String) throws -> [String] {
        String(decoding: try data(name), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// The company of the fixtures: a Twilio number, a Korean call-centre line, X and
    /// Instagram accounts; national numbers are Korean.
    static let company = ParseContext(
        ownEmailAddresses: ["support@acme.example"], ownPhoneNumbers: ["+15550001111", "+8215881234"],
        ownHandles: ["x": ["acme_support"], "instagram": ["acme.kr"]], defaultRegion: "KR")

    static func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text) ?? .distantPast
    }

    /// Parses and expects success, recording the error as a test issue otherwise.
    static func parse(_ parser: any SourceParser, _ item: SourceItem, context: ParseContext = company,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> ParsedSource {
        do {
            return try parser.parse(item, context: context)
        } catch {
            Issue.record("\(item.origin): \(error)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The error a parse throws, or nil when it succeeds.
    static func failure(_ parser: any SourceParser, _ item: SourceItem, context: ParseContext = company) -> SourceParseError? {
        do {
            _ = try parser.parse(item, context: context)
            return nil
        } catch {
            return error
        }
    }

    /// Whether `error` is `.missingField` naming `field` (the message may explain more).
    static func isMissingField(_ error: SourceParseError?, _ field: String) -> Bool {
        if case .missingField(let text)? = error { return text.hasPrefix(field) }
        return false
    }

    static func isMalformed(_ error: SourceParseError?) -> Bool {
        if case .malformed? = error { return true }
        return false
    }

    static func isUnsupported(_ error: SourceParseError?) -> Bool {
        if case .unsupported? = error { return true }
        return false
    }
}
