import CFuzzerDriver
import ConcordChannels
import Foundation

/// What every fuzz target shares: the input as `Data`, the contexts each item is parsed in,
/// and the one rule of the harness: a parser may return events or throw a `SourceParseError`
/// (that is quarantine, the documented answer to bad input); anything else (a trap, a crash,
/// a hang, unbounded memory) is a bug that libFuzzer reports.
public enum FuzzHarness {
    /// `ParseContext.standard` (nothing known about the company, national numbers refused)
    /// and the test fixtures' company (own addresses, numbers and handles, Korean national
    /// numbers), so the outbound and national-number paths are reached too.
    public static let contexts: [ParseContext] = [
        .standard,
        ParseContext(ownEmailAddresses: ["support@acme.example"], ownPhoneNumbers: ["+15550001111", "+8215881234"],
                     ownHandles: ["x": ["acme_support"], "instagram": ["acme.kr"]], defaultRegion: "KR"),
    ]

    /// A fixed arrival time for items whose payload carries none, so parsers get past the
    /// "no time" check and read the rest.
    public static let receivedAt = Date(timeIntervalSince1970: 1_717_200_000)

    /// libFuzzer's bytes as `Data` (copied: the buffer is only valid during the call).
    public static func data(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Data {
        Data(bytes: bytes, count: size)
    }

    /// Parses `item` with `parser` in every context. The result is dropped; a thrown
    /// `SourceParseError` is the parser's proper answer and is ignored too.
    public static func parse(_ item: SourceItem, with parser: any SourceParser) {
        for context in contexts {
            do {
                let parsed = try parser.parse(item, context: context)
                blackHole(parsed.events.count + parsed.warnings.count)
            } catch {
                blackHole(error.description.utf8.count)
            }
        }
    }

    /// Parses each split item with the provider parser for its format.
    public static func parse(_ items: [SourceItem], localTimeZone: TimeZone? = nil) {
        for item in items {
            guard let parser = ProviderParsers.parser(for: item.format, localTimeZone: localTimeZone) else { continue }
            parse(item, with: parser)
        }
    }

    /// Parses the whole input directly as each of `formats`, so every parser also sees
    /// payloads whose shape the splitter would have routed elsewhere.
    public static func parseDirectly(_ data: Data, as formats: [SourceFormat], localTimeZone: TimeZone? = nil) {
        for format in formats {
            guard let parser = ProviderParsers.parser(for: format, localTimeZone: localTimeZone) else { continue }
            parse(SourceItem(format: format, origin: "fuzz", data: data, receivedAt: receivedAt), with: parser)
        }
    }

    /// The body of each target's `<module>_main`. SwiftPM links every executable with
    /// `--defsym main=<module>_main` (so that tests can import executables), which replaces
    /// libFuzzer's own `main`; under `-parse-as-library` Swift emits no such function, so each
    /// target defines it and hands over to libFuzzer's driver, exactly what libFuzzer's `main`
    /// does. Without the rename (another toolchain), libFuzzer's `main` runs and this is unused.
    public static func runLibFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                                    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv, callback)
    }

    /// Calls `body` (a target's `LLVMFuzzerTestOneInput`) with a valid pointer even for an
    /// empty input that comes without one.
    public static func call(_ body: (UnsafePointer<UInt8>, Int) -> CInt, _ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        if let bytes { return body(bytes, size) }
        var none: UInt8 = 0
        return withUnsafePointer(to: &none) { body($0, 0) }
    }

    /// Keeps the optimiser from dropping work whose result is otherwise unused.
    @inline(never)
    public static func blackHole(_ value: Int) {
        if value == Int.min { print(value) }
    }
}
