import ConcordChannels
import Foundation
import FuzzSupport

/// Bytes -> `EmailSourceParser` (default limits, received time or none), the raw
/// `EmailParser` with tiny limits (so the header cut, the delimiter cut, the depth and part
/// limits are reached by small inputs), and, for input that starts like an mbox ("From "),
/// `MboxSource` with its smallest chunk size followed by the parser for every message.
private let parser = EmailSourceParser()
private let tinyLimits = EmailParser(limits: EmailParser.Limits(maximumDepth: 3, maximumHeaderBytes: 96, maximumParts: 8))
private let mboxFile = URL(fileURLWithPath: NSTemporaryDirectory())
    .appendingPathComponent("concord-fuzz-email-\(getpid()).mbox")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = FuzzHarness.data(bytes, size)
    FuzzHarness.parse(SourceItem(format: .email, origin: "fuzz", data: data), with: parser)
    FuzzHarness.parse(SourceItem(format: .email, origin: "fuzz", data: data, receivedAt: FuzzHarness.receivedAt), with: parser)
    do {
        let email = try tinyLimits.parse(data)
        FuzzHarness.blackHole(email.text.utf8.count + email.warnings.count)
    } catch {
        FuzzHarness.blackHole(error.description.utf8.count)
    }
    if data.starts(with: Data("From ".utf8)) { splitMbox(data) }
    return 0
}

@_cdecl("fuzz_email_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.runLibFuzzer(argc, argv) { bytes, size in FuzzHarness.call(fuzz, bytes, size) }
}

private func splitMbox(_ data: Data) {
    do {
        try data.write(to: mboxFile)
    } catch {
        fatalError("cannot write the mbox scratch file \(mboxFile.path): \(error)")
    }
    defer { try? FileManager.default.removeItem(at: mboxFile) }
    let source: MboxSource
    do {
        source = try MboxSource(file: mboxFile, chunkSize: 64)
    } catch {
        return  // not an mbox: the documented answer
    }
    for result in source.items() {
        guard case .success(let item) = result else { continue }
        FuzzHarness.parse(item, with: parser)
    }
}
